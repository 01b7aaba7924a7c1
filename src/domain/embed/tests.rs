//! Unit tests of the embed messages (kept apart so the module reads as the protocol).

use super::*;

#[test]
fn origins_are_normalised_as_browsers_serialise_them() {
    for (raw, origin) in [
        ("https://portal.contoh.go.id", "https://portal.contoh.go.id"),
        ("https://portal.go.id:443", "https://portal.go.id"),
        ("https://portal.go.id:0443", "https://portal.go.id"),
        ("https://portal.go.id:00443", "https://portal.go.id"),
        ("http://portal.go.id:80", "http://portal.go.id"),
        ("http://portal.go.id:443", "http://portal.go.id:443"),
        ("https://portal.go.id:80", "https://portal.go.id:80"),
        ("https://portal.go.id:08080", "https://portal.go.id:8080"),
        ("https://portal.go.id:", "https://portal.go.id"),
        ("HTTPS://Portal.GO.id", "https://portal.go.id"),
        ("  https://portal.go.id/  ", "https://portal.go.id"),
        ("http://127.0.0.1:8081", "http://127.0.0.1:8081"),
        ("http://10.0.0.1", "http://10.0.0.1"),
        ("http://[::1]:9000", "http://[::1]:9000"),
        ("http://[0:0:0:0:0:0:0:1]", "http://[::1]"),
        (
            "https://[2001:DB8:0:0:1:0:0:1]:443",
            "https://[2001:db8::1:0:0:1]",
        ),
        (
            "https://xn--bcher-kva.example",
            "https://xn--bcher-kva.example",
        ),
        ("https://portal.go.id:65535", "https://portal.go.id:65535"),
    ] {
        assert_eq!(parse_origin(raw).as_deref(), Ok(origin), "{raw}");
    }
}

#[test]
fn origins_that_can_never_match_are_refused_with_the_reason() {
    use OriginError as E;
    for (raw, why) in [
        ("", E::Malformed),
        ("portal.example", E::Malformed),
        ("https://a b", E::Malformed),
        ("*", E::NotASite),
        ("null", E::NotASite),
        ("NULL", E::NotASite),
        ("javascript:alert(1)", E::Scheme),
        ("data:text/html,x", E::Scheme),
        ("ftp://a.example", E::Scheme),
        ("file:///etc/passwd", E::Scheme),
        ("https://portal.example/path", E::Path),
        ("https://portal.example//", E::Path),
        ("https://a.example?x", E::Path),
        ("https://a.example#x", E::Path),
        ("https://a.example\\evil.example", E::Path),
        ("https://user@portal.go.id", E::UserInfo),
        ("https://portal.go.id@evil.example", E::UserInfo),
        ("https://u:p@portal.go.id", E::UserInfo),
        ("https://a.b:99999", E::Port),
        ("https://a.example:99999x", E::Port),
        ("https://a.example:-1", E::Port),
        ("https://a.example:443:443", E::Port),
        ("https://", E::Host),
        ("https://.a.example", E::Host),
        ("https://a..example", E::Host),
        ("https://a.example.", E::Host),
        ("https://a_b.example", E::Host),
        ("https://pörtal.example", E::Host),
        ("https://a%2eexample", E::Host),
        ("http://0x7f.1", E::Ipv4Form),
        ("http://0x7f000001", E::Ipv4Form),
        ("http://2130706433", E::Ipv4Form),
        ("http://0177.0.0.1", E::Ipv4Form),
        ("http://127.1", E::Ipv4Form),
        ("http://127.0.0.01", E::Ipv4Form),
        ("http://256.0.0.1", E::Ipv4Form),
        ("http://portal.123", E::Ipv4Form),
        ("http://[::ffff:127.0.0.1]", E::Ipv6),
        ("http://[::1", E::Ipv6),
        ("http://[xyz]", E::Ipv6),
    ] {
        assert_eq!(parse_origin(raw), Err(why), "{raw}");
    }
    assert_eq!(
        parse_origin(&format!("https://{}.example", "a".repeat(400))),
        Err(E::Malformed)
    );
}

#[test]
fn no_randomness_means_no_id() {
    assert_eq!(uuid_from_random(None), Err(NoRandomness));
    // An unfilled buffer: what a failed getRandomValues leaves behind.
    assert_eq!(uuid_from_random(Some([0; 16])), Err(NoRandomness));
    let id = uuid_from_random(Some([7; 16])).unwrap();
    assert_eq!(id, "07070707-0707-4707-8707-070707070707");
    assert_ne!(id, uuid_v4([0; 16]));
}

#[test]
fn uuid_is_version_4() {
    let u = uuid_v4([0xff; 16]);
    assert_eq!(u, "ffffffff-ffff-4fff-bfff-ffffffffffff");
    assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
}

