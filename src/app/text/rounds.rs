//! A workshop's rounds: their names, and what changed between two of them, in words.

use super::{fill, Text};
use crate::core::workshop::{AddError, CategoryChange, Round};

impl Text {
    /// The facilitator's name for the `index`th round, or its name by place: "Before the
    /// training", "After the training", "Round 3".
    pub fn round_name(&self, index: usize, round: &Round) -> String {
        if !round.name.trim().is_empty() {
            return round.name.clone();
        }
        match self.round_names.get(index) {
            Some(name) => name.to_string(),
            None => fill(self.round_numbered, &[("n", &(index + 1))]),
        }
    }

    pub fn round_line(&self, name: &str, started_on: &str, count: usize) -> String {
        fill(
            self.round_line,
            &[
                ("name", &name),
                ("date", &self.date(started_on)),
                ("count", &count),
            ],
        )
    }

    pub fn workshop_added_to(&self, round: &str, count: usize) -> String {
        fill(
            self.workshop_added_to,
            &[("round", &round), ("count", &count)],
        )
    }

    pub fn code_before_round(&self, code_date: &str, round_start: &str) -> String {
        fill(
            self.code_before_round,
            &[
                ("code_date", &self.date(code_date)),
                ("round_start", &self.date(round_start)),
            ],
        )
    }

    /// "The group's mean rose most in IX. Communication: 2.4 → 3.5." (or fell, with `rose`
    /// false).
    pub fn moved_category(&self, change: &CategoryChange, rose: bool) -> String {
        let template = if rose { self.rose_most } else { self.fell_most };
        fill(
            template,
            &[
                ("category", &change.category.numbered_short_title()),
                ("first", &self.mean(change.first)),
                ("second", &self.mean(change.second)),
            ],
        )
    }

    /// Why a participant's code was not added.
    pub fn workshop_add_error(&self, error: &AddError) -> String {
        match error {
            AddError::Code(code_error) => self.code_error(code_error),
            AddError::NotAParticipantCode => self.workshop_not_participant.to_string(),
            AddError::OtherSet { .. } => self.workshop_other_set.to_string(),
            AddError::AlreadyAdded => self.workshop_repeat.to_string(),
            AddError::BeforeRound {
                code_date,
                round_start,
            } => self.code_before_round(code_date, round_start),
        }
    }
}
