//! Writing and reading the files: a backup, and a rating of someone else.

use super::{ImportError, Incoming, BACKUP_KIND, MAX_IMPORT_BYTES, RATING_FORMAT, RATING_KIND};
use crate::core::assessment::Answers;
use crate::core::competency_set::find_set;
use crate::core::history::{new_snapshot_id, Rater, RaterRole, Snapshot};
use crate::core::rating::Rating;
use crate::core::saved_state::{self, LoadError, CURRENT_FORMAT};
use crate::core::session::{RatingOfSomeoneElse, Session};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

#[derive(Serialize)]
struct BackupRef<'a> {
    kind: &'static str,
    format: u64,
    /// The version of the widget that wrote the file; only informative, never read back.
    app_version: &'static str,
    exported_at: &'a str,
    session: &'a Session,
}

#[derive(Serialize, Deserialize)]
struct RatingFile {
    kind: String,
    format: u64,
    set_id: String,
    set_version: u32,
    rated_at: String,
    rater: RaterFields,
    #[serde(default)]
    person: String,
    ratings: BTreeMap<String, Rating>,
    #[serde(default)]
    notes: BTreeMap<String, String>,
}

#[derive(Serialize, Deserialize)]
struct RaterFields {
    #[serde(default)]
    name: String,
    role: RaterRole,
}

pub fn backup_file(session: &Session, exported_at: &str) -> String {
    let backup = BackupRef {
        kind: BACKUP_KIND,
        format: CURRENT_FORMAT,
        app_version: crate::core::APP_VERSION,
        exported_at,
        session,
    };
    serde_json::to_string_pretty(&backup).expect("a session always serializes")
}

pub fn rating_file(rating: &RatingOfSomeoneElse, rated_at: &str) -> String {
    let file = RatingFile {
        kind: RATING_KIND.to_string(),
        format: RATING_FORMAT,
        set_id: rating.set_id.clone(),
        set_version: rating.answers.set_version,
        rated_at: rated_at.to_string(),
        rater: RaterFields {
            name: rating.rater_name.clone(),
            role: rating.rater_role,
        },
        person: rating.person.clone(),
        ratings: rating.answers.ratings.clone(),
        notes: rating.answers.notes.clone(),
    };
    serde_json::to_string_pretty(&file).expect("a rating always serializes")
}

/// Reads and checks an import file completely. Nothing is changed.
pub fn read(text: &str) -> Result<Incoming, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| ImportError::NotJson {
        line: e.line(),
        column: e.column(),
    })?;
    match value.get("kind").and_then(Value::as_str) {
        Some(BACKUP_KIND) => read_backup(value),
        Some(RATING_KIND) => read_rating(value),
        _ => Err(ImportError::NotOurs),
    }
}

fn read_backup(value: Value) -> Result<Incoming, ImportError> {
    match saved_state::decode_value(value) {
        Ok(session) => Ok(Incoming::Backup(Box::new(session))),
        Err(LoadError::NewerFormat(n)) => Err(ImportError::NewerFormat(n)),
        Err(LoadError::NotRecognised) => Err(ImportError::NotOurs),
        Err(LoadError::Damaged(what)) => Err(ImportError::Damaged(what)),
    }
}

fn read_rating(value: Value) -> Result<Incoming, ImportError> {
    match value.get("format").and_then(Value::as_u64) {
        Some(RATING_FORMAT) => {}
        Some(n) if n > RATING_FORMAT => return Err(ImportError::NewerFormat(n)),
        _ => return Err(ImportError::NotOurs),
    }
    let file: RatingFile =
        serde_json::from_value(value).map_err(|e| ImportError::Damaged(e.to_string()))?;
    let set = find_set(&file.set_id).ok_or_else(|| ImportError::UnknownSet(file.set_id.clone()))?;
    if file.set_version != set.version {
        return Err(ImportError::OtherSetVersion {
            set_id: file.set_id,
            file: file.set_version,
            here: set.version,
        });
    }
    if crate::core::dates::parse_date(&file.rated_at).is_none() {
        return Err(ImportError::Damaged(
            "the date of the rating is missing or not a date".into(),
        ));
    }
    for (id, rating) in &file.ratings {
        if !set.competencies().any(|(_, c)| &c.id == id) {
            return Err(ImportError::Damaged(format!(
                "it rates a competency the set does not have (\"{id}\")"
            )));
        }
        if let Rating::Level(level) = rating {
            if *level > set.scale.levels() {
                return Err(ImportError::Damaged(format!(
                    "{id}: level {level} is above the scale's {}",
                    set.scale.levels()
                )));
            }
        }
    }
    if let Some(id) = file
        .notes
        .keys()
        .find(|id| !set.competencies().any(|(_, c)| &c.id == *id))
    {
        return Err(ImportError::Damaged(format!(
            "it has a note on a competency the set does not have (\"{id}\")"
        )));
    }
    let mut answers = Answers::new(set);
    answers.ratings = file.ratings;
    for (id, note) in &file.notes {
        answers.set_note(id, note);
    }
    let rater = Rater::Other {
        name: file.rater.name.chars().take(200).collect(),
        role: file.rater.role,
    };
    let id = new_snapshot_id(&file.rated_at, &rater, &[]);
    Ok(Incoming::Rating {
        person: file.person.chars().take(200).collect(),
        snapshot: Box::new(Snapshot {
            id,
            taken_at: file.rated_at,
            set_id: set.id.clone(),
            rater,
            answers,
        }),
    })
}
