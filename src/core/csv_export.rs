//! One assessment as CSV: a row per competency, quoted as RFC 4180 says, with a byte-order mark
//! and CRLF line ends so that spreadsheet programs open it with the right characters.

use super::assessment::Answers;
use super::competency_set::CompetencySet;
use super::rating::Rating;

/// Words used in cells that are not data, so that a translation can supply its own.
pub struct CsvWords<'a> {
    /// Category, category title, competency id, competency, level, level label, note, set.
    pub header: [&'a str; 8],
    pub not_applicable: &'a str,
    pub not_answered: &'a str,
}

/// A cell: quoted when it holds a separator (comma, semicolon or tab: spreadsheet programs split
/// on the one of their locale), a quote, a line break or outer space; quotes doubled.
/// A formula never runs, whichever separator the program splits on: every place where a cell
/// could start (the start, and after any separator or line break, past spaces and quotes) that
/// begins with `=`, `+`, `-`, `@` (or their full-width forms), a tab or a carriage return gets an
/// apostrophe before it (a number such as `-5` too: these cells are text).
pub fn cell(value: &str) -> String {
    let value = defuse(value);
    let needs_quotes = value.contains([',', ';', '\t', '"', '\n', '\r'])
        || value.starts_with(' ')
        || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

/// Characters after which a spreadsheet program may start a new cell.
const CELL_STARTS: [char; 5] = [',', ';', '\t', '\n', '\r'];

/// Characters a spreadsheet program reads as the start of a formula.
fn starts_formula(c: char) -> bool {
    matches!(
        c,
        '=' | '+' | '-' | '@' | '\t' | '\r' | '\u{ff1d}' | '\u{ff0b}' | '\u{ff0d}' | '\u{ff20}'
    )
}

/// `value` with an apostrophe before every formula that could start a cell (see [`cell`]).
pub fn defuse(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut at_start = true;
    for c in value.chars() {
        if at_start && (c == ' ' || c == '"') {
            out.push(c);
            continue;
        }
        if at_start && starts_formula(c) {
            out.push('\'');
        }
        out.push(c);
        at_start = CELL_STARTS.contains(&c);
    }
    out
}

fn row(cells: &[&str]) -> String {
    let mut line = cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",");
    line.push_str("\r\n");
    line
}

pub fn assessment_csv(set: &CompetencySet, answers: &Answers, words: &CsvWords) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&row(&words.header));
    for (category, competency) in set.competencies() {
        let rating = answers.rating(&competency.id);
        let (level, label) = match rating {
            Some(Rating::Level(level)) => (
                level.to_string(),
                set.scale.label(level).unwrap_or_default().to_string(),
            ),
            Some(Rating::NotApplicable) => (String::new(), words.not_applicable.to_string()),
            None => (String::new(), words.not_answered.to_string()),
        };
        out.push_str(&row(&[
            category.number.as_deref().unwrap_or(&category.id),
            &category.title,
            &competency.id,
            &competency.text,
            &level,
            &label,
            answers.note(&competency.id),
            &set.id,
        ]));
    }
    out
}
