//! Strengths and growth areas in words: the highest and lowest categories by mean, and the
//! highest and lowest rated competencies.

use crate::app::text::Text;
use crate::app::widgets::{Highlight, HighlightBlock};
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::scoring::{highlights, CategoryScore, CompetencyScore};
use yew::prelude::*;

pub fn strengths_and_growth(t: &Text, set: &CompetencySet, answers: &Answers) -> Html {
    let found = highlights(set, answers, 3);
    let categories = |scores: &[CategoryScore]| -> Option<String> {
        let names: Vec<String> = scores
            .iter()
            .map(|s| format!("{} ({})", s.category.numbered_short_title(), t.mean(s.mean)))
            .collect();
        (!names.is_empty()).then(|| names.join(", "))
    };
    let items = |scores: &[CompetencyScore]| -> Vec<Highlight> {
        let item = |s: &CompetencyScore| Highlight {
            key: s.competency.id.clone(),
            text: s.competency.text.clone(),
            detail: format!(
                " — {} ({})",
                t.rating(s.rating, &set.scale),
                s.category.numbered_short_title()
            ),
        };
        scores.iter().map(item).collect()
    };
    let (strongest, growth) = (
        items(&found.strongest_competencies),
        items(&found.growth_competencies),
    );
    let strengths = HighlightBlock {
        heading_id: "pa-strengths-heading",
        heading: t.strengths_heading,
        empty: t.no_strengths,
        categories: categories(&found.strongest_categories).map(|list| t.highest_categories(&list)),
        lead: t.highest_competencies,
        items: &strongest,
    };
    let growth = HighlightBlock {
        heading_id: "pa-growth-heading",
        heading: t.growth_heading,
        empty: t.no_growth,
        categories: categories(&found.growth_categories).map(|list| t.growth_categories(&list)),
        lead: t.lowest_competencies,
        items: &growth,
    };
    html! {
        <div class="pa-highlights">
            { strengths.view() }
            { growth.view() }
        </div>
    }
}
