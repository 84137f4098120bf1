//! The room's profile in one round: per category the mean of everyone's category means (with
//! the lowest and highest), per competency how many chose each level, and the lowest rated
//! competencies as suggested training topics.

use crate::core::assessment::Answers;
use crate::core::competency_set::{Category, Competency, CompetencySet};
use crate::core::rating::Rating;
use crate::core::scoring::{mean, score_category};

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
