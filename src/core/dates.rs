//! Calendar dates as "YYYY-MM-DD" text and whole days between them (proleptic Gregorian).

/// Days since 1970-01-01 of a civil date.
pub fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The civil date of a day counted from 1970-01-01.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Reads "YYYY-MM-DD", or the date part of an ISO timestamp, as days since 1970-01-01.
pub fn parse_date(text: &str) -> Option<i64> {
    let date = text.get(..10)?;
    let bytes = date.as_bytes();
    if bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day): (u32, u32, u32) = (
        digits(&date[0..4])?,
        digits(&date[5..7])?,
        digits(&date[8..10])?,
    );
    if !(1..=12).contains(&month) || day == 0 || day > days_in_month(i64::from(year), month) {
        return None;
    }
    Some(days_from_civil(i64::from(year), month, day))
}

/// A number written in ASCII digits only (no sign, no spaces).
fn digits<T: std::str::FromStr>(part: &str) -> Option<T> {
    part.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| part.parse().ok())
        .flatten()
}

pub fn format_date(days: i64) -> String {
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}")
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Whole days from `earlier` to `later` (both dates or timestamps), if both read.
pub fn days_between(earlier: &str, later: &str) -> Option<i64> {
    Some(parse_date(later)? - parse_date(earlier)?)
}

/// The time of day an ISO timestamp was written with ("YYYY-MM-DDTHH:MM…").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeOfDay {
    pub hour: u8,
    pub minute: u8,
    /// Written in UTC ("…Z"), not in the local time where it was taken.
    pub utc: bool,
}

/// The time of day of a timestamp; `None` for a bare date or anything unreadable.
pub fn time_of_day(stamp: &str) -> Option<TimeOfDay> {
    let time = stamp.get(10..16)?;
    let bytes = time.as_bytes();
    if !matches!(bytes[0], b'T' | b't' | b' ') || bytes[3] != b':' {
        return None;
    }
    let (hour, minute): (u8, u8) = (digits(&time[1..3])?, digits(&time[4..6])?);
    (hour < 24 && minute < 60).then(|| TimeOfDay {
        hour,
        minute,
        utc: stamp.ends_with(['Z', 'z']),
    })
}

/// A local timestamp with its offset from UTC, "YYYY-MM-DDTHH:MM:SS+HH:MM", from its parts;
/// `offset_minutes` is east of UTC (negative in the Americas).
pub fn local_timestamp(
    date: (i64, u32, u32),
    time: (u32, u32, u32),
    offset_minutes: i32,
) -> String {
    let (year, month, day) = date;
    let (hour, minute, second) = time;
    let sign = if offset_minutes < 0 { '-' } else { '+' };
    let offset = offset_minutes.unsigned_abs();
    format!(
        "{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}{sign}{:02}:{:02}",
        offset / 60,
        offset % 60
    )
}
