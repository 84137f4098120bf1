use super::{answers_with, draft_set, set_2015};
use peer_assessment::core::assessment::Answers;
use peer_assessment::core::competency_set::{built_in_sets, CompetencySet};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::share_code::{
    code_from_fragment, code_length, date_from_day, day_from_date, decode, display_form, encode,
    fragment_for, CodeError, CodeKind, ALPHABET, DAYS, LAST_DAY,
};
use proptest::prelude::*;

fn all_sets() -> Vec<&'static CompetencySet> {
    built_in_sets().iter().collect()
}

/// Answers following a pattern of digits per competency: 0 unanswered, 1..=levels a level,
/// levels + 1 not applicable.
fn answers_from_digits(set: &CompetencySet, digits: &[u8]) -> Answers {
    let levels = set.scale.levels();
    let mut answers = Answers::new(set);
    for ((_, competency), &digit) in set.competencies().zip(digits.iter().cycle()) {
        let digit = digit % (levels + 2);
        if digit == levels + 1 {
            answers
                .ratings
                .insert(competency.id.clone(), Rating::NotApplicable);
        } else if digit > 0 {
            answers
                .ratings
                .insert(competency.id.clone(), Rating::Level(digit));
        }
    }
    answers
}

/// A few codes of the 2015 and draft sets: empty, full, mixed, every kind.
fn sample_codes() -> Vec<String> {
    let day = day_from_date("2026-11-25").unwrap();
    let mut codes = Vec::new();
    for set in [set_2015(), draft_set()] {
        codes.push(encode(CodeKind::Participant, set, &Answers::new(set), 0));
        codes.push(encode(
            CodeKind::Supervisor,
            set,
            &answers_from_digits(set, &[6]),
            LAST_DAY,
        ));
        codes.push(encode(
            CodeKind::Participant,
            set,
            &answers_from_digits(set, &[1, 2, 3, 4, 5, 6, 0]),
            day,
        ));
        codes.push(encode(
            CodeKind::Supervisor,
            set,
            &answers_from_digits(set, &[5, 0, 3]),
            day,
        ));
    }
    codes
}

#[test]
fn code_lengths_of_the_built_in_sets() {
    // 62 competencies on a 5-level scale: 174 bits of ratings, 40 characters in all.
    assert_eq!(code_length(set_2015()), 40);
    // 82 competencies: 52 characters.
    assert_eq!(code_length(draft_set()), 52);
    for code in sample_codes() {
        assert!(code.len() == 40 || code.len() == 52, "{code}");
        assert!(code.bytes().all(|b| ALPHABET.contains(&b)), "{code}");
    }
}

#[test]
fn round_trip_keeps_kind_set_day_and_every_rating() {
    let set = set_2015();
    let answers = answers_with(
        set,
        &[
            ("I.1", Rating::Level(1)),
            ("I.2", Rating::Level(5)),
            ("III.4", Rating::NotApplicable),
            ("XII.4", Rating::Level(3)),
        ],
    );
    let day = day_from_date("2026-11-25").unwrap();
    let code = encode(CodeKind::Supervisor, set, &answers, day);
    let shared = decode(&code, &all_sets()).unwrap();
    assert_eq!(shared.kind, CodeKind::Supervisor);
    assert_eq!(
        (shared.set_id.as_str(), shared.set_version),
        ("samhsa-2015", 1)
    );
    assert_eq!(shared.date(), "2026-11-25");
    assert_eq!(shared.ratings, answers.ratings);
    assert_eq!(shared.answers(), answers);
}

#[test]
fn every_rating_of_every_built_in_set_round_trips() {
    for set in built_in_sets() {
        let levels = set.scale.levels();
        for digit in 0..=levels + 1 {
            for kind in [CodeKind::Participant, CodeKind::Supervisor] {
                let answers = answers_from_digits(set, &[digit]);
                let code = encode(kind, set, &answers, 1000);
                let shared = decode(&code, &all_sets()).unwrap();
                assert_eq!((shared.kind, shared.day), (kind, 1000));
                assert_eq!(shared.set_id, set.id);
                assert_eq!(shared.ratings, answers.ratings, "{} digit {digit}", set.id);
            }
        }
    }
}

