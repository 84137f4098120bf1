//! The facilitator's workshop: start one, add participants' codes (typed, pasted or from a
//! scanned link), and see the room's profile: group means with their range, how many chose each
//! level, and the lowest-rated competencies as training topics.

use super::confirm_button::ConfirmButton;
use super::radar_chart::{RadarAxis, RadarChart};
use super::results_screen::chart_description;
use super::text::{use_text, Text};
use super::{browser, Dispatch};
use crate::core::competency_set::{built_in_sets, CompetencySet};
use crate::core::session::{Action, Session};
use crate::core::workshop::{group_csv, summarize_group, AddError, GroupSummary, Workshop};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkshopScreenProps {
    pub session: Session,
    pub dispatch: Dispatch,
    /// A code that arrived in a link, waiting for the facilitator to add it.
    #[prop_or_default]
    pub pending_code: Option<AttrValue>,
    #[prop_or_default]
    pub on_pending_done: Callback<()>,
}

#[derive(Clone, PartialEq)]
enum Message {
    Added,
    Refused(String),
    /// The same code is already in; offer to add it anyway.
    Repeat(String),
}

#[function_component(WorkshopScreen)]
pub fn workshop_screen(props: &WorkshopScreenProps) -> Html {
    let t = use_text();
    html! {
        <section class="pa-screen pa-workshop" aria-labelledby="pa-screen-heading">
            <h2 id="pa-screen-heading" tabindex="-1">{ t.workshop_heading }</h2>
            if let Some(workshop) = &props.session.workshop {
                <WorkshopPanel workshop={(**workshop).clone()} dispatch={props.dispatch.clone()}
                    pending_code={props.pending_code.clone()} on_pending_done={props.on_pending_done.clone()} />
            } else {
                <StartForm dispatch={props.dispatch.clone()} set_id={props.session.set_id.clone()} has_pending={props.pending_code.is_some()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct StartFormProps {
    dispatch: Dispatch,
    set_id: String,
    has_pending: bool,
}

#[function_component(StartForm)]
fn start_form(props: &StartFormProps) -> Html {
    let t = use_text();
    let name = use_node_ref();
    let set = use_node_ref();
    let start = {
        let (name, set, dispatch) = (name.clone(), set.clone(), props.dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let name = name.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            let set_id = set.cast::<HtmlSelectElement>().map(|s| s.value()).unwrap_or_default();
            dispatch.dispatch(Action::StartWorkshop { name, set_id, on: browser::today() });
        })
    };
    html! {
        <>
            <p>{ t.workshop_intro }</p>
            if props.has_pending {
                <p class="pa-notice" role="status">{ t.workshop_start_for_code }</p>
            }
            <div class="pa-rating-details">
                <label for="pa-workshop-name">{ t.workshop_name }</label>
                <input type="text" id="pa-workshop-name" maxlength="120" ref={name} />
                <label for="pa-workshop-set">{ t.choose_set }</label>
                <select id="pa-workshop-set" ref={set}>
                    { for built_in_sets().iter().map(|s| html! {
                        <option value={s.id.clone()} selected={s.id == props.set_id}>{ &t.set(s).short_title }</option>
                    }) }
                </select>
            </div>
            <div class="pa-button-row">
                <button type="button" class="pa-button pa-primary" onclick={start}>{ t.workshop_start }</button>
            </div>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct WorkshopPanelProps {
    workshop: Workshop,
    dispatch: Dispatch,
    pending_code: Option<AttrValue>,
    on_pending_done: Callback<()>,
}

#[function_component(WorkshopPanel)]
fn workshop_panel(props: &WorkshopPanelProps) -> Html {
    let t = use_text();
    let message = use_state_eq(|| None::<Message>);
    let input = use_node_ref();
    let workshop = &props.workshop;
    let Some(set) = workshop.set().map(|s| t.set(s)) else {
        return html! { <p>{ t.workshop_unknown_set }</p> };
    };
    let try_add = {
        let (workshop, dispatch, message, input) = (workshop.clone(), props.dispatch.clone(), message.clone(), input.clone());
        move |code: String, allow_repeat: bool| {
            match workshop.check(&code, allow_repeat) {
                Ok(_) => {
                    dispatch.dispatch(Action::AddParticipantCode { code, allow_repeat });
                    message.set(Some(Message::Added));
                    if let Some(input) = input.cast::<HtmlInputElement>() {
                        input.set_value("");
                    }
                }
                Err(AddError::AlreadyAdded) => message.set(Some(Message::Repeat(code))),
                Err(error) => message.set(Some(Message::Refused(add_error_text(t, &error)))),
            }
        }
    };
    let add = {
        let (try_add, input) = (try_add.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            let code = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
            try_add(code, false);
        })
    };
    let on_enter = {
        let (try_add, input) = (try_add.clone(), input.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.key() == "Enter" {
                let code = input.cast::<HtmlInputElement>().map(|i| i.value()).unwrap_or_default();
                try_add(code, false);
            }
        })
    };
    let participants = workshop.participants();
    let summary = summarize_group(set, &participants);
    let download = {
        let summary_csv = group_csv(&summary, t.group_csv_header);
        let name = format!("workshop-{}-{}.csv", workshop.started_on, workshop.set_id);
        Callback::from(move |_: MouseEvent| {
            browser::download(&name, "text/csv;charset=utf-8", &summary_csv);
        })
    };
    let clear = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |()| dispatch.dispatch(Action::ClearWorkshop))
    };
    let pending = props.pending_code.clone().map(|code| {
        let (try_add, done) = (try_add.clone(), props.on_pending_done.clone());
        let code_for_add = code.to_string();
        let add = Callback::from(move |_: MouseEvent| {
            try_add(code_for_add.clone(), false);
            done.emit(());
        });
        let done = props.on_pending_done.clone();
        let dismiss = Callback::from(move |_: MouseEvent| done.emit(()));
        html! {
            <div class="pa-import-preview" role="region" aria-label={t.workshop_link_code}>
                <p>{ t.workshop_add_linked(&workshop.name) }</p>
                <p class="pa-code">{ crate::core::share_code::display_form(&code) }</p>
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-primary" onclick={add}>{ t.workshop_add }</button>
                    <button type="button" class="pa-button pa-secondary" onclick={dismiss}>{ t.not_now }</button>
                </div>
            </div>
        }
    });

    html! {
        <>
            <p class="pa-set-title">{ t.workshop_line(&workshop.name, &set.short_title, &t.date(&workshop.started_on)) }</p>
            <p class="pa-overall">{ t.workshop_participants(summary.participants) }</p>
            { pending.unwrap_or_default() }
            <div class="pa-code-form">
                <label for="pa-workshop-code">{ t.workshop_code_label }</label>
                <div class="pa-inline-form">
                    <input type="text" id="pa-workshop-code" autocomplete="off" autocapitalize="characters" spellcheck="false"
                        ref={input} onkeydown={on_enter} />
                    <button type="button" class="pa-button pa-primary" onclick={add}>{ t.workshop_add }</button>
                </div>
                <p class="pa-hint">{ t.workshop_code_hint }</p>
            </div>
            { match &*message {
                None => html! {},
                Some(Message::Added) => html! { <p class="pa-done" role="status">{ t.workshop_added(summary.participants) }</p> },
                Some(Message::Refused(reason)) => html! {
                    <div class="pa-notice" role="alert"><p>{ reason }</p><p>{ t.workshop_nothing_lost }</p></div>
                },
                Some(Message::Repeat(code)) => {
                    let (try_add, code) = (try_add.clone(), code.clone());
                    let again = Callback::from(move |_: MouseEvent| try_add(code.clone(), true));
                    html! {
                        <div class="pa-notice" role="alert">
                            <p>{ t.workshop_repeat }</p>
                            <button type="button" class="pa-button pa-secondary" onclick={again}>{ t.workshop_add_anyway }</button>
                        </div>
                    }
                }
            } }
            if summary.participants > 0 {
                { group_results(t, set, &summary) }
                <div class="pa-button-row">
                    <button type="button" class="pa-button pa-secondary" onclick={download}>{ t.download_csv }</button>
                </div>
            }
            <ConfirmButton label={t.workshop_clear} question={t.workshop_clear_question} confirm_label={t.workshop_clear_confirm} on_confirm={clear} />
        </>
    }
}

fn add_error_text(t: &Text, error: &AddError) -> String {
    match error {
        AddError::Code(code_error) => t.code_error(code_error),
        AddError::NotAParticipantCode => t.workshop_not_participant.to_string(),
        AddError::OtherSet { .. } => t.workshop_other_set.to_string(),
        AddError::AlreadyAdded => t.workshop_repeat.to_string(),
    }
}

fn group_results(t: &Text, set: &CompetencySet, summary: &GroupSummary) -> Html {
    let axes: Vec<RadarAxis> = summary
        .categories
        .iter()
        .map(|c| RadarAxis {
            label: c.category.numbered_short_title(),
            full: c.category.numbered_title(),
            values: vec![c.mean],
            value_text: t.group_value(&t.mean(c.mean), &t.mean(c.min), &t.mean(c.max)),
        })
        .collect();
    let band: Vec<(Option<f64>, Option<f64>)> = summary.categories.iter().map(|c| (c.min, c.max)).collect();
    let levels = set.scale.levels();
    html! {
        <>
            <RadarChart id="pa-chart-group" title={t.group_chart_title} description={chart_description(t, &set.scale, &axes)}
                levels={levels} axes={axes} band={band} />
            <p class="pa-hint">{ t.group_chart_hint }</p>
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={t.group_table_caption}>
                <table class="pa-table">
                    <caption>{ t.group_table_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.category }</th>
                        <th scope="col">{ t.mean }</th>
                        <th scope="col">{ t.lowest }</th>
                        <th scope="col">{ t.highest }</th>
                        <th scope="col">{ t.rated_by_count }</th>
                    </tr></thead>
                    <tbody>
                        { for summary.categories.iter().map(|c| html! {
                            <tr key={c.category.id.clone()}>
                                <th scope="row">{ c.category.numbered_title() }</th>
                                <td class="pa-mean">{ t.mean(c.mean) }</td>
                                <td>{ t.mean(c.min) }</td>
                                <td>{ t.mean(c.max) }</td>
                                <td>{ c.rated_by }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <section class="pa-highlights" aria-labelledby="pa-topics-heading">
                <section>
                    <h3 id="pa-topics-heading">{ t.training_topics }</h3>
                    <p>{ t.training_topics_intro }</p>
                    <ol class="pa-highlight-list">
                        { for summary.training_topics(5).iter().map(|c| html! {
                            <li key={c.competency.id.clone()}>
                                { &c.competency.text }
                                <span class="pa-highlight-level">{ format!(" — {} ({})", t.mean(c.mean), c.category.numbered_short_title()) }</span>
                            </li>
                        }) }
                    </ol>
                </section>
            </section>
            <h3>{ t.level_counts }</h3>
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={t.level_counts}>
                <table class="pa-table pa-counts">
                    <caption>{ t.level_counts_caption }</caption>
                    <thead><tr>
                        <th scope="col">{ t.competency }</th>
                        { for (1..=levels).map(|l| html! { <th scope="col"><abbr title={set.scale.label(l).unwrap_or_default().to_string()}>{ l }</abbr></th> }) }
                        <th scope="col"><abbr title={t.not_applicable}>{ t.col_na }</abbr></th>
                        <th scope="col">{ t.mean }</th>
                    </tr></thead>
                    <tbody>
                        { for summary.competencies.iter().map(|c| html! {
                            <tr key={c.competency.id.clone()}>
                                <th scope="row">{ format!("{} {}", c.competency.id, c.competency.text) }</th>
                                { for c.counts.iter().map(|n| html! { <td>{ n }</td> }) }
                                <td>{ c.not_applicable }</td>
                                <td class="pa-mean">{ t.mean(c.mean) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </>
    }
}
