//! No CSV the widget writes can run a formula in a spreadsheet program, whichever of comma,
//! semicolon or tab the program splits on (the list separator follows the locale: `;` in
//! Spanish, French and German Excel), and whatever a note, a set's text or a round's name holds.

use peer_assessment::core::assessment::Answers;
use peer_assessment::core::competency_set::CompetencySet;
use peer_assessment::core::csv_export::{assessment_csv, cell, CsvWords};
use peer_assessment::core::workshop::{rounds_csv, Workshop};
use proptest::prelude::*;

const WORDS: CsvWords = CsvWords {
    header: [
        "Category",
        "Title",
        "Id",
        "Competency",
        "Level",
        "Label",
        "Note",
        "Set",
    ],
    not_applicable: "N/A",
    not_answered: "",
};

const FORMULA_STARTS: [char; 10] = [
    '=', '+', '-', '@', '\t', '\r', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
];

/// Every cell a program could see, splitting naively on `separator` and on line breaks, that
/// would start a formula (past the spaces and quotes a program may skip).
fn formulas(csv: &str, separator: char) -> Vec<String> {
    csv.trim_start_matches('\u{feff}')
        .split(['\n', '\r', separator])
        .map(|piece| piece.trim_start_matches([' ', '"']))
        .filter(|piece| piece.starts_with(FORMULA_STARTS))
        .map(str::to_string)
        .collect()
}

fn assert_no_formula(csv: &str) {
    for separator in [',', ';', '\t'] {
        let found = formulas(csv, separator);
        assert!(found.is_empty(), "split on {separator:?}: {found:?}\n{csv}");
    }
}

#[test]
fn a_formula_after_a_semicolon_or_tab_in_a_note_is_defused() {
    // Where `;` separates cells, the quoted note below used to start a cell with a formula.
    assert_eq!(
        cell("good; =HYPERLINK(\"http://x\")"),
        "\"good; '=HYPERLINK(\"\"http://x\"\")\""
    );
    assert_eq!(cell("a;=1+1"), "\"a;'=1+1\"");
    assert_eq!(cell("a\t+1"), "\"a\t'+1\"");
    assert_eq!(cell("a,\"@SUM(A1)"), "\"a,\"\"'@SUM(A1)\"");
    assert_eq!(cell("line\n-2+3"), "\"line\n'-2+3\"");
    assert_eq!(cell("\u{ff1d}1+1"), "'\u{ff1d}1+1");
    assert_eq!(cell("no formula; here"), "\"no formula; here\"");
    assert_no_formula(&cell("x;=cmd|' /C calc'!A0"));
}

/// Text with many of the characters that matter here, and any other.
fn text() -> impl Strategy<Value = String> {
    let special = prop_oneof![
        Just('='),
        Just('+'),
        Just('-'),
        Just('@'),
        Just(';'),
        Just(','),
        Just('\t'),
        Just('\n'),
        Just('\r'),
        Just('"'),
        Just(' '),
        Just('\u{ff1d}'),
    ];
    proptest::collection::vec(prop_oneof![3 => special, 1 => any::<char>()], 0..24)
        .prop_map(|chars| chars.into_iter().collect())
}

/// A set of two categories of two competencies, every text and id from `texts`.
fn set_of(texts: &[String]) -> CompetencySet {
    let t = |i: usize| texts[i % texts.len()].clone();
    let competency =
        |i: usize| serde_json::json!({ "id": format!("{}{i}", t(i)), "text": t(i + 1) });
    let category = |i: usize| {
        serde_json::json!({
            "id": format!("{}{i}", t(i + 2)), "number": t(i + 3), "title": t(i + 4),
            "competencies": [competency(i * 2), competency(i * 2 + 1)]
        })
    };
    serde_json::from_value(serde_json::json!({
        "id": t(5), "version": 1, "title": t(6), "categories": [category(0), category(1)]
    }))
    .expect("a set")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn no_cell_of_any_csv_starts_a_formula(
        texts in proptest::collection::vec(text(), 8),
        notes in proptest::collection::vec(text(), 4),
        round in text(),
    ) {
        let set = set_of(&texts);
        let mut answers = Answers::new(&set);
        for ((_, competency), note) in set.competencies().zip(&notes) {
            answers.notes.insert(competency.id.clone(), note.clone());
        }
        assert_no_formula(&assessment_csv(&set, &answers, &WORDS));
        let workshop = Workshop::new(&texts[0], "not-a-registered-set", "2026-12-01");
        let header = ["Round", "Category", "Id", "Competency", "N/A", "-", "Mean", "People"];
        let csv = rounds_csv(&set, &workshop, &[round], header);
        assert_no_formula(&csv);
        prop_assert!(csv.lines().count() >= 5);
    }
}
