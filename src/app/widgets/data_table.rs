//! A table of figures that scrolls sideways on its own on a narrow screen: a focusable, named
//! region around a captioned table, so keyboard users can scroll it and screen readers name it.
//! A plain function rather than a component: it holds no state, and each component type adds
//! its own copy of Yew's lifecycle code to the download.

use yew::prelude::*;

pub struct DataTable {
    pub caption: AttrValue,
    /// The scrolling region's name; the caption when not given.
    pub label: Option<AttrValue>,
    /// A class added to `pa-table`.
    pub class: &'static str,
}

impl DataTable {
    /// A table named by its caption.
    pub fn captioned(caption: impl Into<AttrValue>) -> Self {
        DataTable {
            caption: caption.into(),
            label: None,
            class: "",
        }
    }

    /// A table whose scrolling region has a name of its own.
    pub fn labelled(caption: impl Into<AttrValue>, label: impl Into<AttrValue>) -> Self {
        DataTable {
            label: Some(label.into()),
            ..DataTable::captioned(caption)
        }
    }

    pub fn with_class(self, class: &'static str) -> Self {
        DataTable { class, ..self }
    }

    /// The table around `contents` (its `thead` and `tbody`).
    pub fn view(self, contents: Html) -> Html {
        let label = self.label.unwrap_or_else(|| self.caption.clone());
        html! {
            <div class="pa-table-wrap" tabindex="0" role="region" aria-label={label}>
                <table class={classes!("pa-table", (!self.class.is_empty()).then_some(self.class))}>
                    <caption>{ self.caption }</caption>
                    { contents }
                </table>
            </div>
        }
    }
}
