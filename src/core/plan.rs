//! The development plan: competencies a person chooses to work on, each with a goal, steps,
//! supports, a target date and progress.

use super::assessment::Answers;
use super::competency_set::{Competency, CompetencySet};
use super::rating::Rating;
use serde::{Deserialize, Serialize};

/// The longest text kept in a plan field, in characters.
pub const PLAN_TEXT_MAX_CHARS: usize = 2000;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Progress {
    #[default]
    NotStarted,
    InProgress,
    Done,
}

impl Progress {
    pub const ALL: [Progress; 3] = [Progress::NotStarted, Progress::InProgress, Progress::Done];
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Support {
    Supervision,
    Training,
    Mentor,
}

impl Support {
    pub const ALL: [Support; 3] = [Support::Supervision, Support::Training, Support::Mentor];
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    pub set_id: String,
    pub competency_id: String,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub steps: String,
    #[serde(default)]
    pub supports: Vec<Support>,
    /// Any other support, in the person's words.
    #[serde(default)]
    pub other_support: String,
    /// "YYYY-MM-DD", or empty.
    #[serde(default)]
    pub target_date: String,
    #[serde(default)]
    pub progress: Progress,
}

/// One field of a plan item, as changed by the person.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    Goal(String),
    Steps(String),
    Support(Support, bool),
    OtherSupport(String),
    TargetDate(String),
    Progress(Progress),
}

impl PlanItem {
    pub fn new(set_id: &str, competency_id: &str) -> Self {
        PlanItem {
            set_id: set_id.to_string(),
            competency_id: competency_id.to_string(),
            ..PlanItem::default()
        }
    }

    pub fn edit(&mut self, edit: PlanEdit) {
        let bounded = |text: String| text.chars().take(PLAN_TEXT_MAX_CHARS).collect::<String>();
        match edit {
            PlanEdit::Goal(text) => self.goal = bounded(text),
            PlanEdit::Steps(text) => self.steps = bounded(text),
            PlanEdit::OtherSupport(text) => self.other_support = bounded(text),
            PlanEdit::TargetDate(date) => {
                if date.is_empty() || super::dates::parse_date(&date).is_some() && date.len() == 10
                {
                    self.target_date = date;
                }
            }
            PlanEdit::Progress(progress) => self.progress = progress,
            PlanEdit::Support(support, on) => {
                self.supports.retain(|s| *s != support);
                if on {
                    self.supports.push(support);
                    self.supports
                        .sort_by_key(|s| Support::ALL.iter().position(|x| x == s));
                }
            }
        }
    }
}

/// The items of `plan` that belong to `set`, in the set's order.
pub fn plan_for<'a>(plan: &'a [PlanItem], set: &CompetencySet) -> Vec<&'a PlanItem> {
    let mut items: Vec<&PlanItem> = plan.iter().filter(|item| item.set_id == set.id).collect();
    let position = |item: &PlanItem| {
        set.competencies()
            .position(|(_, c)| c.id == item.competency_id)
    };
    items.sort_by_key(|item| position(item).unwrap_or(usize::MAX));
    items
}

/// Up to `limit` competencies to suggest for the plan: the lowest rated first (ties in the set's
/// order), below the top of the scale, and not already in the plan.
pub fn suggestions<'a>(
    set: &'a CompetencySet,
    answers: &Answers,
    plan: &[PlanItem],
    limit: usize,
) -> Vec<&'a Competency> {
    let top = set.scale.levels();
    let mut rated: Vec<(u8, &Competency)> = set
        .competencies()
        .filter(|(_, c)| {
            !plan
                .iter()
                .any(|item| item.set_id == set.id && item.competency_id == c.id)
        })
        .filter_map(|(_, c)| match answers.rating(&c.id) {
            Some(Rating::Level(level)) if level < top => Some((level, c)),
            _ => None,
        })
        .collect();
    rated.sort_by_key(|(level, _)| *level);
    rated.into_iter().take(limit).map(|(_, c)| c).collect()
}
