//! Competencies named in words: a list of them with a detail each (strengths, growth areas,
//! gaps between two raters, a workshop's training topics), and a headed block of such a list.

use yew::prelude::*;

/// One competency in a list, with what is said of it ("— 4 · Advanced skill (1. Engaging)").
#[derive(Clone, Debug, PartialEq)]
pub struct Highlight {
    pub key: String,
    pub text: String,
    pub detail: String,
}

/// The competencies as a list; numbered when their order is a ranking.
pub fn highlight_list(items: &[Highlight], numbered: bool) -> Html {
    let items = items.iter().map(|item| {
        html! {
            <li key={item.key.clone()}>
                { &item.text }
                <span class="pa-highlight-level">{ &item.detail }</span>
            </li>
        }
    });
    if numbered {
        html! { <ol class="pa-highlight-list">{ for items }</ol> }
    } else {
        html! { <ul class="pa-highlight-list">{ for items }</ul> }
    }
}

/// A headed part of the highlights: a sentence about categories, then a lead-in and the list.
pub struct HighlightBlock<'a> {
    pub heading_id: &'static str,
    pub heading: &'static str,
    /// Shown when there is nothing to name.
    pub empty: &'static str,
    pub categories: Option<String>,
    pub lead: &'static str,
    pub items: &'a [Highlight],
}

impl HighlightBlock<'_> {
    pub fn view(&self) -> Html {
        html! {
            <section aria-labelledby={self.heading_id}>
                <h3 id={self.heading_id}>{ self.heading }</h3>
                if self.categories.is_none() && self.items.is_empty() {
                    <p>{ self.empty }</p>
                }
                if let Some(categories) = &self.categories {
                    <p>{ categories }</p>
                }
                if !self.items.is_empty() {
                    <p>{ self.lead }</p>
                    { highlight_list(self.items, false) }
                }
            </section>
        }
    }
}
