//! Files a person downloads and imports: a backup of everything, and a rating of someone else
//! handed over to them. An import is read and checked completely before anything changes, and a
//! merge never removes or overwrites what is already saved.
//!
//! Backup file: `{"kind":"peer-assessment-backup","format":2,"app_version":"0.1.0","exported_at":…,
//! "session":{…}}`, where `format` and `session` are those of the saved state (so old backups
//! migrate the same way); `app_version` (the widget that wrote it) is only informative: backups
//! without it, written before it was added, read the same.
//!
//! Rating file: `{"kind":"peer-assessment-rating","format":1,"set_id":…,"set_version":…,
//! "rated_at":…,"rater":{"name":…,"role":"supervisor"},"person":…,"ratings":{…},"notes":{…}}`.

mod files;
mod merge;
mod reminder;

pub use files::{backup_file, rating_file, read};
pub use merge::{merge, preview, Preview};
pub use reminder::{backup_due, BACKUP_REMINDER_DAYS};

use super::history::Snapshot;
use super::session::Session;
use std::fmt;

pub const BACKUP_KIND: &str = "peer-assessment-backup";
pub const RATING_KIND: &str = "peer-assessment-rating";
pub const RATING_FORMAT: u64 = 1;
/// Larger files are refused before they are parsed.
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// What an import file holds, checked.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    Backup(Box<Session>),
    /// Someone else's rating of the person; `person` is the name the rater wrote.
    Rating {
        person: String,
        snapshot: Box<Snapshot>,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge {
        bytes: usize,
    },
    NotJson {
        line: usize,
        column: usize,
    },
    NotOurs,
    NewerFormat(u64),
    UnknownSet(String),
    OtherSetVersion {
        set_id: String,
        file: u32,
        here: u32,
    },
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
