//! One person's answers to one competency set: a rating and an optional note per competency.

use super::competency_set::{Category, CompetencySet};
use super::rating::Rating;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The longest note kept, in characters.
pub const NOTE_MAX_CHARS: usize = 1000;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answers {
    /// Version of the competency set the answers were given on.
    pub set_version: u32,
    /// Keyed by competency id. Ids the set no longer has are kept, never dropped.
    #[serde(default)]
    pub ratings: BTreeMap<String, Rating>,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

impl Answers {
    pub fn new(set: &CompetencySet) -> Self {
        Answers {
            set_version: set.version,
            ..Answers::default()
        }
    }

    pub fn rating(&self, competency_id: &str) -> Option<Rating> {
        self.ratings.get(competency_id).copied()
    }

    pub fn note(&self, competency_id: &str) -> &str {
        self.notes
            .get(competency_id)
            .map(String::as_str)
            .unwrap_or("")
    }

    pub fn set_note(&mut self, competency_id: &str, text: &str) {
        let text: String = text.chars().take(NOTE_MAX_CHARS).collect();
        if text.trim().is_empty() {
            self.notes.remove(competency_id);
        } else {
            self.notes.insert(competency_id.to_string(), text);
        }
    }

    /// How many of the category's competencies have an answer (a level or not applicable).
    pub fn answered_in(&self, category: &Category) -> usize {
        category
            .competencies
            .iter()
            .filter(|c| self.ratings.contains_key(&c.id))
            .count()
    }

    pub fn is_category_complete(&self, category: &Category) -> bool {
        self.answered_in(category) == category.competencies.len()
    }

    /// Answers counted against the set's current competencies only.
    pub fn answered_count(&self, set: &CompetencySet) -> usize {
        set.categories.iter().map(|c| self.answered_in(c)).sum()
    }

    pub fn is_complete(&self, set: &CompetencySet) -> bool {
        self.answered_count(set) == set.competency_count()
    }

    /// The first category with an unanswered competency, if any.
    pub fn first_incomplete_category<'a>(&self, set: &'a CompetencySet) -> Option<&'a Category> {
        set.categories
            .iter()
            .find(|c| !self.is_category_complete(c))
    }
}
