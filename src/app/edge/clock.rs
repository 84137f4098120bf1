//! The clock. Read in event handlers and by the shell, never while rendering.

/// The current time as an ISO 8601 timestamp in UTC.
pub fn now() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
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
