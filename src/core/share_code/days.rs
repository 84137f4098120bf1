//! Days as codes carry them: counted from [`super::EPOCH`].

use crate::core::dates;

/// Days since [`EPOCH`] of a `YYYY-MM-DD` date; `None` for anything else or a date before 2024.
/// Dates after [`LAST_DAY`] are returned as they are (a code then carries [`LAST_DAY`]).
pub fn day_from_date(date: &str) -> Option<u32> {
    if date.len() != 10 {
        return None;
    }
    u32::try_from(dates::parse_date(date)? - epoch_days()).ok()
}

/// The `YYYY-MM-DD` date of a day counted from [`EPOCH`].
pub fn date_from_day(day: u32) -> String {
    dates::format_date(epoch_days() + i64::from(day))
}

fn epoch_days() -> i64 {
    dates::days_from_civil(2024, 1, 1)
}
