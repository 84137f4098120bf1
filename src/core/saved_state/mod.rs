//! The format the widget saves in the browser, versioned so that older saved data keeps loading.
//!
//! Format 1:
//! `{"format":1,"saved_at":"2026-11-25T10:00:00Z","session":{"set_id":…,"screen":…,"answers":{…}}}`
//!
//! Format 2 adds to the session, each optional: `mode`, `rating_of_someone_else`, `history`
//! (snapshots), `plan` and `last_backup`. Format 1 reads as format 2 with those empty; the number
//! changed so that an older widget refuses data it would silently drop parts of.
//!
//! `screen` is saved by stable names that never change: `"welcome"`, `{"category": id}`,
//! `"results"`, `{"snapshot": id}`, `"history"`, `{"compare": {"first": a, "second": b}}`,
//! `"transfer"` (the files screen) and `"workshop"` (see [`super::saved_screen`]). A screen that
//! is not one of these reads as the welcome screen, so a newer screen does not make the rest of
//! the saved data unreadable.

mod encoder;

pub use encoder::Encoder;

use super::competency_set::find_set;
use super::rating::Rating;
use super::session::{Screen, Session};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

pub const CURRENT_FORMAT: u64 = 2;

#[derive(Serialize)]
struct SavedRef<'a> {
    format: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<&'a str>,
    session: &'a Session,
}

/// Formats 1 and 2 differ only in fields that default to empty.
#[derive(Deserialize)]
struct SavedV1OrV2 {
    session: Session,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON at all, or JSON without a format number: not something this widget wrote.
    NotRecognised,
    /// Written by a newer version of the widget.
    NewerFormat(u64),
    /// The right format, but a part of it is damaged.
    Damaged(String),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            LoadError::NotRecognised => {
                f.write_str("the saved data is not in a format this widget knows")
            }
            LoadError::NewerFormat(n) => write!(
                f,
                "the saved data was written by a newer version (format {n})"
            ),
            LoadError::Damaged(what) => write!(f, "the saved data is damaged: {what}"),
        }
    }
}

/// The saved form of a session. [`Encoder`] writes the same text faster when saving often.
pub fn encode(session: &Session, saved_at: Option<&str>) -> String {
    serde_json::to_string(&SavedRef {
        format: CURRENT_FORMAT,
        saved_at,
        session,
    })
    .expect("a session always serializes")
}

/// Reads saved data of any format this widget has ever written, migrating it to the current one.
pub fn decode(text: &str) -> Result<Session, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::NotRecognised)?;
    decode_value(value)
}

/// As [`decode`], from parsed JSON (a backup file carries the same object).
pub fn decode_value(value: Value) -> Result<Session, LoadError> {
    let format = value
        .get("format")
        .and_then(Value::as_u64)
        .ok_or(LoadError::NotRecognised)?;
    let mut session = match format {
        1 | 2 => {
            serde_json::from_value::<SavedV1OrV2>(value)
                .map_err(|e| LoadError::Damaged(e.to_string()))?
                .session
        }
        n if n > CURRENT_FORMAT => return Err(LoadError::NewerFormat(n)),
        _ => return Err(LoadError::NotRecognised),
    };
    check_levels(&session)?;
    // A screen showing something that is not there any more starts at the welcome screen.
    if !session.can_show(&session.screen) {
        session.screen = Screen::Welcome;
    }
    Ok(session)
}

/// Every level must lie on the scale of its set; levels of sets this build does not have are
/// kept as they are (the 1–10 bound of [`Rating`] still holds).
fn check_levels(session: &Session) -> Result<(), LoadError> {
    let answers = session
        .answers
        .iter()
        .chain(session.history.iter().map(|s| (&s.set_id, &s.answers)))
        .chain(
            session
                .rating_of_someone_else
                .iter()
                .map(|o| (&o.set_id, &o.answers)),
        );
    for (set_id, answers) in answers {
        let Some(set) = find_set(set_id) else {
            continue;
        };
        for (competency_id, rating) in &answers.ratings {
            if let Rating::Level(level) = rating {
                if *level > set.scale.levels() {
                    return Err(LoadError::Damaged(format!(
                        "{set_id} / {competency_id}: level {level} is above the scale's {}",
                        set.scale.levels()
                    )));
                }
            }
        }
    }
    Ok(())
}
