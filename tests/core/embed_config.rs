use peer_assessment::core::embed_config::{
    contrast, parse_hex, read_config, storage_prefix, theme_for, Parts, SetSource, MIN_CONTRAST,
};
use proptest::prelude::*;
use std::collections::HashMap;

fn config(pairs: &[(&str, &str)]) -> peer_assessment::core::embed_config::EmbedConfig {
    let map: HashMap<String, String> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    read_config(|name| map.get(name).cloned())
}

#[test]
fn defaults_when_nothing_is_set() {
    let c = config(&[]);
    assert_eq!(
        (c.set, c.namespace.as_str(), c.title, c.theme),
        (None, "", None, None)
    );
    assert_eq!(c.parts, Parts::default());
    assert_eq!(storage_prefix(""), "peer-assessment");
}

#[test]
fn attributes_are_read_and_bad_ones_ignored_with_a_reason() {
    let c = config(&[
        ("data-set", "samhsa-draft-family-youth"),
        ("data-namespace", "county-a"),
        ("data-title", " County A self-check "),
        ("data-lang", "es"),
        ("data-accent", "#5b2a86"),
        ("data-show", "assessment, history"),
    ]);
    assert_eq!(
        c.set,
        Some(SetSource::BuiltIn("samhsa-draft-family-youth".into()))
    );
    assert_eq!(storage_prefix(&c.namespace), "peer-assessment.county-a");
    assert_eq!(c.title.as_deref(), Some("County A self-check"));
    assert_eq!(c.language.as_deref(), Some("es"));
    assert_eq!(c.theme.unwrap().accent, "#5b2a86");
    assert_eq!(
        c.parts,
        Parts {
            history: true,
            files: false,
            workshop: false,
            rate_others: false
        }
    );
    assert!(c.ignored.is_empty());

    let bad = config(&[
        ("data-namespace", "../../x"),
        ("data-accent", "#ffff00"),
        ("data-show", "assessment sparkles"),
    ]);
    assert_eq!(bad.namespace, "");
    assert_eq!(bad.theme, None);
    assert_eq!(bad.ignored.len(), 3);
    assert!(
        bad.ignored[1].contains("contrast with white is 1.07:1"),
        "{:?}",
        bad.ignored
    );
    assert_eq!(
        config(&[("data-set-url", "sets/ours.json"), ("data-set", "x")]).set,
        Some(SetSource::Url("sets/ours.json".into()))
    );
    assert_eq!(
        config(&[("data-set-json", "our-set")]).set,
        Some(SetSource::Inline("our-set".into()))
    );
}

#[test]
fn contrast_matches_known_values() {
    assert!((contrast([0, 0, 0], [255, 255, 255]) - 21.0).abs() < 1e-9);
    assert!((contrast(parse_hex("#777").unwrap(), [255, 255, 255]) - 4.48).abs() < 0.01);
    assert!(theme_for("#767676").is_ok(), "4.54:1 passes");
    assert!(theme_for("#777777").is_err(), "4.48:1 fails");
    assert_eq!(parse_hex("#0B5F73"), Some([11, 95, 115]));
    assert_eq!(parse_hex("0b5f73"), None);
    assert_eq!(parse_hex("#0b5f7"), None);
}

proptest! {
    /// Every accepted accent keeps AA: white on it, it on white, the strong shade on the soft one,
    /// and body text (#1d2428) on the soft shade.
    #[test]
    fn every_accepted_accent_keeps_aa_contrast(r in 0u8..=255, g in 0u8..=255, b in 0u8..=255) {
        let colour = format!("#{r:02x}{g:02x}{b:02x}");
        if let Ok(theme) = theme_for(&colour) {
            let white = [255, 255, 255];
            let (accent, strong, soft) = (parse_hex(&theme.accent).unwrap(), parse_hex(&theme.accent_strong).unwrap(), parse_hex(&theme.accent_soft).unwrap());
            prop_assert!(contrast(accent, white) >= MIN_CONTRAST);
            prop_assert!(contrast(strong, white) >= MIN_CONTRAST);
            prop_assert!(contrast(strong, soft) >= MIN_CONTRAST);
            prop_assert!(contrast([0x1d, 0x24, 0x28], soft) >= MIN_CONTRAST);
        }
    }
}