#[test]
fn notes_and_unknown_ids_and_out_of_scale_levels_are_not_carried() {
    let set = set_2015();
    let mut answers = answers_with(
        set,
        &[
            ("I.1", Rating::Level(2)),
            ("gone", Rating::Level(3)),
            ("I.2", Rating::Level(9)),
        ],
    );
    answers.set_note("I.1", "private");
    let code = encode(CodeKind::Participant, set, &answers, 5);
    let shared = decode(&code, &[set]).unwrap();
    assert_eq!(shared.ratings.len(), 1);
    assert_eq!(shared.ratings["I.1"], Rating::Level(2));
    assert!(shared.answers().notes.is_empty());
}

#[test]
fn reading_ignores_case_separators_and_look_alike_letters() {
    let sets = all_sets();
    for code in sample_codes() {
        let expected = decode(&code, &sets).unwrap();
        assert_eq!(decode(&display_form(&code), &sets).unwrap(), expected);
        assert_eq!(decode(&code.to_lowercase(), &sets).unwrap(), expected);
        let spaced: String = code.chars().flat_map(|c| [c, ' ']).collect();
        assert_eq!(decode(&format!("  {spaced}\t"), &sets).unwrap(), expected);
        let with_dashes = display_form(&code).replace('-', "\u{2013}");
        assert_eq!(decode(&with_dashes, &sets).unwrap(), expected);
        let look_alike = code.replace('1', "l").replace('0', "O");
        assert_eq!(decode(&look_alike, &sets).unwrap(), expected);
        let look_alike = code.replace('1', "I").replace('0', "o");
        assert_eq!(decode(&look_alike, &sets).unwrap(), expected);
    }
}

/// Every position × every other symbol of the alphabet, for several codes of both sets.
#[test]
fn every_single_character_change_is_refused() {
    let sets = all_sets();
    let mut tried = 0;
    for code in sample_codes() {
        let original = code.as_bytes();
        for position in 0..original.len() {
            for &symbol in ALPHABET.iter().filter(|&&s| s != original[position]) {
                let mut changed = original.to_vec();
                changed[position] = symbol;
                let changed = String::from_utf8(changed).unwrap();
                assert_eq!(
                    decode(&changed, &sets),
                    Err(CodeError::ChecksumMismatch),
                    "{code} → {changed}"
                );
                tried += 1;
            }
        }
    }
    assert_eq!(tried, (4 * 40 + 4 * 52) * 31);
}

/// Adjacent swaps, and swaps of any two differing characters fewer than 36 places apart.
#[test]
fn every_near_swap_in_the_samples_is_refused() {
    let sets = all_sets();
    for code in sample_codes() {
        for swapped in adjacent_swaps(&code) {
            assert_eq!(
                decode(&swapped, &sets),
                Err(CodeError::ChecksumMismatch),
                "{code} → {swapped}"
            );
        }
        let bytes = code.as_bytes();
        for i in 0..bytes.len() {
            for j in i + 1..bytes.len().min(i + 36) {
                if bytes[i] != bytes[j] {
                    let mut swapped = bytes.to_vec();
                    swapped.swap(i, j);
                    let swapped = String::from_utf8(swapped).unwrap();
                    assert_eq!(
                        decode(&swapped, &sets),
                        Err(CodeError::ChecksumMismatch),
                        "{code} → {swapped}"
                    );
                }
            }
        }
    }
}

/// The code with each pair of differing neighbours swapped.
fn adjacent_swaps(code: &str) -> Vec<String> {
    let bytes = code.as_bytes();
    (0..bytes.len() - 1)
        .filter(|&i| bytes[i] != bytes[i + 1])
        .map(|i| {
            let mut swapped = bytes.to_vec();
            swapped.swap(i, i + 1);
            String::from_utf8(swapped).unwrap()
        })
        .collect()
}

