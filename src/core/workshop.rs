//! A facilitator's workshop: anonymous participant codes collected on one device, and the
//! room's profile computed from them. No names, notes or times are ever part of it.

use super::assessment::Answers;
use super::competency_set::{find_set, Category, Competency, CompetencySet};
use super::rating::Rating;
use super::scoring::{mean, score_category};
use super::share_code::{decode, CodeError, CodeKind};
use serde::{Deserialize, Serialize};

/// The longest workshop name kept, in characters.
pub const NAME_MAX_CHARS: usize = 120;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workshop {
    pub name: String,
    pub set_id: String,
    /// "YYYY-MM-DD".
    pub started_on: String,
    /// The codes collected, canonical (upper case, no separators), in the order added.
    #[serde(default)]
    pub codes: Vec<String>,
}

/// Why a code was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The code itself is wrong (mistyped, damaged, another set or version).
    Code(CodeError),
    /// A supervisor's rating code, not a participant's.
    NotAParticipantCode,
    /// The code is for a different set than the workshop's.
    OtherSet { code_set: String },
    /// Exactly this code is already in the workshop (two people with identical answers on the
    /// same day give the same code; the facilitator may add it again on purpose).
    AlreadyAdded,
}

impl Workshop {
    pub fn new(name: &str, set_id: &str, started_on: &str) -> Self {
        Workshop {
            name: name.trim().chars().take(NAME_MAX_CHARS).collect(),
            set_id: set_id.to_string(),
            started_on: started_on.to_string(),
            codes: Vec::new(),
        }
    }

    pub fn set(&self) -> Option<&'static CompetencySet> {
        find_set(&self.set_id)
    }

    /// Checks a code for this workshop without adding it; returns its canonical form.
    pub fn check(&self, code: &str, allow_repeat: bool) -> Result<String, AddError> {
        let set = self.set().ok_or(AddError::Code(CodeError::UnknownSet))?;
        let all: Vec<&CompetencySet> = super::competency_set::built_in_sets().iter().collect();
        let shared = decode(code, &all).map_err(AddError::Code)?;
        if shared.kind != CodeKind::Participant {
            return Err(AddError::NotAParticipantCode);
        }
        if shared.set_id != set.id || shared.set_version != set.version {
            return Err(AddError::OtherSet {
                code_set: shared.set_id,
            });
        }
        let canonical =
            super::share_code::encode(CodeKind::Participant, set, &shared.answers(), shared.day);
        if !allow_repeat && self.codes.contains(&canonical) {
            return Err(AddError::AlreadyAdded);
        }
        Ok(canonical)
    }

    /// Adds a participant's code after checking it; nothing changes when it is refused.
    pub fn add(&mut self, code: &str, allow_repeat: bool) -> Result<(), AddError> {
        let canonical = self.check(code, allow_repeat)?;
        self.codes.push(canonical);
        Ok(())
    }

    /// Each participant's answers, decoded; codes that no longer read are skipped.
    pub fn participants(&self) -> Vec<Answers> {
        let Some(set) = self.set() else {
            return Vec::new();
        };
        self.codes
            .iter()
            .filter_map(|code| decode(code, &[set]).ok())
            .map(|s| s.answers())
            .collect()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupCategory<'a> {
    pub category: &'a Category,
    /// Mean over participants of each participant's category mean (everyone counts equally).
    pub mean: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Participants who rated anything in the category.
    pub rated_by: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupCompetency<'a> {
    pub category: &'a Category,
    pub competency: &'a Competency,
    /// How many chose each level, from level 1.
    pub counts: Vec<usize>,
    pub not_applicable: usize,
    pub unanswered: usize,
    pub mean: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GroupSummary<'a> {
    pub participants: usize,
    pub categories: Vec<GroupCategory<'a>>,
    pub competencies: Vec<GroupCompetency<'a>>,
}

impl<'a> GroupSummary<'a> {
    /// Up to `limit` competencies with the lowest group mean: suggested training topics.
    /// Ties keep the set's order; competencies nobody rated are left out.
    pub fn training_topics(&self, limit: usize) -> Vec<&GroupCompetency<'a>> {
        let mut rated: Vec<&GroupCompetency> = self
            .competencies
            .iter()
            .filter(|c| c.mean.is_some())
            .collect();
        rated.sort_by(|a, b| {
            a.mean
                .unwrap_or_default()
                .total_cmp(&b.mean.unwrap_or_default())
        });
        rated.into_iter().take(limit).collect()
    }
}

pub fn summarize_group<'a>(set: &'a CompetencySet, participants: &[Answers]) -> GroupSummary<'a> {
    let levels = usize::from(set.scale.levels());
    let categories = set
        .categories
        .iter()
        .map(|category| {
            let means: Vec<f64> = participants
                .iter()
                .filter_map(|a| score_category(category, a).mean)
                .collect();
            GroupCategory {
                category,
                mean: (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64),
                min: means.iter().copied().reduce(f64::min),
                max: means.iter().copied().reduce(f64::max),
                rated_by: means.len(),
            }
        })
        .collect();
    let competencies = set
        .competencies()
        .map(|(category, competency)| {
            let mut counts = vec![0; levels];
            let (mut not_applicable, mut unanswered) = (0, 0);
            for answers in participants {
                match answers.rating(&competency.id) {
                    Some(Rating::Level(level)) if usize::from(level) <= levels && level > 0 => {
                        counts[usize::from(level) - 1] += 1
                    }
                    Some(Rating::Level(_)) => {}
                    Some(Rating::NotApplicable) => not_applicable += 1,
                    None => unanswered += 1,
                }
            }
            let chosen = participants
                .iter()
                .filter_map(|a| a.rating(&competency.id).and_then(Rating::level));
            GroupCompetency {
                category,
                competency,
                counts,
                not_applicable,
                unanswered,
                mean: mean(chosen),
            }
        })
        .collect();
    GroupSummary {
        participants: participants.len(),
        categories,
        competencies,
    }
}

/// The group's results as CSV: a row per competency with the count of each level, N/A,
/// unanswered and the mean. `header` names the fixed columns; level columns are numbered.
pub fn group_csv(summary: &GroupSummary, header: [&str; 6]) -> String {
    use super::csv_export::cell;
    let levels = summary
        .competencies
        .first()
        .map(|c| c.counts.len())
        .unwrap_or(0);
    let mut out = String::from("\u{feff}");
    let mut head: Vec<String> = vec![cell(header[0]), cell(header[1]), cell(header[2])];
    head.extend((1..=levels).map(|l| l.to_string()));
    head.extend([cell(header[3]), cell(header[4]), cell(header[5])]);
    out.push_str(&head.join(","));
    out.push_str("\r\n");
    for c in &summary.competencies {
        let mut row: Vec<String> = vec![
            cell(c.category.number.as_deref().unwrap_or(&c.category.id)),
            cell(&c.competency.id),
            cell(&c.competency.text),
        ];
        row.extend(c.counts.iter().map(usize::to_string));
        row.push(c.not_applicable.to_string());
        row.push(c.unanswered.to_string());
        row.push(c.mean.map(|m| format!("{m:.2}")).unwrap_or_default());
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}
