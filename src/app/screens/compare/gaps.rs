//! Where a person's own rating and someone else's differ by a level or more, in words.

use crate::app::text::Text;
use crate::app::widgets::{highlight_list, Highlight};
use crate::core::comparison::{CompetencyChange, Gaps};
use crate::core::competency_set::Scale;
use crate::core::history::RaterRole;
use yew::prelude::*;

pub fn gap_section(t: &Text, found: &Gaps, role: RaterRole, scale: &Scale) -> Html {
    let list = |items: &[CompetencyChange]| {
        let items: Vec<Highlight> = items
            .iter()
            .map(|c| Highlight {
                key: c.competency.id.clone(),
                text: c.competency.text.clone(),
                detail: t.gap_detail(&t.rating(c.first, scale), &t.rating(c.second, scale), role),
            })
            .collect();
        highlight_list(&items, false)
    };
    html! {
        <section class="pa-highlights pa-gaps" aria-labelledby="pa-gaps-heading">
            <h3 id="pa-gaps-heading">{ t.gaps_heading }</h3>
            if found.self_higher.is_empty() && found.self_lower.is_empty() {
                <p>{ t.no_gaps(role) }</p>
            }
            if !found.self_higher.is_empty() {
                <p>{ t.self_higher(role) }</p>
                { list(&found.self_higher) }
            }
            if !found.self_lower.is_empty() {
                <p>{ t.self_lower(role) }</p>
                { list(&found.self_lower) }
            }
        </section>
    }
}
