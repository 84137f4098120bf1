//! Means per category and overall, and the strengths and growth areas named in the results.
//! "Not applicable" and unanswered items are left out of every mean; a category with nothing
//! rated has no mean (shown as "not rated"), never 0.

use super::assessment::Answers;
use super::competency_set::{Category, Competency, CompetencySet};
use super::rating::Rating;

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryScore<'a> {
    pub category: &'a Category,
    /// Mean of the rated levels, or `None` when nothing in the category is rated.
    pub mean: Option<f64>,
    pub rated: usize,
    pub not_applicable: usize,
    pub unanswered: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyScore<'a> {
    pub category: &'a Category,
    pub competency: &'a Competency,
    pub rating: Option<Rating>,
}

impl CompetencyScore<'_> {
    pub fn level(&self) -> Option<u8> {
        self.rating.and_then(Rating::level)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Summary<'a> {
    pub categories: Vec<CategoryScore<'a>>,
    /// Mean of every rated competency in the set.
    pub overall_mean: Option<f64>,
    pub answered: usize,
    pub total: usize,
}

impl Summary<'_> {
    pub fn is_partial(&self) -> bool {
        self.answered < self.total
    }
}

pub fn mean(levels: impl IntoIterator<Item = u8>) -> Option<f64> {
    let (sum, count) = levels
        .into_iter()
        .fold((0u32, 0u32), |(sum, count), level| {
            (sum + u32::from(level), count + 1)
        });
    (count > 0).then(|| f64::from(sum) / f64::from(count))
}

pub fn score_category<'a>(category: &'a Category, answers: &Answers) -> CategoryScore<'a> {
    let ratings: Vec<Option<Rating>> = category
        .competencies
        .iter()
        .map(|c| answers.rating(&c.id))
        .collect();
    let levels: Vec<u8> = ratings
        .iter()
        .filter_map(|r| r.and_then(Rating::level))
        .collect();
    CategoryScore {
        category,
        mean: mean(levels.iter().copied()),
        rated: levels.len(),
        not_applicable: ratings
            .iter()
            .filter(|r| **r == Some(Rating::NotApplicable))
            .count(),
        unanswered: ratings.iter().filter(|r| r.is_none()).count(),
    }
}

pub fn summarize<'a>(set: &'a CompetencySet, answers: &Answers) -> Summary<'a> {
    let levels = set
        .competencies()
        .filter_map(|(_, c)| answers.rating(&c.id).and_then(Rating::level));
    Summary {
        categories: set
            .categories
            .iter()
            .map(|c| score_category(c, answers))
            .collect(),
        overall_mean: mean(levels),
        answered: answers.answered_count(set),
        total: set.competency_count(),
    }
}

pub fn competency_scores<'a>(
    category: &'a Category,
    answers: &Answers,
) -> Vec<CompetencyScore<'a>> {
    category
        .competencies
        .iter()
        .map(|competency| CompetencyScore {
            category,
            competency,
            rating: answers.rating(&competency.id),
        })
        .collect()
}

/// Strengths and growth areas, in the order they are listed to the person.
#[derive(Clone, Debug, PartialEq)]
pub struct Highlights<'a> {
    pub strongest_categories: Vec<CategoryScore<'a>>,
    pub growth_categories: Vec<CategoryScore<'a>>,
    pub strongest_competencies: Vec<CompetencyScore<'a>>,
    pub growth_competencies: Vec<CompetencyScore<'a>>,
}

/// Picks up to `limit` of the highest and of the lowest rated categories and competencies.
/// Nothing is listed as both a strength and a growth area: when every rated item has the same
/// level there is neither, and ties keep the order of the set.
pub fn highlights<'a>(set: &'a CompetencySet, answers: &Answers, limit: usize) -> Highlights<'a> {
    let rated_categories: Vec<CategoryScore> = set
        .categories
        .iter()
        .map(|c| score_category(c, answers))
        .filter(|s| s.mean.is_some())
        .collect();
    let (strongest_categories, growth_categories) =
        split_extremes(rated_categories, |s| s.mean.unwrap_or_default(), limit);

    let rated_competencies: Vec<CompetencyScore> = set
        .categories
        .iter()
        .flat_map(|c| competency_scores(c, answers))
        .filter(|s| s.level().is_some())
        .collect();
    let (strongest_competencies, growth_competencies) = split_extremes(
        rated_competencies,
        |s| f64::from(s.level().unwrap_or_default()),
        limit,
    );

    Highlights {
        strongest_categories,
        growth_categories,
        strongest_competencies,
        growth_competencies,
    }
}

/// Highest first and lowest first, each at most `limit` long, never overlapping, and never
/// including an item whose value equals the other end (so equal values are neither).
/// Sorting is stable, so ties keep the order of the set.
fn split_extremes<T: Clone>(
    items: Vec<T>,
    value: impl Fn(&T) -> f64,
    limit: usize,
) -> (Vec<T>, Vec<T>) {
    const EPSILON: f64 = 1e-9;
    let values: Vec<f64> = items.iter().map(value).collect();
    let (Some(max), Some(min)) = (
        values.iter().copied().reduce(f64::max),
        values.iter().copied().reduce(f64::min),
    ) else {
        return (Vec::new(), Vec::new());
    };
    if max - min < EPSILON {
        return (Vec::new(), Vec::new());
    }
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&a, &b| values[b].total_cmp(&values[a]));
    let high: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| values[i] > min + EPSILON)
        .take(limit)
        .collect();
    order.sort_by(|&a, &b| values[a].total_cmp(&values[b]));
    let low: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&i| values[i] < max - EPSILON && !high.contains(&i))
        .take(limit)
        .collect();
    let pick = |indices: Vec<usize>| indices.into_iter().map(|i| items[i].clone()).collect();
    (pick(high), pick(low))
}

/// A mean shown to one decimal place (halves round up: 3.25 shows as 3.3), or "not rated".
pub fn format_mean(mean: Option<f64>) -> String {
    match mean {
        Some(value) => format!("{:.1}", (value * 10.0).round() / 10.0),
        None => "not rated".to_string(),
    }
}
