//! Where the facilitator's page of a widget is: the page a participant's code is collected on.
//! On the widget's own page, `facilitator.html` beside it with the same documented settings; on
//! an agency's page, the page its `data-facilitator-page` names (on the same site only), else
//! `facilitator.html` in the widget's folder with this widget's settings (namespace, language,
//! built-in set).

use super::own_files::widget_folder;
use super::page::address;
use crate::core::embed_config::{EmbedConfig, SetSource};
use crate::core::page_address::{filter_query, is_address_setting, same_origin};
use web_sys::Url;

/// The facilitator's page's file, in the widget's folder.
pub const FACILITATOR_PAGE: &str = "facilitator.html";

pub fn facilitator_address(embedded: bool, config: &EmbedConfig) -> String {
    let here = Url::new(&address()).ok();
    let page = if embedded {
        named_page(config, here.as_ref()).or_else(|| in_widget_folder(config))
    } else {
        here.and_then(|here| beside(&here))
    };
    page.map(|url| {
        url.set_hash("");
        url.href()
    })
    .unwrap_or_default()
}

/// `facilitator.html` beside the widget's own page, with the page's documented settings.
fn beside(here: &Url) -> Option<Url> {
    let url = Url::new_with_base(FACILITATOR_PAGE, &here.href()).ok()?;
    url.set_search(&filter_query(&here.search(), is_address_setting));
    Some(url)
}

fn named_page(config: &EmbedConfig, here: Option<&Url>) -> Option<Url> {
    let (named, here) = (config.facilitator_page.as_deref()?, here?);
    let url = Url::new_with_base(named, &here.href()).ok()?;
    let web = url.protocol() == "https:" || url.protocol() == "http:";
    (web && same_origin(&here.origin(), &url.origin())).then_some(url)
}

fn in_widget_folder(config: &EmbedConfig) -> Option<Url> {
    let url = Url::new_with_base(FACILITATOR_PAGE, &widget_folder()).ok()?;
    let query = url.search_params();
    if !config.namespace.is_empty() {
        query.set("namespace", &config.namespace);
    }
    if let Some(language) = &config.language {
        query.set("lang", language);
    }
    if let Some(SetSource::BuiltIn(id)) = &config.set {
        query.set("set", id);
    }
    url.set_search(&query.to_string().as_string().unwrap_or_default());
    Some(url)
}
