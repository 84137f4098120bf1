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
