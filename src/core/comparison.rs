//! Two sets of answers to the same competency set side by side: a baseline and a later
//! assessment, or a person's own rating and someone else's. Both are kept as given; nothing is
//! averaged.

use super::assessment::Answers;
use super::competency_set::{Category, Competency, CompetencySet};
use super::rating::Rating;
use super::scoring::{score_category, summarize};

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryChange<'a> {
    pub category: &'a Category,
    pub first: Option<f64>,
    pub second: Option<f64>,
}

impl CategoryChange<'_> {
    /// Second minus first, when both are rated.
    pub fn change(&self) -> Option<f64> {
        Some(self.second? - self.first?)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyChange<'a> {
    pub category: &'a Category,
    pub competency: &'a Competency,
    pub first: Option<Rating>,
    pub second: Option<Rating>,
}

impl CompetencyChange<'_> {
    /// Second level minus first level, when both are levels.
    pub fn change(&self) -> Option<i16> {
        let first = self.first?.level()?;
        let second = self.second?.level()?;
        Some(i16::from(second) - i16::from(first))
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Comparison<'a> {
    pub overall_first: Option<f64>,
    pub overall_second: Option<f64>,
    pub categories: Vec<CategoryChange<'a>>,
    pub competencies: Vec<CompetencyChange<'a>>,
}

pub fn compare<'a>(set: &'a CompetencySet, first: &Answers, second: &Answers) -> Comparison<'a> {
    Comparison {
        overall_first: summarize(set, first).overall_mean,
        overall_second: summarize(set, second).overall_mean,
        categories: set
            .categories
            .iter()
            .map(|category| CategoryChange {
                category,
                first: score_category(category, first).mean,
                second: score_category(category, second).mean,
            })
            .collect(),
        competencies: set
            .competencies()
            .map(|(category, competency)| CompetencyChange {
                category,
                competency,
                first: first.rating(&competency.id),
                second: second.rating(&competency.id),
            })
            .collect(),
    }
}

/// Where a person's own rating and someone else's differ by at least one level.
#[derive(Clone, Debug, PartialEq)]
pub struct Gaps<'a> {
    /// The person rates themself higher than the other rater.
    pub self_higher: Vec<CompetencyChange<'a>>,
    /// The person rates themself lower than the other rater.
    pub self_lower: Vec<CompetencyChange<'a>>,
}

/// `comparison` must have the person's own rating first and the other rater's second.
/// Items are listed largest gap first; ties keep the order of the set.
pub fn gaps<'a>(comparison: &Comparison<'a>) -> Gaps<'a> {
    let mut self_higher: Vec<CompetencyChange> = comparison
        .competencies
        .iter()
        .filter(|c| c.change().is_some_and(|d| d <= -1))
        .cloned()
        .collect();
    let mut self_lower: Vec<CompetencyChange> = comparison
        .competencies
        .iter()
        .filter(|c| c.change().is_some_and(|d| d >= 1))
        .cloned()
        .collect();
    self_higher.sort_by_key(|c| c.change());
    self_lower.sort_by_key(|c| std::cmp::Reverse(c.change()));
    Gaps {
        self_higher,
        self_lower,
    }
}

/// A change to one decimal place with its sign: "+0.5", "−1.0" (a true minus sign), "0.0",
/// or "—" when either side is not rated.
pub fn format_change(change: Option<f64>) -> String {
    match change {
        None => "—".to_string(),
        Some(value) => {
            let rounded = (value * 10.0).round() / 10.0;
            if rounded > 0.0 {
                format!("+{rounded:.1}")
            } else if rounded < 0.0 {
                format!("−{:.1}", -rounded)
            } else {
                "0.0".to_string()
            }
        }
    }
}

/// A whole-level change: "+2", "−1", "0", or "—".
pub fn format_level_change(change: Option<i16>) -> String {
    match change {
        None => "—".to_string(),
        Some(value) if value > 0 => format!("+{value}"),
        Some(value) if value < 0 => format!("−{}", -value),
        Some(_) => "0".to_string(),
    }
}
