//! The printed report's opening facts: whose results (a line to write the name on, or the
//! person rated), which set, when, and rated by whom. Shown in print only; the screen says the
//! same in its heading and report line.

use crate::app::text::Text;

use yew::prelude::*;

pub struct ReportFacts<'a> {
    /// The person rated, when known (a rating of someone else); otherwise a line to write on.
    pub person: Option<&'a str>,
    pub set_title: &'a str,
    /// A timestamp or a date.
    pub when: &'a str,
    /// Who rated, in words; `None` leaves a line to write on.
    pub rated_by: Option<String>,
}

impl ReportFacts<'_> {
    pub fn view(&self, t: &Text) -> Html {
        let value = |text: Option<&str>| match text {
            Some(text) => html! { <dd>{ text.to_string() }</dd> },
            None => html! { <dd class="pa-write-in"></dd> },
        };
        html! {
            <dl class="pa-report-facts pa-print-only">
                <dt>{ t.report_person }</dt>
                { value(self.person.filter(|p| !p.trim().is_empty())) }
                <dt>{ t.report_set }</dt>
                { value(Some(self.set_title)) }
                <dt>{ t.report_when }</dt>
                { value(Some(&t.when(self.when))) }
                <dt>{ t.report_rated_by }</dt>
                { value(self.rated_by.as_deref()) }
            </dl>
        }
    }
}
