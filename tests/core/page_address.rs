//! What the widget takes from the address and gives out in share links.

use peer_assessment::core::page_address::{
    is_tracking_parameter, same_origin, setting_attribute, share_query,
};

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(n, v)| (n.to_string(), v.to_string()))
        .collect()
}

#[test]
fn only_the_documented_settings_come_from_the_address() {
    for name in ["lang", "set", "namespace", "title", "show"] {
        assert_eq!(setting_attribute(&format!("data-{name}")), Some(name));
    }
    for attribute in [
        "data-set-url",
        "data-set-json",
        "data-accent",
        "data-css",
        "lang",
        "",
    ] {
        assert_eq!(setting_attribute(attribute), None, "{attribute}");
    }
}

#[test]
fn a_share_link_keeps_the_settings_and_nothing_that_follows_the_visitor() {
    let query = pairs(&[
        ("utm_source", "newsletter"),
        ("lang", "es"),
        ("fbclid", "IwAR0abc"),
        ("gclid", "xyz"),
        ("mc_eid", "123"),
        ("session", "s3cr3t"),
        ("set", "samhsa-2015"),
        ("lang", "en"),
        ("page_id", "7"),
    ]);
    assert_eq!(
        share_query(&query),
        pairs(&[("lang", "es"), ("set", "samhsa-2015")])
    );
}

#[test]
fn tracking_and_session_parameters_are_known() {
    for name in [
        "utm_source",
        "UTM_Campaign",
        "fbclid",
        "gclid",
        "mc_eid",
        "mc_cid",
        "msclkid",
        "_ga",
        "_hsenc",
        "PHPSESSID",
        "jsessionid",
        "auth_token",
        "sessionId",
    ] {
        assert!(is_tracking_parameter(name), "{name}");
    }
    for name in ["page_id", "p", "lang", "set", "program"] {
        assert!(!is_tracking_parameter(name), "{name}");
    }
}

#[test]
fn null_origins_are_never_the_same_origin() {
    assert!(same_origin("https://agency.org", "https://agency.org"));
    assert!(!same_origin("https://agency.org", "https://evil.example"));
    assert!(!same_origin("https://agency.org", "http://agency.org"));
    assert!(!same_origin("null", "null"), "a file opened from disk");
    assert!(!same_origin("", ""));
}
