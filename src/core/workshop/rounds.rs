//! Two rounds of a workshop compared as groups (codes are anonymous: nobody is paired across
//! rounds): per category and per competency each round's mean, the change, how many people; the
//! competencies that moved most and least; and every round as CSV.

use super::group::{summarize_group, GroupCompetency, GroupSummary};
use super::Workshop;
use crate::core::competency_set::{Category, Competency, CompetencySet};

#[derive(Clone, Debug, PartialEq)]
pub struct CategoryChange<'a> {
    pub category: &'a Category,
    pub first: Option<f64>,
    pub second: Option<f64>,
    /// Second minus first, when both have a mean.
    pub change: Option<f64>,
    /// People who rated anything in the category, in each round.
    pub rated_by: (usize, usize),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CompetencyChange<'a> {
    pub category: &'a Category,
    pub competency: &'a Competency,
    pub first: GroupCompetency<'a>,
    pub second: GroupCompetency<'a>,
    pub change: Option<f64>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct RoundComparison<'a> {
    /// People in each round.
    pub people: (usize, usize),
    pub categories: Vec<CategoryChange<'a>>,
    pub competencies: Vec<CompetencyChange<'a>>,
}

fn change(first: Option<f64>, second: Option<f64>) -> Option<f64> {
    Some(second? - first?)
}

/// Two groups' summaries of the same set compared.
pub fn compare_summaries<'a>(a: &GroupSummary<'a>, b: &GroupSummary<'a>) -> RoundComparison<'a> {
    let categories = a
        .categories
        .iter()
        .zip(&b.categories)
        .map(|(x, y)| CategoryChange {
            category: x.category,
            first: x.mean,
            second: y.mean,
            change: change(x.mean, y.mean),
            rated_by: (x.rated_by, y.rated_by),
        })
        .collect();
    let competencies = a
        .competencies
        .iter()
        .zip(&b.competencies)
        .map(|(x, y)| CompetencyChange {
            category: x.category,
            competency: x.competency,
            first: x.clone(),
            second: y.clone(),
            change: change(x.mean, y.mean),
        })
        .collect();
    RoundComparison {
        people: (a.participants, b.participants),
        categories,
        competencies,
    }
}

impl<'a> RoundComparison<'a> {
    /// Up to `limit` competencies with the largest change either way, largest first; ties keep
    /// the set's order.
    pub fn moved_most(&self, limit: usize) -> Vec<&CompetencyChange<'a>> {
        self.by_magnitude(limit, |x, y| y.total_cmp(&x))
    }

    /// Up to `limit` competencies with the smallest change either way, smallest first.
    pub fn moved_least(&self, limit: usize) -> Vec<&CompetencyChange<'a>> {
        self.by_magnitude(limit, |x, y| x.total_cmp(&y))
    }

    fn by_magnitude(
        &self,
        limit: usize,
        order: impl Fn(f64, f64) -> std::cmp::Ordering,
    ) -> Vec<&CompetencyChange<'a>> {
        let mut changed: Vec<&CompetencyChange> = self
            .competencies
            .iter()
            .filter(|c| c.change.is_some())
            .collect();
        changed.sort_by(|x, y| order(magnitude(x), magnitude(y)));
        changed.into_iter().take(limit).collect()
    }

    /// The category whose mean rose most (the first of equals), if any rose.
    pub fn rose_most(&self) -> Option<&CategoryChange<'a>> {
        self.furthest(1.0)
    }

    /// The category whose mean fell most (the first of equals), if any fell.
    pub fn fell_most(&self) -> Option<&CategoryChange<'a>> {
        self.furthest(-1.0)
    }

    /// The category whose change times `sign` is largest and above zero (the first of equals).
    fn furthest(&self, sign: f64) -> Option<&CategoryChange<'a>> {
        let signed = |c: &CategoryChange| c.change.map(|d| d * sign);
        self.categories
            .iter()
            .filter(|c| signed(c).is_some_and(|d| d > 0.0))
            .fold(None, |best: Option<&CategoryChange>, c| match best {
                Some(b) if signed(b) >= signed(c) => Some(b),
                _ => Some(c),
            })
    }
}

fn magnitude(c: &CompetencyChange) -> f64 {
    c.change.map_or(0.0, f64::abs)
}

/// Every round as CSV: a row per competency and round with the count of each level, N/A,
/// unanswered, the mean and the people in the round. `header` names the fixed columns (round,
/// category, competency id, competency, N/A, unanswered, mean, people); level columns are
/// numbered. `round_names` names each round.
pub fn rounds_csv(
    set: &CompetencySet,
    workshop: &Workshop,
    round_names: &[String],
    header: [&str; 8],
) -> String {
    use crate::core::csv_export::cell;
    let levels = usize::from(set.scale.levels());
    let mut out = String::from("\u{feff}");
    let mut head: Vec<String> = header[..4].iter().map(|h| cell(h)).collect();
    head.extend((1..=levels).map(|l| l.to_string()));
    head.extend(header[4..].iter().map(|h| cell(h)));
    out.push_str(&head.join(","));
    out.push_str("\r\n");
    for (index, name) in round_names.iter().enumerate().take(workshop.rounds.len()) {
        let summary = summarize_group(set, &workshop.participants(index));
        for c in &summary.competencies {
            let mut row: Vec<String> = vec![
                cell(name),
                cell(c.category.number.as_deref().unwrap_or(&c.category.id)),
                cell(&c.competency.id),
                cell(&c.competency.text),
            ];
            row.extend(c.counts.iter().map(usize::to_string));
            row.push(c.not_applicable.to_string());
            row.push(c.unanswered.to_string());
            row.push(c.mean.map(|m| format!("{m:.2}")).unwrap_or_default());
            row.push(summary.participants.to_string());
            out.push_str(&row.join(","));
            out.push_str("\r\n");
        }
    }
    out
}
