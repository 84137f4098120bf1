//! Competency sets are data: JSON files under `sets/`, compiled into the widget.
//! Every set, category and competency has a stable id, so saved answers survive text edits.

mod equality;
mod registry;

pub use registry::{
    all_sets, built_in_sets, default_set, find_set, localized, register_set, DEFAULT_SET_ID,
};

use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};

/// Compared by address first (see `equality.rs`).
#[derive(Clone, Debug, Deserialize)]
pub struct CompetencySet {
    pub id: String,
    pub version: u32,
    pub title: String,
    /// The name shown where space is short, e.g. in the set chooser (defaults to the title).
    #[serde(default)]
    pub short_title: String,
    #[serde(default)]
    pub source: String,
    #[serde(default)]
    pub scale: Scale,
    pub categories: Vec<Category>,
    /// The set's text in other languages, by language code; ids stay the same, so answers
    /// carry over when the language changes.
    #[serde(default)]
    pub translations: BTreeMap<String, SetTranslation>,
    /// For a set shown in a translation: its note (e.g. "unofficial translation").
    #[serde(skip)]
    pub translation_note: Option<String>,
}

/// A translation of a set's text. Anything missing stays in the set's own language.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct SetTranslation {
    #[serde(default)]
    pub unofficial: bool,
    #[serde(default)]
    pub translation_note: Option<String>,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub short_title: Option<String>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub scale: Option<Scale>,
    #[serde(default)]
    pub categories: BTreeMap<String, CategoryTranslation>,
    #[serde(default)]
    pub competencies: BTreeMap<String, String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CategoryTranslation {
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub short_title: Option<String>,
    #[serde(default)]
    pub description: Option<String>,
}

/// Compared by address first (see `equality.rs`).
#[derive(Clone, Debug, Deserialize)]
pub struct Category {
    pub id: String,
    /// The number shown before the title (Roman numerals in the SAMHSA sets), if any.
    #[serde(default)]
    pub number: Option<String>,
    pub title: String,
    /// A label short enough for a radar axis (defaults to the title).
    #[serde(default)]
    pub short_title: String,
    #[serde(default)]
    pub description: String,
    /// True for a category the draft revision adds.
    #[serde(default)]
    pub added: bool,
    #[serde(default)]
    pub source: Option<String>,
    pub competencies: Vec<Competency>,
}

/// Compared by address first (see `equality.rs`).
#[derive(Clone, Debug, Deserialize)]
pub struct Competency {
    pub id: String,
    pub text: String,
    /// Sub-points that belong to the competency (rated as one).
    #[serde(default)]
    pub details: Vec<String>,
    /// True for an item marked "ADD" in the draft revision.
    #[serde(default)]
    pub added: bool,
    /// Where an added item was taken from.
    #[serde(default)]
    pub source: Option<String>,
}

/// The rating scale: its labels from the lowest level (1) to the highest.
/// Compared by address first (see `equality.rs`).
#[derive(Clone, Debug, Deserialize)]
pub struct Scale {
    pub labels: Vec<String>,
}

impl Default for Scale {
    fn default() -> Self {
        Scale {
            labels: [
                "Not skilled at all",
                "Beginning skill",
                "Moderate skill",
                "Advanced skill",
                "Expert skill",
            ]
            .iter()
            .map(|label| label.to_string())
            .collect(),
        }
    }
}

impl Scale {
    pub fn levels(&self) -> u8 {
        self.labels.len() as u8
    }

    /// The label of a level counted from 1, or `None` outside the scale.
    pub fn label(&self, level: u8) -> Option<&str> {
        let index = usize::from(level).checked_sub(1)?;
        self.labels.get(index).map(String::as_str)
    }
}

impl Category {
    /// "III. Shares lived experiences of recovery", or the bare title when unnumbered.
    pub fn numbered_title(&self) -> String {
        self.numbered(&self.title)
    }

    /// "III. Lived experience": the short title with the number.
    pub fn numbered_short_title(&self) -> String {
        self.numbered(&self.short_title)
    }

