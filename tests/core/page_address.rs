//! What the widget takes from the address and gives out in share links.

use peer_assessment::core::page_address::{
    filter_query, is_address_setting, is_tracking_parameter, same_origin, setting_attribute,
};

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
    let query = "?utm_source=newsletter&lang=es&fbclid=IwAR0abc&gclid=xyz&mc_eid=123\
                 &session=s3cr3t&set=samhsa-2015&page_id=7&title=Our+check%21";
    assert_eq!(
        filter_query(query, is_address_setting),
        "lang=es&set=samhsa-2015&title=Our+check%21"
    );
    // On an agency's page, its own address without what follows the visitor.
    assert_eq!(
        filter_query(query, |name| !is_tracking_parameter(name)),
        "lang=es&set=samhsa-2015&page_id=7&title=Our+check%21"
    );
    // Names are compared decoded; empty and odd pairs do not break it.
    assert_eq!(
        filter_query("utm%5Fsource=x&&lang&%zz=1&%6Cang=en", is_address_setting),
        "lang&%6Cang=en"
    );
    assert_eq!(filter_query("", is_address_setting), "");
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