#[test]
fn messages_follow_contract_3() {
    let stamp = Stamp {
        statement_id: "u".into(),
        timestamp: "2026-11-28T10:00:00.000Z".into(),
        actor_id: "acak".into(),
        app_url: "https://x.example/app/index.html".into(),
    };
    let m = message(
        &Event::Finished {
            raw: 8.5,
            max: 10,
            scaled: 0.85,
            passed: true,
            duration_ms: Some(5_000),
        },
        "m",
        "Modul",
        &stamp,
    );
    assert_eq!(m.action, Action::Passed);
    assert_eq!(m.statement.verb.id, "http://adlnet.gov/expapi/verbs/passed");
    let r = m.statement.result.unwrap();
    assert_eq!((r.success, r.completion), (Some(true), Some(true)));
    assert_eq!(r.score.unwrap().min, Some(0));
    let m = message(
        &Event::Progress {
            completed_lessons: 2,
            total_lessons: 5,
            lesson: None,
        },
        "m",
        "Modul",
        &stamp,
    );
    assert_eq!(
        (m.completed_lessons, m.total_lessons, m.score),
        (Some(2), Some(5), None)
    );
    assert_eq!(
        m.statement.object.id,
        "https://x.example/app/index.html#/modul/m"
    );
    let m = message(
        &Event::Answered {
            question_id: "q1".into(),
            correct: false,
            detail: None,
        },
        "m",
        "Modul",
        &stamp,
    );
    assert_eq!(
        m.statement.object.id,
        "https://x.example/app/index.html#/modul/m/soal/q1"
    );
    assert_eq!(m.statement.actor.account.unwrap().name, "acak");
}

/// Contract 3 is unchanged by what events carry for an LRS (contract 11 version 2): the
/// lesson, the question and answer, durations are in no message.
#[test]
fn what_an_lrs_gets_besides_never_reaches_a_message() {
    use crate::domain::course::{Choice, Question, QuestionKind};
    use crate::domain::ids::{LessonId, QuestionId};
    use crate::domain::quiz::Answer;
    let stamp = Stamp {
        statement_id: "3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01".into(),
        timestamp: "2026-11-28T10:00:00.000Z".into(),
        actor_id: "acak".into(),
        app_url: "https://x.example/app/index.html".into(),
    };
    let question = Question {
        id: QuestionId::parse("q1").unwrap_or_else(|_| unreachable!()),
        prompt: "Apa?".into(),
        explanation: String::new(),
        usage: crate::domain::pretest::ItemUse::Post,
        lesson: None,
        kind: QuestionKind::Single {
            options: vec![Choice {
                id: "a".into(),
                text: "A".into(),
                correct: true,
                feedback: String::new(),
            }],
        },
    };
    let pairs = [
        (
            Event::Answered {
                question_id: "q1".into(),
                correct: true,
                detail: None,
            },
            Event::Answered {
                question_id: "q1".into(),
                correct: true,
                detail: Some(Box::new(super::AnswerDetail {
                    question,
                    answer: Answer::Single("a".into()),
                    duration_ms: Some(4_000),
                })),
            },
        ),
        (
            Event::Progress {
                completed_lessons: 1,
                total_lessons: 4,
                lesson: None,
            },
            Event::Progress {
                completed_lessons: 1,
                total_lessons: 4,
                lesson: Some(super::LessonRead {
                    id: LessonId::parse("l1").unwrap_or_else(|_| unreachable!()),
                    title: "Pelajaran".into(),
                    seconds: 90,
                }),
            },
        ),
        (
            Event::Completed { duration_ms: None },
            Event::Completed {
                duration_ms: Some(60_000),
            },
        ),
    ];
    for (plain, rich) in pairs {
        assert_eq!(
            message(&plain, "m", "Modul", &stamp),
            message(&rich, "m", "Modul", &stamp)
        );
    }
    // The version-2 message of an answer, as portals have it (pinned whole).
    let plain = Event::Answered {
        question_id: "q1".into(),
        correct: true,
        detail: None,
    };
    let json = serde_json::to_string(&message(&plain, "m", "Modul", &stamp)).unwrap_or_default();
    assert_eq!(
        json,
        r#"{"context":"bimtek","version":2,"action":"answered","moduleId":"m","questionId":"q1","correct":true,"statement":{"id":"3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01","timestamp":"2026-11-28T10:00:00.000Z","actor":{"objectType":"Agent","account":{"homePage":"https://x.example/app/index.html","name":"acak"}},"verb":{"id":"http://adlnet.gov/expapi/verbs/answered","display":{"en-US":"answered","id-ID":"menjawab"}},"object":{"objectType":"Activity","id":"https://x.example/app/index.html#/modul/m/soal/q1","definition":{"name":{"en-US":"q1","id-ID":"q1"},"type":"http://adlnet.gov/expapi/activities/cmi.interaction"}},"result":{"success":true}}}"#
    );
}
