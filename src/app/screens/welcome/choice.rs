//! One choice of a welcome-screen question: a radio with a title and an optional detail, the
//! whole box being the label.

use yew::prelude::*;

pub struct Choice {
    /// The radio group's name.
    pub group: &'static str,
    pub id: String,
    pub value: Option<String>,
    pub checked: bool,
    pub title: String,
    pub detail: String,
    pub on_choose: Callback<Event>,
}

impl Choice {
    pub fn view(self) -> Html {
        html! {
            <label class="pa-choice" for={self.id.clone()}>
                <input type="radio" id={self.id} name={self.group} value={self.value}
                    checked={self.checked} onchange={self.on_choose} />
                <span class="pa-choice-text">
                    <span class="pa-choice-title">{ self.title }</span>
                    if !self.detail.is_empty() {
                        <span class="pa-choice-detail">{ self.detail }</span>
                    }
                </span>
            </label>
        }
    }
}
