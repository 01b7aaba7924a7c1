//! xAPI to an LRS, the pure parts (docs/design.md contract 11): the Tin Can launch
//! parameters and `lrs.json` as hostile input, what an LRS's answer means, backoff and
//! `Retry-After`, the statement an LRS gets, and the CSP check.
#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    reason = "tests: a failing unwrap is a failing test"
)]

use bimtek::domain::embed::OriginError;
use bimtek::domain::lrs::csp::connect_allowed;
use bimtek::domain::lrs::outbox::{
    clock_string, parse_retry_after, reason, Backoff, Outcome, Reply, FIRST_DELAY_MS, MAX_DELAY_MS,
    MAX_RETRY_AFTER_MS,
};
use bimtek::domain::lrs::target::{ActorError, EndpointError};
use bimtek::domain::lrs::{classify, parse_config, parse_launch, Auth, Endpoint, LaunchError};
use bimtek::i18n::Lang;
use bimtek::json::SerdeJson;

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect()
}

const MOODLE_ACTOR: &str =
    r#"{"name":"Siti Rahma","mbox":"mailto:siti@contoh.go.id","objectType":"Agent"}"#;

#[test]
fn a_moodle_launch_is_read_as_mod_tincanlaunch_sends_it() {
    let launch = parse_launch(
        &pairs(&[
            ("lang", "id"),
            ("endpoint", "https://lrs.bpsdm.contoh.go.id/xAPI/"),
            ("auth", "Basic cGVsYXRpaDpyYWhhc2lh"),
            ("actor", MOODLE_ACTOR),
            ("registration", "A1B2C3D4-0000-4000-8000-0123456789AB"),
            (
                "activity_id",
                "https://moodle.contoh.go.id/kursus/agen-perubahan",
            ),
        ]),
        &SerdeJson,
    )
    .unwrap()
    .unwrap();
    assert_eq!(
        launch.target.endpoint.as_str(),
        "https://lrs.bpsdm.contoh.go.id/xAPI/"
    );
    assert_eq!(
        launch.target.auth.as_ref().unwrap().header_value(),
        "Basic cGVsYXRpaDpyYWhhc2lh"
    );
    let actor = launch.actor.unwrap();
    assert_eq!(actor.mbox.as_deref(), Some("mailto:siti@contoh.go.id"));
    assert_eq!(actor.name.as_deref(), Some("Siti Rahma"));
    assert_eq!(
        launch.registration.as_deref(),
        Some("a1b2c3d4-0000-4000-8000-0123456789ab")
    );
    assert_eq!(
        launch.activity_id.as_deref(),
        Some("https://moodle.contoh.go.id/kursus/agen-perubahan")
    );
}

#[test]
fn not_a_launch_without_any_launch_parameter() {
    assert_eq!(
        parse_launch(
            &pairs(&[("lang", "en"), ("origin", "https://a.b")]),
            &SerdeJson
        ),
        Ok(None)
    );
}

