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

/// A cell: quoted when it holds a comma, quote, line break or outer space; quotes doubled.
/// A cell that a spreadsheet would run as a formula (starting with = + - @ or a tab) gets a
/// leading apostrophe, so opening the file never runs anything.
pub fn cell(value: &str) -> String {
    let value = if value.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{value}")
    } else {
        value.to_string()
    };
    let needs_quotes =
        value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
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
