//! Who rated, whose results, and how two assessments are told apart.

use super::{fill, Text};
use crate::core::history::{Rater, RaterRole, Snapshot};

impl Text {
    pub fn role_name(&self, role: RaterRole) -> &'static str {
        self.role_names[Self::role_index(role)]
    }

    pub fn role_noun(&self, role: RaterRole) -> &'static str {
        self.role_nouns[Self::role_index(role)]
    }

    /// Who rated, at the start of a cell: "You", "Your supervisor", "Dana Lee (your supervisor)".
    pub fn rater_phrase(&self, rater: &Rater) -> String {
        match rater {
            Rater::Myself => self.rater_you.to_string(),
            Rater::Other { name, role } if name.trim().is_empty() => {
                fill(self.rater_role_only, &[("role", &self.role_noun(*role))])
            }
            Rater::Other { name, role } => fill(
                self.rater_named,
                &[("name", name), ("role", &self.role_noun(*role))],
            ),
        }
    }

    /// Who rated, inside a sentence: "your supervisor", "Dana Lee, your supervisor".
    pub fn rater_inline(&self, name: &str, role: RaterRole) -> String {
        if name.trim().is_empty() {
            fill(
                self.rater_inline_role_only,
                &[("role", &self.role_noun(role))],
            )
        } else {
            fill(
                self.rater_inline_named,
                &[("name", &name), ("role", &self.role_noun(role))],
            )
        }
    }

    /// Who rated a snapshot, inside a sentence.
    pub fn rater_in_sentence(&self, rater: &Rater) -> String {
        match rater {
            Rater::Myself => self.rater_you.to_string(),
            Rater::Other { name, role } => self.rater_inline(name, *role),
        }
    }

    /// "Your results of December 1, 2026, 4:35 PM": `taken_at` is a timestamp or a date.
    pub fn snapshot_heading(&self, rater: &Rater, taken_at: &str) -> String {
        let date = self.when(taken_at);
        match rater {
            Rater::Myself => fill(self.snapshot_heading_own, &[("date", &date)]),
            other => fill(
                self.snapshot_heading_other,
                &[("rater", &self.rater_in_sentence(other)), ("date", &date)],
            ),
        }
    }

    pub fn snapshot_label(&self, snapshot: &Snapshot) -> String {
        fill(
            self.snapshot_label,
            &[
                ("date", &self.when(&snapshot.taken_at)),
                ("rater", &self.rater_phrase(&snapshot.rater)),
            ],
        )
    }

    pub fn rating_of_heading(&self, person: &str) -> String {
        if person.trim().is_empty() {
            self.rating_of_heading_unnamed.to_string()
        } else {
            fill(self.rating_of_heading_named, &[("person", &person)])
        }
    }

    pub fn report_line(&self, set_title: &str, date: &str, in_progress: bool) -> String {
        let template = if in_progress {
            self.report_line_in_progress
        } else {
            self.report_line
        };
        fill(template, &[("set", &set_title), ("date", &self.when(date))])
    }

    pub fn received_rating_note(&self, name: &str, role: RaterRole) -> String {
        fill(
            self.received_rating_note,
            &[("rater", &self.rater_inline(name, role))],
        )
    }

    pub fn hand_over_intro(&self, person: &str) -> String {
        let person = if person.trim().is_empty() {
            self.the_person_you_rated
        } else {
            person
        };
        fill(self.hand_over_intro, &[("person", &person)])
    }

    pub fn view_snapshot(&self, label: &str) -> String {
        fill(self.view_snapshot, &[("label", &label)])
    }

    pub fn self_and_other_heading(&self, role: RaterRole) -> String {
        fill(
            self.self_and_other_heading,
            &[("role", &self.role_noun(role))],
        )
    }

    pub fn comparing(&self, first: &str, second: &str) -> String {
        fill(self.comparing, &[("first", &first), ("second", &second)])
    }

    pub fn overall_change(
        &self,
        first: &str,
        first_mean: &str,
        second: &str,
        second_mean: &str,
        change: &str,
        difference: bool,
    ) -> String {
        let template = if difference {
            self.overall_difference
        } else {
            self.overall_change
        };
        fill(
            template,
            &[
                ("first", &first),
                ("first_mean", &first_mean),
                ("second", &second),
                ("second_mean", &second_mean),
                ("change", &change),
            ],
        )
    }

    pub fn difference_heading(&self, role: RaterRole) -> String {
        fill(self.difference_heading, &[("role", &self.role_noun(role))])
    }

    pub fn self_higher(&self, role: RaterRole) -> String {
        fill(self.self_higher, &[("role", &self.role_noun(role))])
    }

    pub fn self_lower(&self, role: RaterRole) -> String {
        fill(self.self_lower, &[("role", &self.role_noun(role))])
    }

    pub fn no_gaps(&self, role: RaterRole) -> String {
        fill(self.no_gaps, &[("role", &self.role_noun(role))])
    }

    pub fn gap_detail(&self, own: &str, other: &str, role: RaterRole) -> String {
        fill(
            self.gap_detail,
            &[
                ("own", &own),
                ("other", &other),
                ("role", &self.role_noun(role)),
            ],
        )
    }

    fn role_index(role: RaterRole) -> usize {
        RaterRole::ALL.iter().position(|r| *r == role).unwrap_or(0)
    }
}
