//! `cmi.core.session_time` in SCORM 1.2's `CMITimespan` format, `HHHH:MM:SS.SS`.

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

#[cfg(test)]
mod tests {
    use super::*;

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
