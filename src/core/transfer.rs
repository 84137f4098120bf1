//! Files a person downloads and imports: a backup of everything, and a rating of someone else
//! handed over to them. An import is read and checked completely before anything changes, and a
//! merge never removes or overwrites what is already saved.
//!
//! Backup file: `{"kind":"peer-assessment-backup","format":2,"exported_at":…,"session":{…}}`,
//! where `format` and `session` are those of the saved state (so old backups migrate the same way).
//!
//! Rating file: `{"kind":"peer-assessment-rating","format":1,"set_id":…,"set_version":…,
//! "rated_at":…,"rater":{"name":…,"role":"supervisor"},"person":…,"ratings":{…},"notes":{…}}`.

use super::assessment::Answers;
use super::competency_set::find_set;
use super::history::{new_snapshot_id, Rater, RaterRole, Snapshot};
use super::rating::Rating;
use super::saved_state::{self, LoadError, CURRENT_FORMAT};
use super::session::{RatingOfSomeoneElse, Session};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;
use std::fmt;

pub const BACKUP_KIND: &str = "peer-assessment-backup";
pub const RATING_KIND: &str = "peer-assessment-rating";
pub const RATING_FORMAT: u64 = 1;
/// Larger files are refused before they are parsed.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

#[derive(Serialize)]
struct BackupRef<'a> {
    kind: &'static str,
    format: u64,
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
    let backup = BackupRef { kind: BACKUP_KIND, format: CURRENT_FORMAT, exported_at, session };
    serde_json::to_string_pretty(&backup).expect("a session always serializes")
}

pub fn rating_file(rating: &RatingOfSomeoneElse, rated_at: &str) -> String {
    let file = RatingFile {
        kind: RATING_KIND.to_string(),
        format: RATING_FORMAT,
        set_id: rating.set_id.clone(),
        set_version: rating.answers.set_version,
        rated_at: rated_at.to_string(),
        rater: RaterFields { name: rating.rater_name.clone(), role: rating.rater_role },
        person: rating.person.clone(),
        ratings: rating.answers.ratings.clone(),
        notes: rating.answers.notes.clone(),
    };
    serde_json::to_string_pretty(&file).expect("a rating always serializes")
}

