//! What can be done with results: keep them in the history (for the assessment in progress),
//! print them, download them as CSV.

use crate::app::edge::{clock, files, page};
use crate::app::state::Dispatch;
use crate::app::text::Text;
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::csv_export::{assessment_csv, CsvWords};
use crate::core::session::Action;
use yew::prelude::*;

pub struct Toolbar {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    /// The day the results are of, for the CSV file's name.
    pub date: AttrValue,
    /// Offer "Finish and keep these results".
    pub can_finish: bool,
}

impl Toolbar {
    pub fn view(self, t: &'static Text, dispatch: &Dispatch) -> Html {
        let props = self;
        let dispatch = dispatch.clone();
        let finish = Callback::from(move |_: MouseEvent| {
            dispatch.dispatch(Action::Finish { at: clock::now() })
        });
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
        html! {
            <>
                <div class="pa-button-row pa-toolbar">
                    if props.can_finish {
                        <button type="button" class="pa-button pa-primary" onclick={finish}>
                            { t.finish }
                        </button>
                    }
                    <button type="button" class="pa-button pa-secondary" onclick={print}>
                        { t.print }
                    </button>
                    <button type="button" class="pa-button pa-secondary" onclick={download_csv}>
                        { t.download_csv }
                    </button>
                </div>
                if props.can_finish {
                    <p class="pa-hint pa-no-print">{ t.finish_hint }</p>
                }
            </>
        }
    }
}
