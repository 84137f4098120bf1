//! Everything a person has done in the widget, and how each action changes it.
//! The Yew reducer is a thin wrapper around [`Session::apply`].

mod action;
mod apply;
mod other_tab;
mod screen;
mod three_way;

pub use action::Action;
pub use screen::{Screen, CURRENT};

use super::assessment::Answers;
use super::competency_set::{default_set, find_set, CompetencySet};
use super::history::{RaterRole, Snapshot};
use super::plan::PlanItem;
use super::shared::Shared;
use super::workshop::Workshop;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Whose competencies are being rated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    #[default]
    Myself,
    /// A supervisor, mentor or co-worker rates a peer worker, to hand the result over.
    SomeoneElse,
}

/// A rating of someone else, in progress on the rater's device.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RatingOfSomeoneElse {
    pub set_id: String,
    /// The peer worker being rated, as the rater writes it (may be empty).
    #[serde(default)]
    pub person: String,
    #[serde(default)]
    pub rater_name: String,
    #[serde(default)]
    pub rater_role: RaterRole,
    pub answers: Answers,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Session {
    /// The competency set being worked on.
    pub set_id: String,
    /// Saved by the stable names of [`crate::core::saved_screen`].
    #[serde(with = "crate::core::saved_screen")]
    pub screen: Screen,
    /// Answers per competency set id; switching sets keeps the answers of the other.
    #[serde(default)]
    pub answers: BTreeMap<String, Answers>,
    /// Whose competencies the rating screens rate.
    #[serde(default)]
    pub mode: Mode,
    /// The rating of someone else in progress, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating_of_someone_else: Option<RatingOfSomeoneElse>,
    /// Finished assessments and ratings received, in the order they were added.
    #[serde(default)]
    pub history: Shared<Vec<Snapshot>>,
    #[serde(default)]
    pub plan: Vec<PlanItem>,
    /// A workshop this device collects codes for, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workshop: Option<Shared<Workshop>>,
    /// The language the person chose in the widget ("en", "es"); `None` follows the browser.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The date everything was last downloaded as a backup file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_backup: Option<String>,
}

impl Default for Session {
    fn default() -> Self {
        Session {
            set_id: default_set().id.clone(),
            screen: Screen::Welcome,
            answers: BTreeMap::new(),
            mode: Mode::Myself,
            rating_of_someone_else: None,
            history: Shared::default(),
            plan: Vec::new(),
            workshop: None,
            language: None,
            last_backup: None,
        }
    }
}

impl Session {
    /// The set in use; an unknown id (say, from a newer version's saved data) falls back to the
    /// default set without touching the saved answers.
    pub fn set(&self) -> &'static CompetencySet {
        let id = match (&self.mode, &self.rating_of_someone_else) {
            (Mode::SomeoneElse, Some(other)) => &other.set_id,
            _ => &self.set_id,
        };
        find_set(id).unwrap_or_else(default_set)
    }

    /// True while the rating screens rate someone else.
    pub fn rating_someone_else(&self) -> bool {
        self.mode == Mode::SomeoneElse
    }

    /// The answers being given now (empty when none are given yet): the person's own for the set
    /// in use, or those of the rating of someone else.
    pub fn current_answers(&self) -> Answers {
        let set = self.set();
        if self.rating_someone_else() {
            return self
                .rating_of_someone_else
                .as_ref()
                .map(|o| o.answers.clone())
                .unwrap_or_else(|| Answers::new(set));
        }
        self.answers
            .get(&set.id)
            .cloned()
            .unwrap_or_else(|| Answers::new(set))
    }

    pub(super) fn answers_mut(&mut self) -> &mut Answers {
        let set = self.set();
        if self.rating_someone_else() {
            let other = self
                .rating_of_someone_else
                .get_or_insert_with(|| RatingOfSomeoneElse {
                    set_id: set.id.clone(),
                    answers: Answers::new(set),
                    ..RatingOfSomeoneElse::default()
                });
            return &mut other.answers;
        }
        self.answers
            .entry(set.id.clone())
            .or_insert_with(|| Answers::new(set))
    }

    pub fn snapshot(&self, id: &str) -> Option<&Snapshot> {
        self.history.iter().find(|s| s.id == id)
    }

    /// The answers and set behind an id of [`Screen::Compare`]: a snapshot, or [`CURRENT`].
    pub fn answers_by_id(&self, id: &str) -> Option<(&'static CompetencySet, Answers)> {
        if id == CURRENT {
            return Some((self.set(), self.current_answers()));
        }
        let snapshot = self.snapshot(id)?;
        Some((snapshot.set()?, snapshot.answers.clone()))
    }

    /// False for a screen about something that is not there (an unknown category or snapshot).
    pub fn can_show(&self, screen: &Screen) -> bool {
        match screen {
            Screen::Category(id) => self.set().category_index(id).is_some(),
            Screen::Snapshot(id) => self.snapshot(id).is_some_and(|s| s.set().is_some()),
            Screen::Compare { first, second } => {
                self.answers_by_id(first).is_some() && self.answers_by_id(second).is_some()
            }
            _ => true,
        }
    }

    /// True when there is anything worth backing up.
    pub fn has_data(&self) -> bool {
        !self.history.is_empty()
            || !self.plan.is_empty()
            || self
                .answers
                .values()
                .any(|a| !a.ratings.is_empty() || !a.notes.is_empty())
            || self.rating_of_someone_else.is_some()
    }

    /// The category shown on a category screen, if the screen is one and the id is known.
    pub fn current_category_index(&self) -> Option<usize> {
        match &self.screen {
            Screen::Category(id) => self.set().category_index(id),
            _ => None,
        }
    }
}
