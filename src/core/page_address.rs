//! What the widget takes from, and gives out of, the address of the page it is on.
//!
//! - Its own page reads only its documented settings from the query (`?lang=…&set=…`); any
//!   other parameter (`?set-url=`, `?accent=`, `?css=`) is ignored, so a link cannot load a file
//!   or change the look.
//! - A share link carries only those same settings and the code, never the page's tracking or
//!   session parameters (`utm_*`, `fbclid`, …), so an anonymous code stays anonymous.
//! - A set is fetched only from the page's own origin, and a page without one (a file opened
//!   from disk, a sandboxed frame: origin `null`) has none to fetch from.

/// The settings the widget's page takes from its address, by query parameter name.
pub const ADDRESS_SETTINGS: [&str; 5] = ["lang", "set", "namespace", "title", "show"];

/// The `data-` attribute that a query parameter stands for on the widget's own page, if it is
/// one of the documented settings.
pub fn setting_attribute(attribute: &str) -> Option<&str> {
    let name = attribute.strip_prefix("data-")?;
    ADDRESS_SETTINGS.contains(&name).then_some(name)
}

/// The query of a share link made on the widget's own page: its documented settings only, in
/// the order they came, each once.
pub fn share_query(pairs: &[(String, String)]) -> Vec<(String, String)> {
    let mut kept: Vec<(String, String)> = Vec::new();
    for (name, value) in pairs {
        if ADDRESS_SETTINGS.contains(&name.as_str()) && !kept.iter().any(|(n, _)| n == name) {
            kept.push((name.clone(), value.clone()));
        }
    }
    kept
}

/// Query parameters that follow a visitor rather than name a page: campaign and click ids of
/// advertising and mail tools, analytics ids, and session tokens. Dropped from the address an
/// embedding page declares as its own (`<link rel="canonical">`) before a share link uses it.
pub fn is_tracking_parameter(name: &str) -> bool {
    let name = name.to_ascii_lowercase();
    const PREFIXES: [&str; 6] = ["utm_", "mc_", "_hs", "hsa_", "pk_", "mtm_"];
    const NAMES: [&str; 28] = [
        "fbclid",
        "gclid",
        "gclsrc",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "ttclid",
        "igshid",
        "li_fat_id",
        "epik",
        "_ga",
        "_gl",
        "_ke",
        "mkt_tok",
        "oly_anon_id",
        "oly_enc_id",
        "vero_id",
        "rb_clickid",
        "s_cid",
        "ref",
        "sid",
        "session",
        "sessionid",
        "phpsessid",
        "jsessionid",
    ];
    PREFIXES.iter().any(|p| name.starts_with(p))
        || NAMES.contains(&name.as_str())
        || name.contains("token")
        || name.contains("session")
}

/// True when a URL of origin `url` may be fetched by a page of origin `page`: the same origin,
/// and one that is a real origin (`null` never matches, not even itself).
pub fn same_origin(page: &str, url: &str) -> bool {
    !page.is_empty() && page != "null" && page == url
}
