use peer_assessment::core::competency_set::{find_set, register_set};
use peer_assessment::core::set_file::parse_set;

const VALID: &str = r#"{
  "id": "agency-core", "version": 2, "title": "Agency core skills",
  "scale": { "labels": ["Not yet", "Sometimes", "Usually", "Always"] },
  "categories": [
    { "id": "A", "title": "Listening", "competencies": [ { "id": "A.1", "text": "Listens <b>fully</b>" }, { "id": "A.2", "text": "Reflects back" } ] },
    { "id": "B", "title": "Boundaries", "short_title": "Limits", "description": "Keeping work safe", "competencies": [ { "id": "B.1", "text": "Names limits" } ] }
  ]
}"#;

#[test]
fn a_valid_custom_set_reads_with_its_own_scale_and_default_short_titles() {
    let set = parse_set(VALID).expect("valid");
    assert_eq!(set.scale.levels(), 4);
    assert_eq!(set.short_title, "Agency core skills");
    assert_eq!(set.categories[0].short_title, "Listening");
    assert_eq!(set.categories[1].short_title, "Limits");
    assert_eq!(set.competencies().count(), 3);
    assert_eq!(
        set.categories[0].competencies[0].text, "Listens <b>fully</b>",
        "text stays text, never markup"
    );
    let registered = register_set(set.clone()).unwrap();
    assert_eq!(find_set("agency-core"), Some(registered));
    assert!(
        register_set(parse_set(&VALID.replace("agency-core", "samhsa-2015")).unwrap()).is_err(),
        "built-in ids are kept"
    );
}

#[test]
fn each_kind_of_error_names_its_place() {
    let cases: &[(&str, &str, &str)] = &[
        (
            r#""id": "A.2", "#,
            "",
            "categories[0].competencies[1]: missing id",
        ),
        (
            r#""text": "Names limits""#,
            r#""text": 7"#,
            "categories[1].competencies[0].text: must be text",
        ),
        (
            r#""text": "Names limits""#,
            r#""text": "  ""#,
            "categories[1].competencies[0].text: is empty",
        ),
        (
            r#""version": 2"#,
            r#""version": "two""#,
            "version: must be a whole number",
        ),
        (r#""version": 2, "#, "", "version: missing"),
        (
            r#""title": "Boundaries", "#,
            "",
            "categories[1]: missing title",
        ),
        (
            r#""Always""#,
            r#""Always", "Beyond", "More", "Most", "Max", "Top", "Peak", "Over""#,
            "scale.labels: 11 labels",
        ),
        (
            r#""id": "B.1""#,
            r#""id": "A.1""#,
            "categories[1].competencies[0]: missing or repeated id",
        ),
        (
            r#""id": "B", "#,
            r#""id": "A", "#,
            "categories[1]: missing or repeated id",
        ),
    ];
    for (from, to, expected) in cases {
        assert!(VALID.contains(from), "{from}");
        let error = parse_set(&VALID.replacen(from, to, 1)).expect_err(expected);
        assert!(
            error.starts_with(expected),
            "expected {expected:?}, got {error:?}"
        );
    }
    assert!(parse_set("{").unwrap_err().starts_with("not valid JSON"));
    assert_eq!(
        parse_set("[]").unwrap_err(),
        "the set: must be an object { … }"
    );
    assert!(
        parse_set(&format!("{{\"pad\":\"{}\"}}", "x".repeat(2_000_000)))
            .unwrap_err()
            .contains("larger than")
    );
    let no_categories = r#"{"id":"x","version":1,"title":"X","categories":[]}"#;
    assert_eq!(
        parse_set(no_categories).unwrap_err(),
        "categories: the set has no categories"
    );
}

#[test]
fn built_in_sets_pass_the_same_checks() {
    for source in [
        include_str!("../../sets/samhsa-2015.json"),
        include_str!("../../sets/samhsa-draft-family-youth.json"),
    ] {
        parse_set(source).expect("built-in set passes");
    }
}

#[test]
fn control_characters_are_refused_in_every_text_translations_included() {
    // A form feed ends a CSS string: in a set's name it could add rules to the printed footer.
    let form_feed = VALID.replace("Agency core skills", "Agency\\f} body { display: none } x{");
    let refused = parse_set(&form_feed).unwrap_err();
    assert!(
        refused.starts_with("title: holds the control character U+000C"),
        "{refused}"
    );
    let escape = VALID.replace("Reflects back", "Reflects\\u001b[2J back");
    assert!(parse_set(&escape)
        .unwrap_err()
        .starts_with("categories[0].competencies[1].text: holds the control character U+001B"));
    let del = VALID.replace("Names limits", "Names\\u007f limits");
    assert!(parse_set(&del).unwrap_err().contains("U+007F"));
    // Tabs and line breaks are text.
    let fine = VALID.replace("Reflects back", "Reflects\\tback\\nand on");
    assert!(parse_set(&fine).is_ok());

    let translated = |translation: &str| {
        VALID.replacen(
            "\"categories\"",
            &format!("\"translations\": {{ \"es\": {translation} }}, \"categories\""),
            1,
        )
    };
    assert!(parse_set(&translated(
        r#"{ "title": "Habilidades", "competencies": { "A.1": "Escucha" } }"#
    ))
    .is_ok());
    for (translation, place) in [
        (
            r#"{ "short_title": "Hab\fx" }"#,
            "translations.es.short_title",
        ),
        (
            r#"{ "translation_note": "a\u0000b" }"#,
            "translations.es.translation_note",
        ),
        (
            r#"{ "scale": { "labels": ["a", "b", "c\u0085", "d"] } }"#,
            "translations.es.scale.labels[2]",
        ),
        (
            r#"{ "categories": { "A": { "title": "x\u000by" } } }"#,
            "translations.es.categories.A.title",
        ),
        (
            r#"{ "competencies": { "A.1": "Escucha\r" } }"#,
            "translations.es.competencies.A.1",
        ),
    ] {
        let refused = parse_set(&translated(translation)).unwrap_err();
        assert!(
            refused.starts_with(&format!("{place}: holds the control character")),
            "{refused}"
        );
    }
    let long = "x".repeat(4001);
    let refused = parse_set(&translated(&format!(
        r#"{{ "competencies": {{ "A.1": "{long}" }} }}"#
    )));
    assert_eq!(
        refused.unwrap_err(),
        "translations.es.competencies.A.1: longer than 4000 characters"
    );
    let refused = parse_set(&translated(r#"{ "competencies": { "A.1": 3 } }"#)).unwrap_err();
    assert!(
        refused.starts_with("translations.es.competencies.A.1: must be text"),
        "{refused}"
    );
}

#[test]
fn css_strings_cannot_be_ended_by_the_text_in_them() {
    use peer_assessment::core::css_string::css_string;
    assert_eq!(
        css_string("Peer \"core\" \\ set"),
        r#""Peer \"core\" \\ set""#
    );
    assert_eq!(css_string("a\u{c}} body{x}"), "\"a\\C } body{x}\"");
    assert_eq!(css_string("two\nlines"), "\"two\\A lines\"");
    assert_eq!(css_string("\u{7f}\u{1}\u{9f}"), "\"\\7F \\1 \\9F \"");
    for c in (0u32..0x20).chain([0x7f]).filter_map(char::from_u32) {
        let written = css_string(&format!("a{c}b"));
        assert!(
            !written[1..written.len() - 1].contains(c),
            "U+{:04X} left as it is",
            u32::from(c)
        );
    }
}
