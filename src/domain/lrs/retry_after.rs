//! `Retry-After` (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, read as a wait in
//! milliseconds. Split from `outbox.rs`, which applies it.

use super::outbox::MAX_RETRY_AFTER_MS;
use crate::domain::quiz::Millis;

/// `Retry-After` as milliseconds from `now`: delta-seconds (`120`) or an HTTP-date
/// (`Wed, 21 Oct 2026 07:28:00 GMT`); a date in the past is 0; capped at
/// [`MAX_RETRY_AFTER_MS`]. `None` for anything else.
#[must_use]
pub fn parse_retry_after(value: &str, now: Millis) -> Option<u64> {
    let value = value.trim();
    let ms = if !value.is_empty() && value.len() <= 10 && value.bytes().all(|b| b.is_ascii_digit())
    {
        value.parse::<u64>().ok()?.saturating_mul(1000)
    } else {
        let at = parse_http_date(value)?;
        u64::try_from(at.saturating_sub(now)).unwrap_or(0)
    };
    Some(ms.min(MAX_RETRY_AFTER_MS))
}

/// An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`) as Unix ms.
fn parse_http_date(value: &str) -> Option<Millis> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts: Vec<&str> = value.split(' ').collect();
    let [_, day, month, year, time, "GMT"] = parts.as_slice() else {
        return None;
    };
    let day: i64 = day.parse().ok().filter(|d| (1..=31).contains(d))?;
    let month = i64::try_from(MONTHS.iter().position(|m| m == month)?).ok()? + 1;
    let year: i64 = year.parse().ok().filter(|y| (1970..=9999).contains(y))?;
    let hms: Vec<i64> = time
        .split(':')
        .map(|p| p.parse().ok().filter(|_| p.len() == 2))
        .collect::<Option<_>>()?;
    let [h, m, s] = hms.as_slice() else {
        return None;
    };
    if *h > 23 || *m > 59 || *s > 60 {
        return None;
    }
    // Days from civil (H. Hinnant's algorithm, as `record::date_string` inverts it).
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(((days * 24 + h) * 60 + m) * 60_000 + s * 1000)
}
