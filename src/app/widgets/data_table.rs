//! A table of figures that scrolls sideways on its own on a narrow screen: a focusable, named
//! region around a captioned table, so keyboard users can scroll it and screen readers name it.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DataTableProps {
    /// The table's caption.
    pub caption: AttrValue,
    /// The scrolling region's name; the caption when not given.
    #[prop_or_default]
    pub label: Option<AttrValue>,
    /// Classes added to `pa-table`.
    #[prop_or_default]
    pub class: Classes,
    /// The table's `thead` and `tbody`.
    pub children: Html,
}

#[function_component(DataTable)]
pub fn data_table(props: &DataTableProps) -> Html {
    let label = props.label.clone().unwrap_or_else(|| props.caption.clone());
    html! {
        <div class="pa-table-wrap" tabindex="0" role="region" aria-label={label}>
            <table class={classes!("pa-table", props.class.clone())}>
                <caption>{ &props.caption }</caption>
                { props.children.clone() }
            </table>
        </div>
    }
}
