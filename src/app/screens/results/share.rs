//! A rating as a short code, a link that carries the code after `#` (never sent to a server),
//! and a QR code of that link: a participant's own ratings for a workshop's facilitator (offered
//! with the other actions on results), or a supervisor's rating for the person rated.

use crate::app::state::use_page_facts;
use crate::app::text::{use_text, Text};
use crate::core::assessment::Answers;
use crate::core::competency_set::CompetencySet;
use crate::core::qr::{qr_for, svg_path};
use crate::core::share_code::{day_from_date, display_form, encode, fragment_for, CodeKind};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareSectionProps {
    pub set: &'static CompetencySet,
    pub answers: Answers,
    /// "YYYY-MM-DD" the ratings are dated with (only the day is carried).
    pub date: AttrValue,
    #[prop_or(CodeKind::Participant)]
    pub kind: CodeKind,
}

#[function_component(ShareSection)]
pub fn share_section(props: &ShareSectionProps) -> Html {
    let t = use_text();
    let facts = use_page_facts();
    let open = use_state_eq(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let button = match props.kind {
        CodeKind::Participant => t.share_button,
        _ => t.supervisor_code_button,
    };
    html! {
        <section class="pa-no-print">
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-secondary"
                    aria-expanded={open.to_string()} onclick={toggle}>{ button }</button>
            </div>
            if *open {
                { share_panel(t, props.kind, props.set, &props.answers, &props.date,
                    facts.address_for(props.kind)) }
            }
        </section>
    }
}

/// The code of `answers` with its QR code and link.
pub fn share_panel(
    t: &Text,
    kind: CodeKind,
    set: &CompetencySet,
    answers: &Answers,
    date: &str,
    address: &str,
) -> Html {
    let intro = match kind {
        CodeKind::Participant => t.share_intro,
        _ => t.supervisor_code_intro,
    };
    let day = day_from_date(date).unwrap_or(0);
    let code = encode(kind, set, answers, day);
    let link = format!("{address}{}", fragment_for(&code));
    let qr = qr_for(&link);
    html! {
        <div class="pa-share" role="region" aria-label={t.share_region}>
            <p>{ intro }</p>
            if let Some(matrix) = qr {
                <svg class="pa-qr" viewBox={format!("0 0 {0} {0}", matrix.view_box_size())}
                    role="img" aria-label={t.qr_label} shape-rendering="crispEdges">
                    <rect width="100%" height="100%" fill="#fff" />
                    <path d={svg_path(&matrix)} />
                </svg>
            }
            <p>{ t.share_code_label }</p>
            <p class="pa-code" data-code={code.clone()}>{ display_form(&code) }</p>
            <p>{ t.share_link_label }</p>
            <p class="pa-link">{ link }</p>
        </div>
    }
}