/// What an import file holds, checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Backup(Box<Session>),
    /// Someone else's rating of the person; `person` is the name the rater wrote.
    Rating { person: String, snapshot: Box<Snapshot> },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge { bytes: usize },
    NotJson { line: usize, column: usize },
    NotOurs,
    NewerFormat(u64),
    UnknownSet(String),
    OtherSetVersion { set_id: String, file: u32, here: u32 },
    Damaged(String),
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            ImportError::Empty => f.write_str("The file is empty."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is too large ({} KB); files from this self-assessment are far smaller, so it is not one of them.",
                bytes / 1024
            ),
            ImportError::NotJson { line, column } => write!(
                f,
                "The file is not a backup or rating file from this self-assessment: it is not valid JSON (the problem is at line {line}, column {column}). It may be damaged, or a different kind of file."
            ),
            ImportError::NotOurs => f.write_str(
                "The file is JSON, but not a backup or rating file from this self-assessment.",
            ),
            ImportError::NewerFormat(n) => write!(
                f,
                "The file was made by a newer version of this self-assessment (format {n}). Use that version to open it, or update this one."
            ),
            ImportError::UnknownSet(id) => write!(
                f,
                "The file is for a set of competencies this self-assessment does not have (\"{id}\")."
            ),
            ImportError::OtherSetVersion { set_id, file, here } => write!(
                f,
                "The file is for version {file} of the set \"{set_id}\", but this self-assessment has version {here}."
            ),
            ImportError::Damaged(what) => write!(f, "The file is damaged: {what}."),
        }
    }
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
    let value: Value = serde_json::from_str(text)
        .map_err(|e| ImportError::NotJson { line: e.line(), column: e.column() })?;
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
    let file: RatingFile = serde_json::from_value(value).map_err(|e| ImportError::Damaged(e.to_string()))?;
    let set = find_set(&file.set_id).ok_or_else(|| ImportError::UnknownSet(file.set_id.clone()))?;
    if file.set_version != set.version {
        return Err(ImportError::OtherSetVersion { set_id: file.set_id, file: file.set_version, here: set.version });
    }
    if crate::core::dates::parse_date(&file.rated_at).is_none() {
        return Err(ImportError::Damaged("the date of the rating is missing or not a date".into()));
    }
    for (id, rating) in &file.ratings {
        if !set.competencies().any(|(_, c)| &c.id == id) {
            return Err(ImportError::Damaged(format!("it rates a competency the set does not have (\"{id}\")")));
        }
        if let Rating::Level(level) = rating {
            if *level > set.scale.levels() {
                return Err(ImportError::Damaged(format!("{id}: level {level} is above the scale's {}", set.scale.levels())));
            }
        }
    }
    if let Some(id) = file.notes.keys().find(|id| !set.competencies().any(|(_, c)| &c.id == *id)) {
        return Err(ImportError::Damaged(format!("it has a note on a competency the set does not have (\"{id}\")")));
    }
    let mut answers = Answers::new(set);
    answers.ratings = file.ratings;
    for (id, note) in &file.notes {
        answers.set_note(id, note);
    }
    let rater = Rater::Other { name: file.rater.name.chars().take(200).collect(), role: file.rater.role };
    let id = new_snapshot_id(&file.rated_at, &rater, &[]);
    Ok(Incoming::Rating {
        person: file.person.chars().take(200).collect(),
        snapshot: Box::new(Snapshot { id, taken_at: file.rated_at, set_id: set.id.clone(), rater, answers }),
    })
}

/// What a merge would change, counted, for the person to confirm.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    /// Finished assessments and received ratings the file adds.
    pub snapshots_added: usize,
    /// Ones the file has that are already here.
    pub snapshots_present: usize,
    pub plan_items_added: usize,
    /// Plan items the file has for competencies already in the plan here (the ones here stay).
    pub plan_items_kept_here: usize,
    /// Answers (ratings and notes) in progress the file fills in.
    pub answers_added: usize,
    /// Answers the file has that differ from answers here (the ones here stay).
    pub answers_kept_here: usize,
    /// The file has a rating of someone else in progress and there is none here.
    pub rating_of_someone_else_added: bool,
    /// Participants' codes the file adds to the workshop (the file's workshop, when there is
    /// none here, or the same workshop as here).
    pub workshop_codes_added: usize,
}

impl Preview {
    pub fn changes_nothing(&self) -> bool {
        self.snapshots_added == 0
            && self.plan_items_added == 0
            && self.answers_added == 0
            && !self.rating_of_someone_else_added
            && self.workshop_codes_added == 0
    }
}

/// What [`merge`] would do, without doing it.
pub fn preview(current: &Session, incoming: &Incoming) -> Preview {
    merge_counted(current, incoming).1
}

/// Adds what the file has to what is here. Nothing here is removed or overwritten: where both
/// have something different for the same place, the one here stays.
pub fn merge(current: &Session, incoming: &Incoming) -> Session {
    merge_counted(current, incoming).0
}

