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

/// Share codes: typed or pasted by people, opened from links.
mod share_codes {
    use super::cases;
    use peer_assessment::core::assessment::Answers;
    use peer_assessment::core::competency_set::{built_in_sets, find_set, CompetencySet};
    use peer_assessment::core::rating::Rating;
    use peer_assessment::core::share_code::{decode, display_form, encode, CodeKind, SharedRatings, ALPHABET, DAYS};
    use proptest::prelude::*;
    use proptest::test_runner::Config;

    fn all_sets() -> Vec<&'static CompetencySet> {
        built_in_sets().iter().collect()
    }

    /// Whatever decodes is the code it re-encodes to (codes are unique), and its ratings are on
    /// the set's scale and keyed by its competencies.
    fn check_decoded(input: &str, shared: &SharedRatings) {
        let set = find_set(&shared.set_id).expect("decoded to a known set");
        let levels = set.scale.levels();
        for (id, rating) in &shared.ratings {
            assert!(set.competencies().any(|(_, c)| &c.id == id), "{id}");
            if let Rating::Level(level) = rating {
                assert!((1..=levels).contains(level), "{level}");
            }
        }
        assert!(shared.day < DAYS);
        let again = encode(shared.kind, set, &shared.answers(), shared.day);
        let typed = display_form(input).replace('-', "").replace(['I', 'L'], "1").replace('O', "0");
        assert_eq!(again, typed);
    }

    /// Text of alphabet characters, in either case, with the odd look-alike and separator, at
    /// lengths near those of real codes as often as not.
    fn alphabet_text() -> impl Strategy<Value = String> {
        let symbol = prop_oneof![
            20 => (0usize..32).prop_map(|i| char::from(ALPHABET[i])),
            4 => (0usize..32).prop_map(|i| char::from(ALPHABET[i]).to_ascii_lowercase()),
            1 => prop_oneof![Just('I'), Just('l'), Just('O'), Just('o'), Just('-'), Just(' ')],
        ];
        let length = prop_oneof![0usize..120, 38usize..43, 50usize..55];
        length.prop_flat_map(move |n| proptest::collection::vec(symbol.clone(), n))
            .prop_map(|chars| chars.into_iter().collect())
    }

    /// A rating pattern over every option: 0 unanswered, 1..=levels a level, levels + 1 not
    /// applicable.
    fn answers_for(set: &CompetencySet, digits: &[u8]) -> Answers {
        let levels = set.scale.levels();
        let mut answers = Answers::new(set);
        for ((_, competency), digit) in set.competencies().zip(digits) {
            let digit = digit % (levels + 2);
            let rating = match digit {
                0 => continue,
                d if d == levels + 1 => Rating::NotApplicable,
                d => Rating::Level(d),
            };
            answers.ratings.insert(competency.id.clone(), rating);
        }
        answers
    }

    proptest! {
        #![proptest_config(Config { cases: cases(), failure_persistence: None, ..Config::default() })]

        #[test]
        fn share_code_decoder_survives_any_text(text in "\\PC{0,300}") {
            if let Ok(shared) = decode(&text, &all_sets()) {
                check_decoded(&text, &shared);
            }
        }

        #[test]
        fn share_code_decoder_survives_any_alphabet_text(text in alphabet_text()) {
            if let Ok(shared) = decode(&text, &all_sets()) {
                check_decoded(&text, &shared);
            }
        }

        /// Real codes with a few characters replaced, added, dropped or swapped: one replacement
        /// or one swap of differing neighbours is always refused; anything that reads is usable.
        #[test]
        fn share_code_decoder_survives_mutated_codes(
            set_index in 0..built_in_sets().len(),
            digits in proptest::collection::vec(any::<u8>(), 100),
            mutations in proptest::collection::vec((0u8..4, any::<usize>(), 0usize..32), 1..4),
        ) {
            let set = &built_in_sets()[set_index];
            let code = encode(CodeKind::Participant, set, &answers_for(set, &digits), 1000);
            let mut chars: Vec<char> = code.chars().collect();
            for &(op, at, symbol) in &mutations {
                let symbol = char::from(ALPHABET[symbol]);
                let at = at % chars.len().max(1);
                match op {
                    0 if !chars.is_empty() => chars[at] = symbol,
                    1 => chars.insert(at, symbol),
                    2 if !chars.is_empty() => {
                        chars.remove(at);
                    }
                    3 if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
            }
            let text: String = chars.into_iter().collect();
            let result = decode(&text, &all_sets());
            let single_change = mutations.len() == 1 && matches!(mutations[0].0, 0 | 3);
            if single_change && text != code {
                prop_assert!(result.is_err(), "{} → {} read", code, text);
            }
            if let Ok(shared) = result {
                check_decoded(&text, &shared);
            }
        }

        #[test]
        fn share_codes_round_trip_for_every_built_in_set(
            set_index in 0..built_in_sets().len(),
            digits in proptest::collection::vec(any::<u8>(), 100),
            supervisor in any::<bool>(),
            day in 0..DAYS,
        ) {
            let set = &built_in_sets()[set_index];
            let kind = if supervisor { CodeKind::Supervisor } else { CodeKind::Participant };
            let answers = answers_for(set, &digits);
            let code = encode(kind, set, &answers, day);
            let shared = decode(&code, &all_sets()).expect("a fresh code decodes");
            prop_assert_eq!(shared.kind, kind);
            prop_assert_eq!(&shared.set_id, &set.id);
            prop_assert_eq!(shared.set_version, set.version);
            prop_assert_eq!(shared.day, day);
            prop_assert_eq!(&shared.ratings, &answers.ratings);
            prop_assert_eq!(decode(&display_form(&code).to_lowercase(), &all_sets()), Ok(shared));
        }
    }
}