proptest! {
    #[test]
    fn any_adjacent_swap_is_refused(
        set_index in 0usize..2,
        digits in proptest::collection::vec(0u8..7, 1..90),
        supervisor in any::<bool>(),
        day in 0..DAYS,
    ) {
        let set = &built_in_sets()[set_index];
        let kind = if supervisor { CodeKind::Supervisor } else { CodeKind::Participant };
        let code = encode(kind, set, &answers_from_digits(set, &digits), day);
        let swaps = adjacent_swaps(&code);
        prop_assert!(!swaps.is_empty());
        for swapped in swaps {
            prop_assert_eq!(decode(&swapped, &all_sets()), Err(CodeError::ChecksumMismatch));
        }
    }

    #[test]
    fn an_added_or_dropped_character_is_refused(
        digits in proptest::collection::vec(0u8..7, 1..62),
        position in 0usize..41,
        symbol in 0usize..32,
    ) {
        let set = set_2015();
        let code = encode(CodeKind::Participant, set, &answers_from_digits(set, &digits), 700);
        let mut longer = code.clone();
        longer.insert(position, char::from(ALPHABET[symbol]));
        prop_assert_eq!(decode(&longer, &all_sets()), Err(CodeError::WrongLength));
        let mut shorter = code.clone();
        shorter.remove(position % 40);
        prop_assert_eq!(decode(&shorter, &all_sets()), Err(CodeError::TooShort));
    }
}

#[test]
fn errors_say_what_is_wrong() {
    let sets = all_sets();
    let code = encode(
        CodeKind::Participant,
        set_2015(),
        &Answers::new(set_2015()),
        10,
    );
    assert_eq!(decode("", &sets), Err(CodeError::Empty));
    assert_eq!(decode(" - -\n", &sets), Err(CodeError::Empty));
    assert_eq!(decode("ABCU", &sets), Err(CodeError::BadCharacter('U')));
    assert_eq!(
        decode(&format!("{code}u"), &sets),
        Err(CodeError::BadCharacter('u'))
    );
    assert_eq!(
        decode("#code=ABC", &sets),
        Err(CodeError::BadCharacter('#'))
    );
    assert_eq!(decode("ABC😀", &sets), Err(CodeError::BadCharacter('😀')));
    assert_eq!(decode("ABCDE", &sets), Err(CodeError::TooShort));
    assert_eq!(decode(&"A".repeat(60), &sets), Err(CodeError::TooLong));
    assert_eq!(decode(&"A".repeat(45), &sets), Err(CodeError::WrongLength));
    assert_eq!(decode(&"A".repeat(100_000), &sets), Err(CodeError::TooLong));
    assert_eq!(decode(&code, &[]), Err(CodeError::UnknownSet));
    // A 2015 code offered only the draft set: no set of its length.
    assert_eq!(decode(&code, &[draft_set()]), Err(CodeError::TooShort));

    assert_eq!(
        CodeError::ChecksumMismatch.to_string(),
        "This code does not check out: a character was mistyped."
    );
    assert_eq!(
        CodeError::UnknownSet.to_string(),
        "This code was made for a different set of competencies or version."
    );
    assert_eq!(
        CodeError::BadCharacter('U').to_string(),
        "\u{201c}U\u{201d} cannot be part of a code."
    );
    for error in [
        CodeError::Empty,
        CodeError::TooShort,
        CodeError::TooLong,
        CodeError::WrongLength,
        CodeError::AmbiguousSet,
        CodeError::UnknownKind,
        CodeError::Damaged,
    ] {
        assert!(error.to_string().ends_with('.'), "{error:?}");
    }
}

#[test]
fn a_code_of_another_version_or_an_edited_set_is_refused() {
    let answers = Answers::new(set_2015());
    let code = encode(CodeKind::Participant, set_2015(), &answers, 10);

    let mut version_2 = set_2015().clone();
    version_2.version = 2;
    assert_eq!(
        decode(&code, &[&version_2, draft_set()]),
        Err(CodeError::UnknownSet)
    );
    let code_2 = encode(CodeKind::Participant, &version_2, &answers, 10);
    assert_eq!(decode(&code_2, &all_sets()), Err(CodeError::UnknownSet));
    assert_eq!(decode(&code_2, &[&version_2]).unwrap().set_version, 2);

    // Same id and version, but two competencies in another order.
    let mut reordered = set_2015().clone();
    reordered.categories[0].competencies.swap(0, 1);
    assert_eq!(decode(&code, &[&reordered]), Err(CodeError::UnknownSet));

    // Another scale length changes the code length.
    let mut four_levels = set_2015().clone();
    four_levels.scale.labels.pop();
    assert_ne!(code_length(&four_levels), 40);
}

