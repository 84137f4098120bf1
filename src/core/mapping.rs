//! Correspondences between two competency sets (e.g. the 2015 set and the draft revision), so a
//! person's history stays comparable when an agency moves from one set to the other.

use super::assessment::Answers;
use super::competency_set::find_set;
use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct SetRef {
    pub set_id: String,
    pub version: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// The same wording.
    Same,
    /// The same competency, reworded.
    Revised,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Pair {
    pub from: String,
    pub to: String,
    pub relation: Relation,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Mapping {
    pub from: SetRef,
    pub to: SetRef,
    #[serde(default)]
    pub note: String,
    pub pairs: Vec<Pair>,
}

const BUILT_IN: [&str; 1] = [include_str!(
    "../../sets/mappings/samhsa-2015--samhsa-draft-family-youth.json"
)];

pub fn built_in_mappings() -> &'static [Mapping] {
    static MAPPINGS: OnceLock<Vec<Mapping>> = OnceLock::new();
    MAPPINGS.get_or_init(|| {
        BUILT_IN
            .iter()
            .map(|m| {
                let value = serde_json::from_str(m).expect("built-in mapping is valid JSON");
                serde_json::from_value(value).expect("built-in mapping is a mapping")
            })
            .collect()
    })
}

/// Answers given on `from_set` carried over to `to_set` through a mapping in either direction;
/// `None` when no mapping joins the two. Competencies without a counterpart are left out.
pub fn map_answers(from_set: &str, to_set: &str, answers: &Answers) -> Option<Answers> {
    if from_set == to_set {
        return Some(answers.clone());
    }
    let mapping = built_in_mappings().iter().find(|m| {
        (m.from.set_id == from_set && m.to.set_id == to_set)
            || (m.from.set_id == to_set && m.to.set_id == from_set)
    })?;
    let forward = mapping.from.set_id == from_set;
    let target = find_set(to_set)?;
    let mut mapped = Answers::new(target);
    for pair in &mapping.pairs {
        let (source, destination) = if forward {
            (&pair.from, &pair.to)
        } else {
            (&pair.to, &pair.from)
        };
        if let Some(rating) = answers.rating(source) {
            mapped.ratings.insert(destination.clone(), rating);
        }
        let note = answers.note(source);
        if !note.is_empty() {
            mapped.notes.insert(destination.clone(), note.to_string());
        }
    }
    Some(mapped)
}

/// How many competencies of the two sets correspond, if a mapping joins them.
pub fn corresponding(a: &str, b: &str) -> Option<usize> {
    built_in_mappings()
        .iter()
        .find(|m| {
            (m.from.set_id == a && m.to.set_id == b) || (m.from.set_id == b && m.to.set_id == a)
        })
        .map(|m| m.pairs.len())
}
