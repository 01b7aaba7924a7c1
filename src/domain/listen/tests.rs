use super::*;

fn voice(uri: &str, lang: &str, local: bool, default: bool) -> Voice {
    Voice {
        uri: uri.into(),
        name: uri.into(),
        lang: lang.into(),
        local,
        default,
    }
}

#[test]
fn indonesian_voices_are_recognised_by_every_code_devices_use() {
    for lang in ["id", "id-ID", "ID_id", "in_ID", "in-ID", " id-id "] {
        assert!(is_indonesian(lang), "{lang}");
    }
    for lang in ["en-US", "ms-MY", "jv-ID", "ind", "", "i"] {
        assert!(!is_indonesian(lang), "{lang}");
    }
}

#[test]
fn local_voices_come_first_and_no_other_language_is_ever_offered() {
    let all = vec![
        voice("google-id-online", "id-ID", false, true),
        voice("en", "en-US", true, true),
        voice("espeak-id", "id", true, false),
        voice("samsung-id", "id-ID", true, false),
        voice("android-in", "in_ID", true, false),
    ];
    let ids: Vec<String> = indonesian(&all).into_iter().map(|v| v.uri).collect();
    assert_eq!(
        ids,
        ["samsung-id", "espeak-id", "android-in", "google-id-online"]
    );
    // Only English voices: none, rather than reading Indonesian with one.
    let english = vec![
        voice("en", "en-US", true, true),
        voice("en-gb", "en-GB", false, false),
    ];
    assert!(indonesian(&english).is_empty());
    assert_eq!(pick(&indonesian(&english), None), None);
}

#[test]
fn the_saved_voice_wins_while_the_device_still_has_it() {
    let voices = indonesian(&[
        voice("a", "id-ID", true, false),
        voice("b", "id-ID", true, false),
    ]);
    assert_eq!(pick(&voices, Some("b")).map(|v| v.uri.as_str()), Some("b"));
    assert_eq!(
        pick(&voices, Some("gone")).map(|v| v.uri.as_str()),
        Some("a")
    );
    assert_eq!(pick(&voices, None).map(|v| v.uri.as_str()), Some("a"));
}

#[test]
fn speeds_stay_within_the_offered_ones() {
    assert!((parse_rate(Some("1.25")) - 1.25).abs() < f32::EPSILON);
    assert!((parse_rate(Some(" 0.75")) - 0.75).abs() < f32::EPSILON);
    for bad in [
        None,
        Some(""),
        Some("3"),
        Some("0.1"),
        Some("cepat"),
        Some("NaN"),
    ] {
        assert!(
            (parse_rate(bad) - DEFAULT_RATE).abs() < f32::EPSILON,
            "{bad:?}"
        );
    }
    assert_eq!(rate_label(0.75, true), "0,75×");
    assert_eq!(rate_label(1.5, false), "1.5×");
    assert_eq!(rate_label(1.0, true), "1×");
}

const ALL: fn(usize) -> bool = |_| true;

fn speak(step: Step) -> (usize, u32) {
    match step {
        Step::Speak { at, token } => (at, token),
        other => panic!("expected Speak, got {other:?}"),
    }
}

#[test]
fn reads_every_segment_in_order_then_finishes() {
    let mut p = Player::new(3);
    let mut read = Vec::new();
    let (mut at, mut token) = speak(p.play(ALL));
    read.push(at);
    loop {
        match p.ended(token, ALL) {
            Step::Speak { at: a, token: t } => {
                (at, token) = (a, t);
                read.push(at);
            }
            Step::Silence => break,
            Step::Nothing => panic!("stalled"),
        }
    }
    assert_eq!(read, [0, 1, 2]);
    assert_eq!(p.status(), Status::Finished);
    // Play again: from the top.
    assert_eq!(speak(p.play(ALL)).0, 0);
}

#[test]
fn hidden_segments_are_passed_over_until_shown() {
    let hidden = |i: usize| i != 1;
    let mut p = Player::new(3);
    let (_, t) = speak(p.play(hidden));
    assert_eq!(speak(p.ended(t, hidden)).0, 2);
    // Shown by the time the reader gets there: read.
    let mut p = Player::new(3);
    let (_, t) = speak(p.play(ALL));
    assert_eq!(speak(p.ended(t, ALL)).0, 1);
    // Nothing readable at all: finished at once.
    assert_eq!(Player::new(2).play(|_| false), Step::Silence);
}

#[test]
fn pause_holds_the_segment_and_resume_reads_it_again() {
    let mut p = Player::new(4);
    let (_, t) = speak(p.play(ALL));
    let (_, t) = speak(p.ended(t, ALL));
    assert_eq!(p.pause(), Step::Silence);
    assert_eq!(p.status(), Status::Paused);
    // The cancelled utterance's end changes nothing.
    assert_eq!(p.ended(t, ALL), Step::Nothing);
    assert_eq!(p.failed(t), Step::Nothing);
    assert_eq!(p.pause(), Step::Nothing);
    let (at, t2) = speak(p.play(ALL));
    assert_eq!(at, 1);
    assert_ne!(t, t2);
}

#[test]
fn previous_and_next_move_by_readable_segment() {
    let mut p = Player::new(5);
    let shown = |i: usize| i != 2;
    let (_, t) = speak(p.play(shown));
    // Playing: next reads at once, and the old utterance's end is ignored.
    let (at, t2) = speak(p.next(shown));
    assert_eq!(at, 1);
    assert_eq!(p.ended(t, shown), Step::Nothing);
    assert_eq!(speak(p.next(shown)).0, 3);
    assert_eq!(speak(p.previous(shown)).0, 1);
    assert_eq!(speak(p.previous(shown)).0, 0);
    // At the first: read it again.
    assert_eq!(speak(p.previous(shown)).0, 0);
    let _ = t2;
    // Paused: move without speaking; resume reads where it moved to.
    p.pause();
    assert_eq!(p.next(shown), Step::Nothing);
    assert_eq!(p.at(), 1);
    assert_eq!(speak(p.play(shown)).0, 1);
    // At the last: next stays.
    let mut p = Player::new(2);
    let _ = p.play(ALL);
    let _ = p.next(ALL);
    assert_eq!(p.next(ALL), Step::Nothing);
    assert_eq!(p.at(), 1);
}

#[test]
fn stop_goes_back_to_the_top_and_a_failure_pauses() {
    let mut p = Player::new(3);
    let (_, t) = speak(p.play(ALL));
    let (_, t) = speak(p.ended(t, ALL));
    assert_eq!(p.failed(t), Step::Silence);
    assert_eq!((p.status(), p.at()), (Status::Paused, 1));
    assert_eq!(p.stop(), Step::Silence);
    assert_eq!((p.status(), p.at()), (Status::Idle, 0));
    assert_eq!(speak(p.play(ALL)).0, 0);
}
