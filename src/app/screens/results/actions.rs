//! What can be done with results, together near the top: keep them in the history (for the
//! assessment in progress), share them anonymously with a workshop's facilitator, print them,
//! download them as CSV. The shared code opens below the buttons.

use super::share::share_panel;
use crate::app::edge::{clock, files, page};
use crate::app::state::{use_dispatch, use_page_facts};
use crate::app::text::use_text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::csv_export::{assessment_csv, CsvWords};
use crate::core::session::Action;
use crate::core::share_code::CodeKind;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultActionsProps {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    /// The day the results are of, for the CSV file's name and the shared code.
    pub date: AttrValue,
    /// Offer "Finish and keep these results".
    pub can_finish: bool,
    /// Offer "Share anonymously with the facilitator" (the person's own ratings).
    pub can_share: bool,
}

#[function_component(ResultActions)]
pub fn result_actions(props: &ResultActionsProps) -> Html {
    let t = use_text();
    let dispatch = use_dispatch();
    let facts = use_page_facts();
    let sharing = use_state_eq(|| false);
    let finish =
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::Finish { at: clock::now() }));
    let toggle_share = {
        let sharing = sharing.clone();
        Callback::from(move |_: MouseEvent| sharing.set(!*sharing))
    };
    let print = Callback::from(|_: MouseEvent| page::print());
    let download_csv = {
        let (set, answers, date) = (props.set, props.answers.clone(), props.date.clone());
        Callback::from(move |_: MouseEvent| {
            let words = CsvWords {
                header: t.csv_header,
                not_applicable: t.not_applicable,
                not_answered: t.not_answered,
            };
            let csv = assessment_csv(set, &answers, &words);
            let name = format!("peer-assessment-{}-{date}.csv", set.id);
            files::download(&name, "text/csv;charset=utf-8", &csv);
        })
    };
    let share_kind = CodeKind::Participant;
    html! {
        <div class="pa-result-actions pa-no-print">
            <div class="pa-button-row pa-toolbar">
                if props.can_finish {
                    <button type="button" class="pa-button pa-primary" onclick={finish}>
                        { t.finish }
                    </button>
                }
                if props.can_share {
                    <button type="button" class="pa-button pa-secondary"
                        aria-expanded={sharing.to_string()} onclick={toggle_share}>
                        { t.share_button }
                    </button>
                }
                <button type="button" class="pa-button pa-secondary" onclick={print}>
                    { t.print }
                </button>
                <button type="button" class="pa-button pa-secondary" onclick={download_csv}>
                    { t.download_csv }
                </button>
            </div>
            if props.can_share && *sharing {
                { share_panel(t, share_kind, props.set, &props.answers, &props.date,
                    facts.address_for(share_kind)) }
            }
            if props.can_finish {
                <p class="pa-hint">{ t.finish_hint }</p>
            }
        </div>
    }
}
