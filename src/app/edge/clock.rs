//! The clock. Read in event handlers and by the shell, never while rendering.

/// The current time as an ISO 8601 timestamp in the person's local time, with its offset from
/// UTC ("2026-12-01T16:35:12-05:00"): its date is the person's day, its time their time of day.
pub fn now() -> String {
    let date = js_sys::Date::new_0();
    // getTimezoneOffset is UTC minus local time, in minutes.
    let offset = -(date.get_timezone_offset() as i32);
    crate::core::dates::local_timestamp(
        (
            i64::from(date.get_full_year()),
            date.get_month() + 1,
            date.get_date(),
        ),
        (date.get_hours(), date.get_minutes(), date.get_seconds()),
        offset,
    )
}

/// Today's date on the person's calendar (local time), "YYYY-MM-DD".
pub fn today() -> String {
    let date = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        date.get_full_year(),
        date.get_month() + 1,
        date.get_date()
    )
}
