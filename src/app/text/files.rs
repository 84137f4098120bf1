//! Backups, imports and saved data that could not be read.

use super::{fill, Text};
use crate::core::saved_state::LoadError;
use crate::core::transfer::{ImportError, Preview};

impl Text {
    pub fn unreadable_saved_data(&self, reason: &str, kept_under: Option<&str>) -> String {
        match kept_under {
            Some(key) => fill(self.unreadable_kept, &[("reason", &reason), ("key", &key)]),
            None => fill(self.unreadable_not_kept, &[("reason", &reason)]),
        }
    }

    pub fn last_backup(&self, date: Option<&str>) -> String {
        match date {
            Some(date) => fill(self.last_backup, &[("date", &self.date(date))]),
            None => self.no_backup_yet.to_string(),
        }
    }

    pub fn backup_contents(&self, snapshots: usize, plan_items: usize, answers: usize) -> String {
        fill(
            self.backup_contents,
            &[
                ("snapshots", &snapshots),
                ("plan_items", &plan_items),
                ("answers", &answers),
            ],
        )
    }

    pub fn rating_contents(
        &self,
        rater: &str,
        person: &str,
        date: &str,
        set: &str,
        answered: usize,
    ) -> String {
        let template = if person.trim().is_empty() {
            self.rating_contents_unnamed
        } else {
            self.rating_contents_named
        };
        fill(
            template,
            &[
                ("rater", &rater),
                ("person", &person),
                ("date", &self.date(date)),
                ("set", &set),
                ("answered", &answered),
            ],
        )
    }

    pub fn import_changes(&self, preview: &Preview) -> Vec<String> {
        let counts = [
            (preview.snapshots_added, self.import_adds_snapshots),
            (preview.snapshots_present, self.import_snapshots_present),
            (preview.plan_items_added, self.import_adds_plan),
            (preview.plan_items_kept_here, self.import_plan_kept),
            (preview.answers_added, self.import_fills_answers),
            (preview.answers_kept_here, self.import_answers_kept),
            (
                usize::from(preview.rating_of_someone_else_added),
                self.import_adds_rating_of_someone_else,
            ),
            (
                preview.workshop_codes_added,
                self.import_adds_workshop_codes,
            ),
            (
                preview.workshop_rounds_kept_apart,
                self.import_workshop_rounds_apart,
            ),
            (
                usize::from(preview.other_workshop_not_imported),
                self.import_other_workshop,
            ),
        ];
        counts
            .iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, template)| fill(template, &[("n", n)]))
            .collect()
    }

    pub fn import_done(&self, preview: &Preview) -> String {
        fill(
            self.import_done,
            &[("changes", &self.import_changes(preview).join(" "))],
        )
    }

    pub fn import_error(&self, error: &ImportError) -> String {
        match error {
            ImportError::Empty => self.import_error_empty.to_string(),
            ImportError::TooLarge { bytes } => {
                fill(self.import_error_too_large, &[("kb", &(bytes / 1024))])
            }
            ImportError::NotJson { line, column } => fill(
                self.import_error_not_json,
                &[("line", line), ("column", column)],
            ),
            ImportError::NotOurs => self.import_error_not_ours.to_string(),
            ImportError::NewerFormat(format) => {
                fill(self.import_error_newer, &[("format", format)])
            }
            ImportError::UnknownSet(set) => fill(self.import_error_unknown_set, &[("set", set)]),
            ImportError::OtherSetVersion { set_id, file, here } => fill(
                self.import_error_other_version,
                &[("set", set_id), ("file", file), ("here", here)],
            ),
            ImportError::Damaged(what) => fill(self.import_error_damaged, &[("what", what)]),
        }
    }

    /// Why saved data could not be read, to stand inside `unreadable_saved_data`.
    pub fn load_error(&self, error: &LoadError) -> String {
        match error {
            LoadError::NotRecognised => self.load_error_not_recognised.to_string(),
            LoadError::NewerFormat(format) => fill(self.load_error_newer, &[("format", format)]),
            LoadError::Damaged(what) => fill(self.load_error_damaged, &[("what", what)]),
        }
    }
}
