//! One choice of a welcome-screen question: a radio with a title and an optional detail, the
//! whole box being the label.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    /// The radio group's name.
    pub group: AttrValue,
    pub id: AttrValue,
    #[prop_or_default]
    pub value: Option<AttrValue>,
    pub checked: bool,
    pub title: AttrValue,
    #[prop_or_default]
    pub detail: AttrValue,
    pub on_choose: Callback<()>,
}

#[function_component(Choice)]
pub fn choice(props: &ChoiceProps) -> Html {
    let on_choose = props.on_choose.clone();
    let onchange = Callback::from(move |_: Event| on_choose.emit(()));
    html! {
        <label class="pa-choice" for={props.id.clone()}>
            <input type="radio" id={props.id.clone()} name={props.group.clone()}
                value={props.value.clone()} checked={props.checked} {onchange} />
            <span class="pa-choice-text">
                <span class="pa-choice-title">{ &props.title }</span>
                if !props.detail.is_empty() {
                    <span class="pa-choice-detail">{ &props.detail }</span>
                }
            </span>
        </label>
    }
}
