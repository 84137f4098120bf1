//! [`Encoder`]: the saved form of a session, written again on every change, without encoding
//! again the history and the workshop when they did not change.

use super::CURRENT_FORMAT;
use crate::core::assessment::Answers;
use crate::core::history::Snapshot;
use crate::core::plan::PlanItem;
use crate::core::session::{Mode, RatingOfSomeoneElse, Screen, Session};
use crate::core::shared::Shared;
use crate::core::workshop::Workshop;
use serde::Serialize;
use serde_json::value::{to_raw_value, RawValue};
use std::collections::BTreeMap;

/// Writes the same text as [`super::encode`], keeping the JSON of the history and of the
/// workshop from the previous call and using it again while the session still shares them
/// (see [`Shared::ptr_eq`]). Answering a question, the most frequent change, then encodes only
/// the answers.
#[derive(Default)]
pub struct Encoder {
    history: Option<Kept<Vec<Snapshot>>>,
    workshop: Option<Kept<Workshop>>,
    history_encodings: usize,
    workshop_encodings: usize,
}

/// A value and its JSON; holding the value keeps its pointer from being reused by another.
struct Kept<T> {
    value: Shared<T>,
    json: Box<RawValue>,
}

impl Encoder {
    pub fn encode(&mut self, session: &Session, saved_at: Option<&str>) -> String {
        let history = kept_json(
            &mut self.history,
            &session.history,
            &mut self.history_encodings,
        );
        let workshop = match &session.workshop {
            Some(workshop) => Some(kept_json(
                &mut self.workshop,
                workshop,
                &mut self.workshop_encodings,
            )),
            None => None,
        };
        let session = SessionParts {
            set_id: &session.set_id,
            screen: &session.screen,
            answers: &session.answers,
            mode: session.mode,
            rating_of_someone_else: session.rating_of_someone_else.as_ref(),
            history,
            plan: &session.plan,
            workshop,
            language: session.language.as_deref(),
            last_backup: session.last_backup.as_deref(),
        };
        serde_json::to_string(&SavedParts {
            format: CURRENT_FORMAT,
            saved_at,
            session,
        })
        .expect("a session always serializes")
    }

    /// How many times the history was encoded (not taken from the previous call).
    pub fn history_encodings(&self) -> usize {
        self.history_encodings
    }

    /// How many times the workshop was encoded (not taken from the previous call).
    pub fn workshop_encodings(&self) -> usize {
        self.workshop_encodings
    }
}

/// The JSON of `value`: the kept one when `value` is the one kept, otherwise encoded and kept.
fn kept_json<'a, T: Serialize>(
    kept: &'a mut Option<Kept<T>>,
    value: &Shared<T>,
    encodings: &mut usize,
) -> &'a RawValue {
    let same = kept
        .as_ref()
        .is_some_and(|k| Shared::ptr_eq(&k.value, value));
    if !same {
        let json = to_raw_value(&**value).expect("a session always serializes");
        *encodings += 1;
        *kept = Some(Kept {
            value: value.clone(),
            json,
        });
    }
    &kept.as_ref().expect("kept just above").json
}

fn saved_screen<S: serde::Serializer>(screen: &&Screen, serializer: S) -> Result<S::Ok, S::Error> {
    crate::core::saved_screen::serialize(screen, serializer)
}

/// The saved object of [`super::encode`], field for field, with the history and the workshop
/// as JSON already written.
#[derive(Serialize)]
struct SavedParts<'a> {
    format: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    saved_at: Option<&'a str>,
    session: SessionParts<'a>,
}

/// [`Session`] field for field, in the same order and with the same omissions.
#[derive(Serialize)]
struct SessionParts<'a> {
    set_id: &'a str,
    #[serde(serialize_with = "saved_screen")]
    screen: &'a Screen,
    answers: &'a BTreeMap<String, Answers>,
    mode: Mode,
    #[serde(skip_serializing_if = "Option::is_none")]
    rating_of_someone_else: Option<&'a RatingOfSomeoneElse>,
    history: &'a RawValue,
    plan: &'a [PlanItem],
    #[serde(skip_serializing_if = "Option::is_none")]
    workshop: Option<&'a RawValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    last_backup: Option<&'a str>,
}
