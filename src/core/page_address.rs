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

/// `query` (`a=1&b=2`, without its `?`) with only the parameters `keep` accepts by name, as
/// they were written; names are compared decoded (`utm%5Fsource` is `utm_source`).
pub fn filter_query(query: &str, keep: impl Fn(&str) -> bool) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| keep(&decoded(pair.split('=').next().unwrap_or_default())))
        .collect::<Vec<_>>()
        .join("&")
}

/// A query name percent-decoded, `+` as a space; a broken escape is kept as it is.
fn decoded(name: &str) -> String {
    let bytes = name.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = || u8::from_str_radix(name.get(i + 1..i + 3)?, 16).ok();
        match (bytes[i], hex()) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (b'+', _) => {
                out.push(b' ');
                i += 1;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// True for a parameter a share link made on the widget's own page keeps.
pub fn is_address_setting(name: &str) -> bool {
    ADDRESS_SETTINGS.contains(&name)
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