#[test]
fn two_known_sets_a_code_fits_equally_are_not_guessed_between() {
    let set = set_2015();
    let code = encode(CodeKind::Participant, set, &Answers::new(set), 10);
    assert_eq!(decode(&code, &[set, set]), Err(CodeError::AmbiguousSet));
}

#[test]
fn decoding_survives_odd_input() {
    let sets = all_sets();
    let long_valid_looking = "0".repeat(52);
    for input in [
        "\u{0}",
        "----",
        "ß",
        "İ",
        "ǅ",
        "\u{200b}0000",
        "٣",
        "０",
        long_valid_looking.as_str(),
        "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
        "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ",
    ] {
        let _ = decode(input, &sets);
    }
    // All zeros is a multiple of 37: the empty participant share of the first day.
    let shared = decode(&"0".repeat(40), &sets);
    assert!(matches!(shared, Ok(_) | Err(CodeError::UnknownSet)));
}

#[test]
fn display_form_groups_for_reading_aloud() {
    let code = encode(
        CodeKind::Participant,
        set_2015(),
        &Answers::new(set_2015()),
        10,
    );
    let shown = display_form(&code);
    assert_eq!(shown.len(), 40 + 7);
    assert!(shown.split('-').all(|block| block.len() == 5), "{shown}");
    let draft = encode(
        CodeKind::Participant,
        draft_set(),
        &Answers::new(draft_set()),
        10,
    );
    let shown = display_form(&draft);
    let blocks: Vec<usize> = shown.split('-').map(str::len).collect();
    assert_eq!(blocks.iter().sum::<usize>(), 52);
    assert!(blocks.iter().all(|&b| b == 4 || b == 5), "{shown}");
    assert_eq!(display_form(&shown), shown);
    assert_eq!(display_form("abcd efgh-jk"), "ABCDE-FGHJK");
    assert_eq!(display_form(""), "");
}

#[test]
fn links_carry_the_code_in_the_fragment() {
    let code = encode(
        CodeKind::Supervisor,
        set_2015(),
        &Answers::new(set_2015()),
        10,
    );
    let fragment = fragment_for(&code);
    assert_eq!(fragment, format!("#code={code}"));
    assert_eq!(fragment_for(&display_form(&code)), fragment);
    assert_eq!(code_from_fragment(&fragment), Some(code.clone()));
    assert_eq!(
        code_from_fragment(&format!("code={code}")),
        Some(code.clone())
    );
    assert_eq!(
        code_from_fragment(&format!("https://example.org/assess/{fragment}")),
        Some(code.clone())
    );
    assert_eq!(
        code_from_fragment(&format!("#lang=es&code={code}&x=1")),
        Some(code.clone())
    );
    assert_eq!(
        code_from_fragment(&format!("#code={}", display_form(&code))),
        Some(display_form(&code))
    );
    assert_eq!(code_from_fragment(""), None);
    assert_eq!(code_from_fragment("#"), None);
    assert_eq!(code_from_fragment("#code="), None);
    assert_eq!(code_from_fragment("#results"), None);
}

#[test]
fn days_count_from_2024_and_reach_past_2068() {
    assert_eq!(day_from_date("2024-01-01"), Some(0));
    assert_eq!(day_from_date("2024-03-01"), Some(60));
    assert_eq!(day_from_date("2030-12-31"), Some(2556));
    assert_eq!(date_from_day(LAST_DAY), "2068-11-08");
    assert_eq!(day_from_date("2068-11-08"), Some(LAST_DAY));
    for day in 0..DAYS + 400 {
        assert_eq!(day_from_date(&date_from_day(day)), Some(day));
    }
    for bad in [
        "2023-12-31",
        "2024-02-30",
        "2025-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-1-01",
        "",
        "abcd-ef-gh",
        "+024-01-01",
        "2024-01-01T00",
    ] {
        assert_eq!(day_from_date(bad), None, "{bad}");
    }
    assert_eq!(day_from_date("2028-02-29"), Some(1520));
    // A day past the last is written as the last.
    let set = set_2015();
    let code = encode(CodeKind::Participant, set, &Answers::new(set), DAYS + 5);
    assert_eq!(decode(&code, &[set]).unwrap().day, LAST_DAY);
}