#[test]
fn actors_in_the_tin_can_0_9_form_and_with_an_account_are_read() {
    let launch = |actor: &str| {
        parse_launch(
            &pairs(&[("endpoint", "https://lrs.example/x/"), ("actor", actor)]),
            &SerdeJson,
        )
    };
    let a = launch(r#"{"name":["Budi"],"mbox":["mailto:budi@contoh.go.id"]}"#)
        .unwrap()
        .unwrap()
        .actor
        .unwrap();
    assert_eq!(
        (a.name.as_deref(), a.mbox.as_deref()),
        (Some("Budi"), Some("mailto:budi@contoh.go.id"))
    );
    let a = launch(
        r#"{"objectType":"Agent","name":"Budi","account":{"homePage":"https://moodle.contoh.go.id","name":"198501012010011001"}}"#,
    )
    .unwrap()
    .unwrap()
    .actor
    .unwrap();
    let account = a.account.unwrap();
    assert_eq!(account.home_page, "https://moodle.contoh.go.id");
    let a = launch(
        r#"{"account":[{"accountServiceHomePage":"https://moodle.example","accountName":"budi"}]}"#,
    )
    .unwrap()
    .unwrap()
    .actor
    .unwrap();
    assert_eq!(a.account.unwrap().name, "budi");
    // Unknown members are dropped, never passed on.
    let a = launch(r#"{"mbox":"mailto:a@b.c","extensions":{"x":1},"member":[]}"#)
        .unwrap()
        .unwrap()
        .actor
        .unwrap();
    let json = serde_json::to_string(&a).unwrap();
    assert_eq!(json, r#"{"objectType":"Agent","mbox":"mailto:a@b.c"}"#);
}

/// A launch to a good endpoint with `key` set to `value`.
fn launch_with(key: &str, value: &str) -> Result<Option<bimtek::domain::lrs::Launch>, LaunchError> {
    let mut p = vec![("endpoint", "https://lrs.example/xAPI/")];
    p.retain(|(k, _)| *k != key);
    p.push((key, value));
    parse_launch(&pairs(&p), &SerdeJson)
}

#[test]
fn hostile_endpoints_refuse_the_launch_with_the_reason() {
    use EndpointError as E;
    use LaunchError as L;
    for (endpoint, why) in [
        ("javascript:alert(1)//", E::Origin(OriginError::Scheme)),
        ("data:text/html,<script>", E::Origin(OriginError::Scheme)),
        ("ftp://lrs.example/", E::Origin(OriginError::Scheme)),
        (
            "https://user:pass@lrs.example/x/",
            E::Origin(OriginError::UserInfo),
        ),
        (
            "https://lrs.example@evil.example/",
            E::Origin(OriginError::UserInfo),
        ),
        ("https://lrs.example/x/?a=b", E::QueryOrFragment),
        ("https://lrs.example/x/#f", E::QueryOrFragment),
        ("https://lrs.example/x/../admin/", E::Path),
        ("https://lrs.example/a b/", E::Malformed),
        ("https://lrs.example/x\r\nSet-Cookie:1/", E::Malformed),
        ("https://lrs.example/%zz/", E::Path),
        ("https://lrs.example/x\"/", E::Path),
        ("https://lrs.example//x/", E::Path),
        ("https://0x7f.1/x/", E::Origin(OriginError::Ipv4Form)),
        ("", E::Malformed),
        ("lrs.example/xAPI", E::Malformed),
    ] {
        assert_eq!(
            launch_with("endpoint", endpoint),
            Err(L::Endpoint(why)),
            "{endpoint:?}"
        );
    }
    let long = format!("https://lrs.example/{}/", "a".repeat(3000));
    assert_eq!(
        launch_with("endpoint", &long),
        Err(L::Endpoint(E::Malformed))
    );
}

#[test]
fn hostile_credentials_registrations_and_activities_refuse_the_launch() {
    use LaunchError as L;
    for auth in [
        "",
        "Basic abc\r\nX-Evil: 1",
        "Basic ä",
        &"x".repeat(5000),
        "\u{0}",
    ] {
        assert_eq!(launch_with("auth", auth), Err(L::Auth), "{auth:?}");
    }
    for registration in [
        "1",
        "not-a-uuid",
        "a1b2c3d4-0000-4000-8000-0123456789a",
        "g1b2c3d4-0000-4000-8000-0123456789ab",
    ] {
        assert_eq!(
            launch_with("registration", registration),
            Err(L::Registration)
        );
    }
    for activity in [
        "",
        "no-scheme",
        "https://a.example/x y",
        "1http://x",
        "https:",
        "javascript:<x>",
    ] {
        assert_eq!(
            launch_with("activity_id", activity),
            Err(L::ActivityId),
            "{activity:?}"
        );
    }
    // Half a launch, or a parameter given twice (which one is meant?).
    assert_eq!(
        parse_launch(&pairs(&[("auth", "Basic eA==")]), &SerdeJson),
        Err(L::MissingEndpoint)
    );
    assert_eq!(
        parse_launch(
            &pairs(&[
                ("endpoint", "https://lrs.example/"),
                ("endpoint", "https://evil.example/")
            ]),
            &SerdeJson
        ),
        Err(L::Duplicate("endpoint"))
    );
}

#[test]
fn hostile_actors_refuse_the_launch_with_the_reason() {
    for (actor, why) in [
        ("not json", ActorError::NotJson),
        ("[1,2]", ActorError::NotJson),
        ("\"mailto:a@b.c\"", ActorError::NotJson),
        (
            r#"{"objectType":"Group","mbox":"mailto:a@b.c"}"#,
            ActorError::NotAnAgent,
        ),
        (r#"{"name":"Tanpa Pengenal"}"#, ActorError::Identifier),
        (
            r#"{"mbox":"mailto:a@b.c","openid":"https://id.example/a"}"#,
            ActorError::Identifier,
        ),
        (r#"{"mbox":"a@b.c"}"#, ActorError::BadValue),
        (r#"{"mbox":"mailto:a@b.c@d.e"}"#, ActorError::BadValue),
        (r#"{"mbox":"mailto:a @b.c"}"#, ActorError::BadValue),
        (r#"{"mbox_sha1sum":"xyz"}"#, ActorError::BadValue),
        (r#"{"openid":"not an iri"}"#, ActorError::BadValue),
        (
            r#"{"account":{"homePage":"https://a.example"}}"#,
            ActorError::BadValue,
        ),
        (
            r#"{"account":{"homePage":"nope","name":"x"}}"#,
            ActorError::BadValue,
        ),
        (
            r#"{"mbox":"mailto:a@b.c","name":"a\u0007b"}"#,
            ActorError::BadValue,
        ),
        (
            r#"{"mbox":"mailto:a@b.c","name":{"x":1}}"#,
            ActorError::NotJson,
        ),
    ] {
        assert_eq!(
            launch_with("actor", actor),
            Err(LaunchError::Actor(why)),
            "{actor}"
        );
    }
    let huge = format!(r#"{{"mbox":"mailto:a@b.c","name":"{}"}}"#, "n".repeat(5000));
    assert_eq!(
        launch_with("actor", &huge),
        Err(LaunchError::Actor(ActorError::NotJson))
    );
    // Every refusal has a message in both languages.
    let e = launch_with("actor", "{}").unwrap_err();
    assert!(e.message(Lang::En).contains("exactly one identifier"));
    assert!(e.message(Lang::Id).contains("tepat satu pengenal"));
}

#[test]
fn endpoints_are_normalised_and_statement_urls_made_from_them() {
    for (raw, want) in [
        ("https://LRS.Example:443/xAPI", "https://lrs.example/xAPI/"),
        ("https://lrs.example", "https://lrs.example/"),
        (
            "http://127.0.0.1:18545/xAPI/",
            "http://127.0.0.1:18545/xAPI/",
        ),
        (
            " https://lrs.example/data/xAPI/ ",
            "https://lrs.example/data/xAPI/",
        ),
        ("https://lrs.example/a%20b/", "https://lrs.example/a%20b/"),
    ] {
        assert_eq!(Endpoint::parse(raw).unwrap().as_str(), want, "{raw}");
    }
    let e = Endpoint::parse("http://127.0.0.1:18545/xAPI/").unwrap();
    assert_eq!(e.origin(), "http://127.0.0.1:18545");
    assert_eq!(
        e.statement_url("3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01"),
        "http://127.0.0.1:18545/xAPI/statements?statementId=3f0c2a4e-1b2c-4d3e-8f40-5a6b7c8d9e01"
    );
    assert_eq!(
        e.statement_url("a&b=c"),
        "http://127.0.0.1:18545/xAPI/statements?statementId=a%26b%3Dc"
    );
}

#[test]
fn credentials_never_show_in_debug_output() {
    let auth = Auth::parse("Basic cGVsYXRpaDpyYWhhc2lh").unwrap();
    assert_eq!(format!("{auth:?}"), "Auth(…)");
    let launch = parse_launch(
        &pairs(&[
            ("endpoint", "https://lrs.example/"),
            ("auth", "Basic cGVsYXRpaDpyYWhhc2lh"),
        ]),
        &SerdeJson,
    )
    .unwrap()
    .unwrap();
    assert!(!format!("{launch:?}").contains("cGVsYXRpaDpyYWhhc2lh"));
}

#[test]
fn mixed_content_is_refused_except_for_an_lrs_on_this_device() {
    let target = |e: &str| {
        parse_config(
            &format!(r#"{{"format":"bimtek-lrs","version":1,"endpoint":"{e}"}}"#),
            &SerdeJson,
        )
        .unwrap()
        .unwrap()
    };
    assert_eq!(
        target("http://lrs.example/").check_reachable_from("https://app.example"),
        Err(LaunchError::MixedContent)
    );
    assert!(target("http://127.0.0.1:9/")
        .check_reachable_from("https://app.example")
        .is_ok());
    assert!(target("http://localhost/")
        .check_reachable_from("https://app.example")
        .is_ok());
    assert!(target("http://lrs.example/")
        .check_reachable_from("http://app.example")
        .is_ok());
    assert!(target("https://lrs.example/")
        .check_reachable_from("https://app.example")
        .is_ok());
}

#[test]
fn lrs_json_has_one_documented_shape() {
    let t = parse_config(
        r#"{"format":"bimtek-lrs","version":1,"endpoint":"https://lrs.example/xAPI","auth":"Basic eDp5"}"#,
        &SerdeJson,
    )
    .unwrap()
    .unwrap();
    assert_eq!(t.endpoint.as_str(), "https://lrs.example/xAPI/");
    assert!(t.auth.is_some());
    let open = parse_config(
        r#"{"format":"bimtek-lrs","version":1,"endpoint":"https://lrs.example/xAPI/"}"#,
        &SerdeJson,
    )
    .unwrap()
    .unwrap();
    assert_eq!(open.auth, None);
    // As every build ships it, or without the key: no LRS.
    assert_eq!(
        parse_config(r#"{"format":"bimtek-lrs","version":1}"#, &SerdeJson),
        Ok(None)
    );
    assert_eq!(
        parse_config(
            r#"{ "format": "bimtek-lrs", "version": 1, "endpoint": null }"#,
            &SerdeJson
        ),
        Ok(None)
    );
    for (text, kind) in [
        ("{", "config"),
        ("[]", "config"),
        (
            r#"{"format":"bimtek-lrs","version":1,"endpoint":"https://a.example/","password":"x"}"#,
            "config",
        ),
        (
            r#"{"format":"other","version":1,"endpoint":"https://a.example/"}"#,
            "version",
        ),
        (
            r#"{"format":"bimtek-lrs","version":2,"endpoint":"https://a.example/"}"#,
            "version",
        ),
    ] {
        let e = parse_config(text, &SerdeJson).unwrap_err();
        match kind {
            "config" => assert!(matches!(e, LaunchError::Config(_)), "{text}: {e:?}"),
            _ => assert_eq!(e, LaunchError::ConfigVersion, "{text}"),
        }
    }
}

fn status(status: u16, body: &str) -> Reply {
    Reply::Status {
        status,
        retry_after: None,
        body: body.to_owned(),
    }
}

#[test]
fn lrs_answers_are_classified_as_the_issue_says() {
    let now = 1_764_500_000_000;
    for code in [200, 204] {
        assert_eq!(
            classify(&status(code, ""), now, &SerdeJson),
            Outcome::Accepted
        );
    }
    assert_eq!(
        classify(&status(409, ""), now, &SerdeJson),
        Outcome::AlreadyStored
    );
    for code in [400, 401, 403, 404, 413, 422] {
        assert!(
            matches!(classify(&status(code, "x"), now, &SerdeJson), Outcome::Refused { status, .. } if status == code),
            "{code}"
        );
    }
    for code in [408, 429, 500, 502, 503, 504, 302, 0] {
        assert_eq!(
            classify(&status(code, ""), now, &SerdeJson),
            Outcome::Retry { after_ms: None },
            "{code}"
        );
    }
    assert_eq!(
        classify(&Reply::Network("Failed to fetch".into()), now, &SerdeJson),
        Outcome::Retry { after_ms: None }
    );
    let throttled = Reply::Status {
        status: 429,
        retry_after: Some("120".into()),
        body: String::new(),
    };
    assert_eq!(
        classify(&throttled, now, &SerdeJson),
        Outcome::Retry {
            after_ms: Some(120_000)
        }
    );
}

#[test]
fn the_lrs_reason_is_read_from_its_answer() {
    assert_eq!(
        reason(
            r#"{"detail":"Invalid authentication credentials"}"#,
            &SerdeJson
        ),
        "Invalid authentication credentials"
    );
    // Ralph / FastAPI validation errors: the first message and where.
    assert_eq!(
        reason(
            r#"{"detail":[{"type":"missing","loc":["body","actor"],"msg":"Field required"}]}"#,
            &SerdeJson
        ),
        "Field required (body.actor)"
    );
    assert_eq!(
        reason(
            r#"{"detail":[{"msg":"bad","loc":["body",0]},{"msg":"x"}]}"#,
            &SerdeJson
        ),
        "bad (body.0)"
    );
    assert_eq!(reason(r#"{"message":"nope"}"#, &SerdeJson), "nope");
    assert_eq!(reason(r#"{"detail":{"x":1},"error":"e"}"#, &SerdeJson), "e");
    assert_eq!(reason("Bad\nRequest\u{7}", &SerdeJson), "Bad Request");
    let long = reason(&"x".repeat(1000), &SerdeJson);
    assert_eq!(long.chars().count(), 301);
    assert!(long.ends_with('…'));
}

#[test]
fn retry_after_in_seconds_or_as_a_date_is_honoured_and_capped() {
    // 2026-11-30T08:00:00Z
    let now = 1_796_025_600_000;
    assert_eq!(parse_retry_after("30", now), Some(30_000));
    assert_eq!(parse_retry_after(" 0 ", now), Some(0));
    assert_eq!(
        parse_retry_after("Mon, 30 Nov 2026 08:01:30 GMT", now),
        Some(90_000)
    );
    assert_eq!(
        parse_retry_after("Mon, 30 Nov 2026 07:00:00 GMT", now),
        Some(0)
    );
    assert_eq!(
        parse_retry_after("999999999", now),
        Some(MAX_RETRY_AFTER_MS)
    );
    for bad in [
        "",
        "-5",
        "soon",
        "1.5",
        "Mon, 30 Nov 2026 08:01:30 UTC",
        "Mon, 31 Foo 2026 08:01:30 GMT",
    ] {
        assert_eq!(parse_retry_after(bad, now), None, "{bad}");
    }
    assert_eq!(clock_string(now, 7 * 60), "2026-11-30 15:00");
}

#[test]
fn backoff_doubles_is_capped_resets_and_honours_retry_after() {
    assert_eq!(Backoff::delay_ms(0), 0);
    assert_eq!(Backoff::delay_ms(1), FIRST_DELAY_MS);
    assert_eq!(Backoff::delay_ms(2), 2 * FIRST_DELAY_MS);
    assert_eq!(Backoff::delay_ms(5), 16 * FIRST_DELAY_MS);
    assert_eq!(Backoff::delay_ms(40), MAX_DELAY_MS);
    let mut b = Backoff::default();
    assert_eq!(b.wait_ms(0), 0);
    let retry = Outcome::Retry { after_ms: None };
    b.record(&retry, 1_000);
    assert_eq!(b.wait_ms(1_000), FIRST_DELAY_MS);
    b.record(&retry, 3_000);
    assert_eq!(b.wait_ms(3_000), 2 * FIRST_DELAY_MS);
    // `online`: the app's own wait ends.
    b.wake();
    assert_eq!(b.wait_ms(3_000), 0);
    // The LRS asks for 60 s: waking does not override it.
    b.record(
        &Outcome::Retry {
            after_ms: Some(60_000),
        },
        10_000,
    );
    b.wake();
    assert_eq!(b.wait_ms(10_000), 60_000);
    assert_eq!(b.wait_ms(70_000), 0);
    // Any answer that settles a statement resets everything.
    b.record(
        &Outcome::Refused {
            status: 422,
            reason: String::new(),
        },
        80_000,
    );
    assert_eq!(b, Backoff::default());
    b.record(&retry, 1);
    b.record(&Outcome::Accepted, 2);
    assert_eq!(b, Backoff::default());
}

// The statements themselves (every shape, the launch's actor, registration and activity)
// are tested in `tests/statements.rs`.

#[test]
fn the_csp_check_follows_source_matching() {
    let page = "https://app.example";
    let policy = |connect: &str| {
        format!("default-src 'self'; script-src 'self'; connect-src {connect}; object-src 'none'")
    };
    assert!(connect_allowed(
        &policy("'self' https:"),
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed(
        &policy("'self' https:"),
        page,
        "https://lrs.example:8443"
    ));
    assert!(!connect_allowed(
        &policy("'self' https:"),
        page,
        "http://lrs.example"
    ));
    assert!(connect_allowed(
        &policy("'self'"),
        page,
        "https://app.example"
    ));
    assert!(!connect_allowed(
        &policy("'self'"),
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed(
        &policy("'self' https://lrs.example"),
        page,
        "https://lrs.example"
    ));
    assert!(!connect_allowed(
        &policy("'self' https://lrs.example"),
        page,
        "https://lrs.example:8443"
    ));
    assert!(connect_allowed(
        &policy("https://*.bpsdm.go.id"),
        page,
        "https://lrs.bpsdm.go.id"
    ));
    assert!(!connect_allowed(
        &policy("https://*.bpsdm.go.id"),
        page,
        "https://bpsdm.go.id"
    ));
    assert!(!connect_allowed(
        &policy("https://*.bpsdm.go.id"),
        page,
        "https://evilbpsdm.go.id"
    ));
    assert!(connect_allowed(
        &policy("http://127.0.0.1:*"),
        "http://127.0.0.1:8080",
        "http://127.0.0.1:18545"
    ));
    assert!(!connect_allowed(
        &policy("http://127.0.0.1:*"),
        page,
        "http://localhost:18545"
    ));
    assert!(connect_allowed(
        &policy("http://lrs.example"),
        page,
        "https://lrs.example"
    ));
    assert!(!connect_allowed(
        &policy("'none'"),
        page,
        "https://app.example"
    ));
    assert!(!connect_allowed(
        &policy("'unsafe-inline'"),
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed(
        &policy("lrs.example"),
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed(
        &policy("https://lrs.example/xAPI/"),
        page,
        "https://lrs.example"
    ));
    // No connect-src: default-src decides; neither: no restriction.
    assert!(!connect_allowed(
        "default-src 'self'",
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed(
        "script-src 'self'",
        page,
        "https://lrs.example"
    ));
    assert!(connect_allowed("", page, "https://lrs.example"));
}
