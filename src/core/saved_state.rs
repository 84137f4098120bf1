//! The format the widget saves in the browser, versioned so that older saved data keeps loading.
//!
//! Format 1:
//! `{"format":1,"saved_at":"2026-11-25T10:00:00Z","session":{"set_id":…,"screen":…,"answers":{…}}}`

use super::competency_set::find_set;
use super::rating::Rating;
use super::session::Session;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::fmt;

pub const CURRENT_FORMAT: u64 = 1;

#[derive(Serialize)]
struct SavedRef<'a> {
    format: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<&'a str>,
    session: &'a Session,
}

#[derive(Deserialize)]
struct SavedV1 {
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
            LoadError::NotRecognised => f.write_str("the saved data is not in a format this widget knows"),
            LoadError::NewerFormat(n) => write!(f, "the saved data was written by a newer version (format {n})"),
            LoadError::Damaged(what) => write!(f, "the saved data is damaged: {what}"),
        }
    }
}

pub fn encode(session: &Session, saved_at: Option<&str>) -> String {
    serde_json::to_string(&SavedRef { format: CURRENT_FORMAT, saved_at, session })
        .expect("a session always serializes")
}

/// Reads saved data of any format this widget has ever written, migrating it to the current one.
pub fn decode(text: &str) -> Result<Session, LoadError> {
    let value: Value = serde_json::from_str(text).map_err(|_| LoadError::NotRecognised)?;
    let format = value.get("format").and_then(Value::as_u64).ok_or(LoadError::NotRecognised)?;
    let session = match format {
        1 => serde_json::from_value::<SavedV1>(value)
            .map_err(|e| LoadError::Damaged(e.to_string()))?
            .session,
        n if n > CURRENT_FORMAT => return Err(LoadError::NewerFormat(n)),
        _ => return Err(LoadError::NotRecognised),
    };
    check_levels(&session)?;
    Ok(session)
}

/// Every level must lie on the scale of its set; levels of sets this build does not have are
/// kept as they are (the 1–10 bound of [`Rating`] still holds).
fn check_levels(session: &Session) -> Result<(), LoadError> {
    for (set_id, answers) in &session.answers {
        let Some(set) = find_set(set_id) else { continue };
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
