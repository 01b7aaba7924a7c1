//! Spans and times as each SCORM edition writes them: SCORM 1.2's `CMITimespan`
//! (`HHHH:MM:SS.SS`) and SCORM 2004's ISO 8601 durations (`PT1H2M3.45S`) and timestamps
//! (`2026-12-07T01:02:03.5Z`).

/// The longest span the format holds: 9999:59:59.99.
const MAX_CENTIS: i64 = (9_999 * 3_600 + 59 * 60 + 59) * 100 + 99;

/// Formats a duration of `millis` as `HHHH:MM:SS.SS` (four-digit hours, hundredths of a
/// second, rounded down). Negative spans (a clock set back) are zero; spans past 9,999 hours
/// are held at the largest value the format allows.
#[must_use]
pub fn session_time(millis: i64) -> String {
    let centis = (millis.max(0) / 10).min(MAX_CENTIS);
    let hours = centis / 360_000;
    let minutes = centis / 6_000 % 60;
    let seconds = centis / 100 % 60;
    let hundredths = centis % 100;
    format!("{hours:04}:{minutes:02}:{seconds:02}.{hundredths:02}")
}

/// Formats a duration of `millis` as SCORM 2004's `timeinterval (second,10,2)`: ISO 8601
/// `PT#H#M#S` with hundredths of a second at most (`PT0S`, `PT23.5S`, `PT1H2M3.45S`).
/// Negative spans (a clock set back) are zero.
#[must_use]
pub fn iso_duration(millis: i64) -> String {
    let centis = millis.max(0) / 10;
    let hours = centis / 360_000;
    let minutes = centis / 6_000 % 60;
    let seconds = centis / 100 % 60;
    let hundredths = centis % 100;
    let mut out = String::from("PT");
    if hours > 0 {
        out.push_str(&hours.to_string());
        out.push('H');
    }
    if minutes > 0 {
        out.push_str(&minutes.to_string());
        out.push('M');
    }
    if seconds > 0 || hundredths > 0 || (hours == 0 && minutes == 0) {
        out.push_str(&seconds.to_string());
        if hundredths > 0 {
            let fraction = format!("{hundredths:02}");
            out.push('.');
            out.push_str(fraction.trim_end_matches('0'));
        }
        out.push('S');
    }
    out
}

/// SCORM 2004's `time (second,10,0)` of a Unix time in milliseconds: ISO 8601 in UTC, with
/// tenths of a second (`2026-12-07T01:02:03.5Z`; the zone is written after a fraction, as
/// strict run-times require).
#[must_use]
pub fn timestamp(at: i64) -> String {
    let date = crate::domain::record::date_string(at, 0);
    let seconds = at.div_euclid(1000).rem_euclid(86_400);
    let tenths = at.rem_euclid(1000) / 100;
    format!(
        "{date}T{:02}:{:02}:{:02}.{tenths}Z",
        seconds / 3600,
        seconds / 60 % 60,
        seconds % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_durations() {
        assert_eq!(iso_duration(0), "PT0S");
        assert_eq!(iso_duration(-9), "PT0S");
        assert_eq!(iso_duration(23_500), "PT23.5S");
        assert_eq!(iso_duration(3_723_450), "PT1H2M3.45S");
        assert_eq!(iso_duration(60_000), "PT1M");
        assert_eq!(iso_duration(36_000_000), "PT10H");
        assert_eq!(iso_duration(3_600_010), "PT1H0.01S");
    }

    #[test]
    fn timestamps_in_utc() {
        // 2026-12-07 01:02:03.500 UTC
        assert_eq!(timestamp(1_796_605_323_500), "2026-12-07T01:02:03.5Z");
        assert_eq!(timestamp(0), "1970-01-01T00:00:00.0Z");
    }

    /// SCORM 1.2 RTE `CMITimespan`: `HHHH:MM:SS.SS`, hours 2–4 digits, optional 1–2 decimals.
    fn is_timespan(s: &str) -> bool {
        let parts: Vec<&str> = s.split(':').collect();
        let [h, m, sec] = parts.as_slice() else {
            return false;
        };
        let (whole, frac) = sec.split_once('.').unwrap_or((sec, "00"));
        let digits = |x: &str, lo: usize, hi: usize| {
            (lo..=hi).contains(&x.len()) && x.bytes().all(|b| b.is_ascii_digit())
        };
        digits(h, 2, 4)
            && digits(m, 2, 2)
            && digits(whole, 2, 2)
            && digits(frac, 1, 2)
            && m.parse::<u32>().is_ok_and(|m| m < 60)
            && whole.parse::<u32>().is_ok_and(|s| s < 60)
    }

    #[test]
    fn formats_spans() {
        assert_eq!(session_time(0), "0000:00:00.00");
        assert_eq!(session_time(9), "0000:00:00.00");
        assert_eq!(session_time(1_234), "0000:00:01.23");
        assert_eq!(session_time(3_723_450), "0001:02:03.45");
        assert_eq!(session_time(59_999), "0000:00:59.99");
        assert_eq!(session_time(60_000), "0000:01:00.00");
        assert_eq!(session_time(36_000_000), "0010:00:00.00");
    }

    #[test]
    fn clamps_out_of_range_spans() {
        assert_eq!(session_time(-5_000), "0000:00:00.00");
        assert_eq!(session_time(i64::MAX), "9999:59:59.99");
        assert_eq!(session_time(10_000 * 3_600_000), "9999:59:59.99");
    }

    #[test]
    fn every_output_is_a_cmi_timespan() {
        for ms in [
            0,
            1,
            999,
            61_010,
            3_599_999,
            86_400_000,
            359_999_999_990,
            i64::MAX,
        ] {
            let s = session_time(ms);
            assert!(is_timespan(&s), "{ms} → {s}");
        }
        assert!(!is_timespan("1:00:00"));
        assert!(!is_timespan("0000:60:00.00"));
    }
}