fn merge_counted(current: &Session, incoming: &Incoming) -> (Session, Preview) {
    let mut merged = current.clone();
    let mut preview = Preview::default();
    // A snapshot counts as present only if it was here before: two alike snapshots in one file
    // (e.g. the same rating received twice) are both kept.
    let mut here: Vec<Option<Snapshot>> = current.history.iter().cloned().map(Some).collect();
    match incoming {
        Incoming::Rating { snapshot, .. } => add_snapshot(&mut merged, &mut here, snapshot, &mut preview),
        Incoming::Backup(theirs) => {
            for snapshot in theirs.history.iter() {
                add_snapshot(&mut merged, &mut here, snapshot, &mut preview);
            }
            for item in &theirs.plan {
                let present = merged.plan.iter().any(|i| i.set_id == item.set_id && i.competency_id == item.competency_id);
                if present {
                    if !merged.plan.contains(item) {
                        preview.plan_items_kept_here += 1;
                    }
                } else {
                    merged.plan.push(item.clone());
                    preview.plan_items_added += 1;
                }
            }
            for (set_id, their_answers) in &theirs.answers {
                let mine = merged.answers.entry(set_id.clone()).or_insert_with(|| Answers {
                    set_version: their_answers.set_version,
                    ..Answers::default()
                });
                fill_in(&mut mine.ratings, &their_answers.ratings, &mut preview);
                fill_in(&mut mine.notes, &their_answers.notes, &mut preview);
            }
            match (&mut merged.workshop, &theirs.workshop) {
                (None, Some(workshop)) => {
                    merged.workshop = Some(workshop.clone());
                    preview.workshop_codes_added += workshop.codes.len();
                }
                (Some(mine), Some(workshop)) if mine.set_id == workshop.set_id && mine.started_on == workshop.started_on => {
                    for code in &workshop.codes {
                        if !mine.codes.contains(code) {
                            mine.make_mut().codes.push(code.clone());
                            preview.workshop_codes_added += 1;
                        }
                    }
                }
                _ => {}
            }
            if merged.rating_of_someone_else.is_none() && theirs.rating_of_someone_else.is_some() {
                merged.rating_of_someone_else = theirs.rating_of_someone_else.clone();
                preview.rating_of_someone_else_added = true;
            }
            merged.last_backup = merged.last_backup.clone().max(theirs.last_backup.clone());
        }
    }
    (merged, preview)
}

/// Adds a snapshot from a file unless an alike one (same time, set, rater and answers; ids may
/// differ) is here and not yet matched by another snapshot of the same file.
fn add_snapshot(merged: &mut Session, here: &mut [Option<Snapshot>], snapshot: &Snapshot, preview: &mut Preview) {
    let alike = |s: &Snapshot| s.taken_at == snapshot.taken_at && s.set_id == snapshot.set_id && s.rater == snapshot.rater && s.answers == snapshot.answers;
    if let Some(slot) = here.iter_mut().find(|slot| slot.as_ref().is_some_and(alike)) {
        *slot = None;
        preview.snapshots_present += 1;
        return;
    }
    let mut snapshot = snapshot.clone();
    if merged.history.iter().any(|s| s.id == snapshot.id) {
        snapshot.id = new_snapshot_id(&snapshot.taken_at, &snapshot.rater, &merged.history);
    }
    merged.history.make_mut().push(snapshot);
    preview.snapshots_added += 1;
}

fn fill_in<V: Clone + PartialEq>(mine: &mut BTreeMap<String, V>, theirs: &BTreeMap<String, V>, preview: &mut Preview) {
    for (key, value) in theirs {
        match mine.get(key) {
            None => {
                mine.insert(key.clone(), value.clone());
                preview.answers_added += 1;
            }
            Some(here) if here != value => preview.answers_kept_here += 1,
            Some(_) => {}
        }
    }
}

/// Days after the last backup (or, without one, after the first finished assessment) before the
/// person is reminded to download one. Browsers may evict site data (Safari: after 7 days
/// without a visit), so a week is the figure.
pub const BACKUP_REMINDER_DAYS: i64 = 7;

/// True when there is something worth keeping that has not been downloaded for a while.
pub fn backup_due(session: &Session, today: &str) -> bool {
    use crate::core::dates::days_between;
    if session.history.is_empty() && session.plan.is_empty() {
        return false;
    }
    let since = match &session.last_backup {
        Some(date) => date.clone(),
        None => match session.history.iter().map(|s| s.taken_at.clone()).min() {
            Some(first) => first,
            None => return true,
        },
    };
    days_between(&since, today).is_none_or(|days| days >= BACKUP_REMINDER_DAYS)
}
