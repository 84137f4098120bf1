//! Property-based fuzzing of every decoder of outside data. Quick by default (2,000 inputs per
//! property, run by scripts/test.sh); the documented full run is 100,000 inputs each:
//!
//! `FUZZ_CASES=100000 cargo test --release --test fuzz`
//!
//! Saved state is today's only decoder of outside data; import files, custom competency sets and
//! share codes get their properties here when they arrive.
#![cfg(not(target_arch = "wasm32"))]

use peer_assessment::core::rating::Rating;
use peer_assessment::core::saved_state::{decode, encode};
use peer_assessment::core::session::{Action, Screen, Session};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn cases() -> u32 {
    std::env::var("FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(2_000)
}

/// A realistic saved state to mutate: some answers, a note, a category screen.
fn valid_saved_state(levels: &[u8], note: &str) -> String {
    let mut session = Session::default();
    let ids: Vec<String> = session.set().competencies().map(|(_, c)| c.id.clone()).collect();
    for (id, level) in ids.iter().zip(levels) {
        let rating = if *level == 0 { Rating::NotApplicable } else { Rating::Level(*level) };
        session = session.apply(Action::Rate { competency_id: id.clone(), rating });
    }
    session = session
        .apply(Action::Note { competency_id: ids[0].clone(), text: note.to_string() })
        .apply(Action::GoTo(Screen::Category("VII".into())));
    encode(&session, Some("2026-11-25T10:00:00.000Z"))
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Replace(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Delete),
        any::<usize>().prop_map(Mutation::Truncate),
    ]
}

fn mutate(text: &str, mutations: &[Mutation]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for m in mutations {
        let len = bytes.len().max(1);
        match *m {
            Mutation::Replace(i, b) if !bytes.is_empty() => bytes[i % len] = b,
            Mutation::Insert(i, b) => bytes.insert(i % (bytes.len() + 1), b),
            Mutation::Delete(i) if !bytes.is_empty() => {
                bytes.remove(i % len);
            }
            Mutation::Truncate(i) => bytes.truncate(i % (bytes.len() + 1)),
            _ => {}
        }
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Whatever decodes must be usable: it re-encodes to something that decodes to the same session,
/// and every screen and score can be computed from it.
fn check_usable(session: &Session) {
    assert_eq!(decode(&encode(session, None)).as_ref(), Ok(session));
    let set = session.set();
    let answers = session.current_answers();
    let summary = peer_assessment::core::scoring::summarize(set, &answers);
    if let Some(mean) = summary.overall_mean {
        assert!((1.0..=f64::from(set.scale.levels())).contains(&mean), "mean {mean}");
    }
    let _ = session.clone().apply(Action::Begin);
}

proptest! {
    #![proptest_config(Config { cases: cases(), failure_persistence: None, ..Config::default() })]

    #[test]
    fn saved_state_decoder_survives_any_text(text in "\\PC{0,300}") {
        if let Ok(session) = decode(&text) {
            check_usable(&session);
        }
    }

    #[test]
    fn saved_state_decoder_survives_mutated_saves(
        levels in proptest::collection::vec(0u8..=5, 0..62),
        note in "\\PC{0,30}",
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let text = mutate(&valid_saved_state(&levels, &note), &mutations);
        if let Ok(session) = decode(&text) {
            check_usable(&session);
        }
    }

    #[test]
    fn saved_state_decoder_survives_json_of_any_shape(value in json_value()) {
        let text = serde_json::json!({ "format": 1, "session": value }).to_string();
        if let Ok(session) = decode(&text) {
            check_usable(&session);
        }
    }
}

/// Arbitrary JSON, biased towards the keys the saved format uses.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    use serde_json::Value;
    let key = prop_oneof![
        Just("set_id".to_string()),
        Just("screen".to_string()),
        Just("answers".to_string()),
        Just("samhsa-2015".to_string()),
        Just("ratings".to_string()),
        Just("notes".to_string()),
        Just("set_version".to_string()),
        Just("I.1".to_string()),
        Just("category".to_string()),
        "[a-z.]{0,6}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| Value::from(n % 12)),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map(Value::Number).unwrap_or(Value::Null)),
        prop_oneof![Just("na".to_string()), Just("welcome".to_string()), Just("results".to_string()), "\\PC{0,8}"]
            .prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::btree_map(key.clone(), inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}
