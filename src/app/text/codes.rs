//! Share codes and workshops.

use super::{fill, Text};
use crate::core::competency_set::built_in_sets;
use crate::core::history::RaterRole;
use crate::core::share_code::{CodeError, SharedRatings};

impl Text {
    pub fn workshop_add_linked(&self, name: &str) -> String {
        fill(self.workshop_add_linked, &[("name", &name)])
    }

    pub fn workshop_line(&self, name: &str, set: &str, date: &str) -> String {
        fill(
            self.workshop_line,
            &[("name", &name), ("set", &set), ("date", &date)],
        )
    }

    pub fn workshop_participants(&self, count: usize) -> String {
        fill(self.workshop_participants, &[("count", &count)])
    }

    pub fn group_value(&self, mean: &str, min: &str, max: &str) -> String {
        fill(
            self.group_value,
            &[("mean", &mean), ("min", &min), ("max", &max)],
        )
    }

    pub fn code_received(&self, rater: &str, date: &str, set: &str, answered: usize) -> String {
        fill(
            self.code_received,
            &[
                ("rater", &rater),
                ("date", &self.date(date)),
                ("set", &set),
                ("answered", &answered),
            ],
        )
    }

    pub fn code_error(&self, error: &CodeError) -> String {
        match error {
            CodeError::Empty => self.code_error_empty.to_string(),
            CodeError::BadCharacter(c) => fill(self.code_error_bad_character, &[("character", c)]),
            CodeError::TooShort => self.code_error_too_short.to_string(),
            CodeError::TooLong => self.code_error_too_long.to_string(),
            CodeError::WrongLength => self.code_error_wrong_length.to_string(),
            CodeError::ChecksumMismatch => self.code_error_checksum.to_string(),
            CodeError::UnknownSet => self.code_error_unknown_set.to_string(),
            CodeError::AmbiguousSet => self.code_error_ambiguous.to_string(),
            CodeError::UnknownKind => self.code_error_unknown_kind.to_string(),
            CodeError::Damaged => self.code_error_damaged.to_string(),
        }
    }

    /// A supervisor's code before it is added: who, when, which set, how many answers.
    pub fn describe_received(&self, shared: &SharedRatings) -> String {
        let set = built_in_sets()
            .iter()
            .find(|s| s.id == shared.set_id)
            .map(|s| self.set(s).short_title.clone())
            .unwrap_or_default();
        let rater = self.rater_inline("", RaterRole::Supervisor);
        self.code_received(&rater, &shared.date(), &set, shared.ratings.len())
    }
}
