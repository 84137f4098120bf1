//! Times of day in timestamps: read from old UTC stamps and new local ones, written with the
//! offset from UTC.

use peer_assessment::core::dates::{local_timestamp, parse_date, time_of_day, TimeOfDay};

#[test]
fn the_time_of_day_is_read_as_written_and_utc_is_told_apart() {
    let at = |hour, minute, utc| Some(TimeOfDay { hour, minute, utc });
    assert_eq!(time_of_day("2026-11-25T10:05:00.000Z"), at(10, 5, true));
    assert_eq!(time_of_day("2026-11-25T16:35:12-05:00"), at(16, 35, false));
    assert_eq!(time_of_day("2026-11-25T00:00:00+00:00"), at(0, 0, false));
    for no_time in [
        "2026-11-25",
        "2026-11-25T",
        "2026-11-25T24:00:00Z",
        "2026-11-25T10:60Z",
        "2026-11-25X10:05",
        "2026-11-25T1a:05",
        "",
    ] {
        assert_eq!(time_of_day(no_time), None, "{no_time}");
    }
}

#[test]
fn local_timestamps_carry_their_offset_and_keep_their_day() {
    let stamp = local_timestamp((2026, 12, 1), (20, 5, 9), -300);
    assert_eq!(stamp, "2026-12-01T20:05:09-05:00");
    // The day is the person's own, not the day in UTC (already 2 December there).
    assert_eq!(parse_date(&stamp), parse_date("2026-12-01"));
    assert_eq!(
        local_timestamp((2026, 6, 30), (9, 0, 0), 330),
        "2026-06-30T09:00:00+05:30"
    );
    assert_eq!(
        local_timestamp((2026, 1, 2), (0, 0, 0), 0),
        "2026-01-02T00:00:00+00:00"
    );
    assert_eq!(
        time_of_day(&stamp),
        Some(TimeOfDay {
            hour: 20,
            minute: 5,
            utc: false
        })
    );
}
