//! Everything a person has done in the widget, and how each action changes it.
//! The Yew reducer is a thin wrapper around [`Session::apply`].

use super::assessment::Answers;
use super::competency_set::{default_set, find_set, CompetencySet};
use super::rating::Rating;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Screen {
    Welcome,
    /// Rating the competencies of one category, by category id.
    Category(String),
    Results,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Session {
    /// The competency set being worked on.
    pub set_id: String,
    pub screen: Screen,
    /// Answers per competency set id; switching sets keeps the answers of the other.
    #[serde(default)]
    pub answers: BTreeMap<String, Answers>,
}

impl Default for Session {
    fn default() -> Self {
        Session { set_id: default_set().id.clone(), screen: Screen::Welcome, answers: BTreeMap::new() }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseSet(String),
    /// Go to the first category not yet complete, or the first category when all are done.
    Begin,
    GoTo(Screen),
    Rate { competency_id: String, rating: Rating },
    Note { competency_id: String, text: String },
    /// Clears the answers and notes of the current set and returns to the welcome screen.
    StartOver,
    /// Forgets everything, for every set.
    DeleteAll,
    /// Another tab saved: merge what it saved (see [`Session::merge_from_other_tab`]).
    MergeFromOtherTab(Box<Session>),
}

impl Session {
    /// The set in use; an unknown id (say, from a newer version's saved data) falls back to the
    /// default set without touching the saved answers.
    pub fn set(&self) -> &'static CompetencySet {
        find_set(&self.set_id).unwrap_or_else(default_set)
    }

    /// The answers for the set in use (empty when none are given yet).
    pub fn current_answers(&self) -> Answers {
        let set = self.set();
        self.answers.get(&set.id).cloned().unwrap_or_else(|| Answers::new(set))
    }

    fn answers_mut(&mut self) -> &mut Answers {
        let set = self.set();
        self.answers.entry(set.id.clone()).or_insert_with(|| Answers::new(set))
    }

    /// The category shown on a category screen, if the screen is one and the id is known.
    pub fn current_category_index(&self) -> Option<usize> {
        match &self.screen {
            Screen::Category(id) => self.set().category_index(id),
            _ => None,
        }
    }

    /// Takes in what another tab saved, without losing anything given here: answers and notes of
    /// both are kept (the other tab's win where both answered the same competency), a set whose
    /// answers the other tab cleared ("Start over") is cleared here too, and this tab keeps its
    /// own screen and set.
    pub fn merge_from_other_tab(&self, other: &Session) -> Session {
        let mut merged = self.clone();
        merged.answers.retain(|set_id, _| other.answers.contains_key(set_id));
        for (set_id, theirs) in &other.answers {
            let mine = merged.answers.entry(set_id.clone()).or_insert_with(|| theirs.clone());
            mine.set_version = theirs.set_version;
            mine.ratings.extend(theirs.ratings.iter().map(|(k, v)| (k.clone(), *v)));
            mine.notes.extend(theirs.notes.iter().map(|(k, v)| (k.clone(), v.clone())));
        }
        merged
    }

    pub fn apply(mut self, action: Action) -> Session {
        match action {
            Action::ChooseSet(id) => {
                if find_set(&id).is_some() {
                    self.set_id = id;
                    self.screen = Screen::Welcome;
                }
            }
            Action::Begin => {
                let set = self.set();
                let answers = self.current_answers();
                let category = answers.first_incomplete_category(set).unwrap_or(&set.categories[0]);
                self.screen = Screen::Category(category.id.clone());
            }
            Action::GoTo(screen) => {
                let known = match &screen {
                    Screen::Category(id) => self.set().category_index(id).is_some(),
                    _ => true,
                };
                if known {
                    self.screen = screen;
                }
            }
            Action::Rate { competency_id, rating } => {
                let set = self.set();
                let in_scale = match rating {
                    Rating::Level(level) => (1..=set.scale.levels()).contains(&level),
                    Rating::NotApplicable => true,
                };
                let known = set.competencies().any(|(_, c)| c.id == competency_id);
                if in_scale && known {
                    self.answers_mut().ratings.insert(competency_id, rating);
                }
            }
            Action::Note { competency_id, text } => {
                if self.set().competencies().any(|(_, c)| c.id == competency_id) {
                    self.answers_mut().set_note(&competency_id, &text);
                }
            }
            Action::StartOver => {
                let set_id = self.set().id.clone();
                self.answers.remove(&set_id);
                self.screen = Screen::Welcome;
            }
            Action::DeleteAll => {
                self = Session::default();
            }
            Action::MergeFromOtherTab(other) => {
                self = self.merge_from_other_tab(&other);
            }
        }
        self
    }
}
