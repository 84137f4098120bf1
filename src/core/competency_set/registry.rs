//! The sets this page knows: built in, and registered while it runs; and their translations.

use super::CompetencySet;
use std::sync::{Mutex, OnceLock};

/// The id of the set a person starts with.
pub const DEFAULT_SET_ID: &str = "samhsa-2015";

const BUILT_IN_SOURCES: [&str; 2] = [
    include_str!("../../../sets/samhsa-2015.json"),
    include_str!("../../../sets/samhsa-draft-family-youth.json"),
];

/// The sets compiled into the widget, parsed once.
pub fn built_in_sets() -> &'static [CompetencySet] {
    static SETS: OnceLock<Vec<CompetencySet>> = OnceLock::new();
    SETS.get_or_init(|| {
        BUILT_IN_SOURCES
            .iter()
            .map(|source| {
                let value = serde_json::from_str(source).expect("built-in set is valid JSON");
                serde_json::from_value(value).expect("built-in set is a set")
            })
            .collect()
    })
}

/// Sets loaded while the page runs (an agency's own), in the order loaded.
static CUSTOM_SETS: Mutex<Vec<&'static CompetencySet>> = Mutex::new(Vec::new());

/// Makes a checked set findable by id for the life of the page; a set with the same id and
/// version as one already known is not added twice. Built-in ids cannot be replaced.
pub fn register_set(set: CompetencySet) -> Result<&'static CompetencySet, String> {
    set.check()?;
    if let Some(known) = find_set(&set.id) {
        if built_in_sets().iter().any(|b| b.id == set.id) {
            return Err(format!("id: \"{}\" is the id of a built-in set", set.id));
        }
        if known.version == set.version && *known == set {
            return Ok(known);
        }
    }
    let leaked: &'static CompetencySet = Box::leak(Box::new(set));
    let mut custom = CUSTOM_SETS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    custom.retain(|s| s.id != leaked.id);
    custom.push(leaked);
    Ok(leaked)
}

/// Every set this page knows: the built-in ones, then any registered.
pub fn all_sets() -> Vec<&'static CompetencySet> {
    let custom = CUSTOM_SETS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    built_in_sets()
        .iter()
        .chain(custom.iter().copied())
        .collect()
}

pub fn find_set(id: &str) -> Option<&'static CompetencySet> {
    if let Some(set) = built_in_sets().iter().find(|set| set.id == id) {
        return Some(set);
    }
    let custom = CUSTOM_SETS
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    custom.iter().copied().find(|set| set.id == id)
}

/// `set` in `language` when it has that translation, else `set` itself. Each translated set is
/// built once and kept for the life of the page.
pub fn localized(set: &'static CompetencySet, language: &str) -> &'static CompetencySet {
    static MADE: Mutex<Vec<(usize, String, &'static CompetencySet)>> = Mutex::new(Vec::new());
    if !set.translations.contains_key(language) {
        return set;
    }
    let key = set as *const CompetencySet as usize;
    let mut made = MADE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some((_, _, found)) = made.iter().find(|(k, l, _)| *k == key && l == language) {
        return found;
    }
    let translated: &'static CompetencySet = Box::leak(Box::new(
        set.translated(language).unwrap_or_else(|| set.clone()),
    ));
    made.push((key, language.to_string(), translated));
    translated
}

pub fn default_set() -> &'static CompetencySet {
    find_set(DEFAULT_SET_ID).expect("the default set is built in")
}