    fn numbered(&self, title: &str) -> String {
        match &self.number {
            Some(number) => format!("{number}. {title}"),
            None => title.to_string(),
        }
    }
}

impl CompetencySet {
    pub fn competency_count(&self) -> usize {
        self.categories.iter().map(|c| c.competencies.len()).sum()
    }

    pub fn competencies(&self) -> impl Iterator<Item = (&Category, &Competency)> {
        self.categories
            .iter()
            .flat_map(|category| category.competencies.iter().map(move |c| (category, c)))
    }

    pub fn category_index(&self, category_id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == category_id)
    }

    /// The set with the text of `language` where it has a translation; the same ids and scale
    /// size. `None` when the set has no such translation.
    pub fn translated(&self, language: &str) -> Option<CompetencySet> {
        let translation = self.translations.get(language)?;
        let mut set = self.clone();
        set.translations = BTreeMap::new();
        set.translation_note = translation.translation_note.clone();
        let replace = |target: &mut String, with: &Option<String>| {
            if let Some(text) = with.as_ref().filter(|t| !t.trim().is_empty()) {
                *target = text.clone();
            }
        };
        replace(&mut set.title, &translation.title);
        replace(&mut set.short_title, &translation.short_title);
        replace(&mut set.source, &translation.source);
        if let Some(scale) = translation
            .scale
            .as_ref()
            .filter(|s| s.labels.len() == set.scale.labels.len())
        {
            set.scale = scale.clone();
        }
        for category in &mut set.categories {
            if let Some(t) = translation.categories.get(&category.id) {
                replace(&mut category.title, &t.title);
                replace(&mut category.short_title, &t.short_title);
                replace(&mut category.description, &t.description);
            }
            for competency in &mut category.competencies {
                replace(
                    &mut competency.text,
                    &translation.competencies.get(&competency.id).cloned(),
                );
            }
        }
        Some(set)
    }

    /// Checks what the rest of the widget relies on: ids present and unique, a usable scale.
    pub fn check(&self) -> Result<(), String> {
        if self.id.trim().is_empty() {
            return Err("the set has no id".into());
        }
        if self.categories.is_empty() {
            return Err("the set has no categories".into());
        }
        if !(2..=10).contains(&self.scale.labels.len()) {
            return Err("the scale must have 2 to 10 levels".into());
        }
        let mut category_ids = HashSet::new();
        let mut competency_ids = HashSet::new();
        for (ci, category) in self.categories.iter().enumerate() {
            if category.id.trim().is_empty() || !category_ids.insert(category.id.as_str()) {
                return Err(format!("categories[{ci}]: missing or repeated id"));
            }
            if category.competencies.is_empty() {
                return Err(format!("categories[{ci}]: no competencies"));
            }
            for (ki, competency) in category.competencies.iter().enumerate() {
                if competency.id.trim().is_empty() || !competency_ids.insert(competency.id.as_str())
                {
                    return Err(format!(
                        "categories[{ci}].competencies[{ki}]: missing or repeated id"
                    ));
                }
                if competency.text.trim().is_empty() {
                    return Err(format!("categories[{ci}].competencies[{ki}]: no text"));
                }
            }
        }
        for (language, translation) in &self.translations {
            if let Some(id) = translation
                .categories
                .keys()
                .find(|id| !category_ids.contains(id.as_str()))
            {
                return Err(format!(
                    "translations.{language}.categories.{id}: no category with this id"
                ));
            }
            if let Some(id) = translation
                .competencies
                .keys()
                .find(|id| !competency_ids.contains(id.as_str()))
            {
                return Err(format!(
                    "translations.{language}.competencies.{id}: no competency with this id"
                ));
            }
            if let Some(scale) = &translation.scale {
                if scale.labels.len() != self.scale.labels.len() {
                    return Err(format!(
                        "translations.{language}.scale: {} labels, but the scale has {}",
                        scale.labels.len(),
                        self.scale.labels.len()
                    ));
                }
            }
        }
        Ok(())
    }
}
