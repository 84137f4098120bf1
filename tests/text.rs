//! The language tables: the Spanish table is complete, keeps every template's placeholders, and
//! is translated; language codes pick the right table. `cargo test --test text`
//!
//! The tables are read as source text (one `name: "value",` or `name: ["a", "b"],` per line) so
//! that every field can be compared without listing fields here; the parsed values are checked
//! against the compiled tables, so the parser cannot drift from what the widget shows.
#![cfg(not(target_arch = "wasm32"))]

use peer_assessment::app::text::{for_language, Text, EN, ES, LANGUAGES};
use std::collections::BTreeSet;
use std::path::Path;

/// Fields whose Spanish value may equal the English one.
const SAME_IN_BOTH: &[&str] = &[
    // "N/A" (no aplica) is the usual abbreviation in Spanish too; its <abbr> title is translated.
    "col_na",
    // Only placeholders and punctuation: "{set} · {date}".
    "report_line",
    // Only placeholders and punctuation: "{date} — {rater}".
    "snapshot_label",
];

#[derive(Debug, PartialEq)]
enum Value {
    One(String),
    Many(Vec<String>),
}

impl Value {
    fn strings(&self) -> Vec<&str> {
        match self {
            Value::One(s) => vec![s.as_str()],
            Value::Many(v) => v.iter().map(String::as_str).collect(),
        }
    }

    fn debug(&self) -> String {
        match self {
            Value::One(s) => format!("{s:?}"),
            Value::Many(v) => format!("{v:?}"),
        }
    }
}

/// Reads a Rust string literal at the start of `s`; returns it and the rest of `s`.
fn string_literal(s: &str) -> Option<(String, &str)> {
    let mut chars = s.strip_prefix('"')?.char_indices();
    let mut out = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => return Some((out, &s[i + 2..])),
            '\\' => match chars.next()?.1 {
                '"' => out.push('"'),
                '\\' => out.push('\\'),
                'n' => out.push('\n'),
                '\'' => out.push('\''),
                other => panic!("unexpected escape \\{other} in {s}"),
            },
            c => out.push(c),
        }
    }
    None
}

/// One `name: value,` line of a table.
fn field_line(line: &str) -> Option<(String, Value)> {
    let (name, rest) = line.trim().split_once(": ")?;
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return None;
    }
    let value = if let Some(mut rest) = rest.strip_prefix('[') {
        let mut items = Vec::new();
        loop {
            let (item, after) = string_literal(rest)?;
            items.push(item);
            if let Some(after) = after.strip_prefix(", ") {
                rest = after;
            } else {
                rest = after.strip_prefix(']')?;
                break;
            }
        }
        (rest == ",").then_some(Value::Many(items))?
    } else {
        let (value, rest) = string_literal(rest)?;
        (rest == ",").then_some(Value::One(value))?
    };
    Some((name.to_string(), value))
}

/// Every field of the `Text` literal in `src/app/text/<file>`, in order. Any other line inside
/// the literal is an error, so no field can be skipped unseen.
fn table(file: &str) -> Vec<(String, Value)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/app/text")
        .join(file);
    let source =
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut lines = source.lines().skip_while(|l| {
        !((l.starts_with("pub const ") || l.starts_with("pub static "))
            && l.ends_with(": Text = Text {"))
    });
    assert!(
        lines.next().is_some(),
        "{file}: no `pub static …: Text = Text {{` line"
    );
    let mut fields = Vec::new();
    for line in lines.by_ref() {
        if line == "};" {
            return fields;
        }
        if line.trim().is_empty() || line.trim_start().starts_with("//") {
            continue;
        }
        let field = field_line(line).unwrap_or_else(|| panic!("{file}: cannot read line: {line}"));
        fields.push(field);
    }
    panic!("{file}: the table does not end with `}};`");
}

/// The field names of `pub struct Text` in `src/app/text/table.rs`, in order.
fn struct_fields() -> Vec<String> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app/text/table.rs");
    let source = std::fs::read_to_string(path).expect("mod.rs");
    source
        .lines()
        .skip_while(|l| *l != "pub struct Text {")
        .skip(1)
        .take_while(|l| *l != "}")
        .filter_map(|l| {
            l.trim()
                .strip_prefix("pub ")?
                .split_once(':')
                .map(|(name, _)| name.to_string())
        })
        .collect()
}

/// The `{name}` placeholders of a string.
fn placeholders(s: &str) -> BTreeSet<&str> {
    let mut found = BTreeSet::new();
    let mut rest = s;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end)
                if !after[..end].is_empty()
                    && after[..end]
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                found.insert(&after[..end]);
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

/// The punctuation a string ends with, looking past closing brackets and quotes.
fn final_mark(s: &str) -> Option<char> {
    s.trim_end_matches([')', '"', '»', '”'])
        .chars()
        .last()
        .filter(|c| ".:?!…".contains(*c))
}

fn both() -> Vec<(String, Value, Value)> {
    let en = table("en.rs");
    let es = table("es.rs");
    let en_names: Vec<&str> = en.iter().map(|(n, _)| n.as_str()).collect();
    let es_names: Vec<&str> = es.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        en_names, es_names,
        "en.rs and es.rs must have the same fields in the same order"
    );
    assert_eq!(
        en_names,
        struct_fields(),
        "the tables must list every field of Text, in its order"
    );
    en.into_iter()
        .zip(es)
        .map(|((name, en), (_, es))| (name, en, es))
        .collect()
}

fn rebuilt_debug(fields: impl Iterator<Item = (String, String)>) -> String {
    let inner: Vec<String> = fields
        .map(|(name, value)| format!("{name}: {value}"))
        .collect();
    format!("Text {{ {} }}", inner.join(", "))
}

#[test]
fn parsed_tables_are_the_compiled_tables() {
    let fields = both();
    let en = rebuilt_debug(fields.iter().map(|(n, en, _)| (n.clone(), en.debug())));
    let es = rebuilt_debug(fields.iter().map(|(n, _, es)| (n.clone(), es.debug())));
    assert_eq!(format!("{EN:?}"), en);
    assert_eq!(format!("{ES:?}"), es);
}

#[test]
fn no_spanish_value_is_empty() {
    let empty: Vec<String> = both()
        .iter()
        .flat_map(|(name, _, es)| {
            es.strings()
                .into_iter()
                .enumerate()
                .filter(|(_, s)| s.trim().is_empty())
                .map(move |(i, _)| format!("{name}[{i}]"))
        })
        .collect();
    assert!(empty.is_empty(), "empty Spanish values: {empty:?}");
}

#[test]
fn templates_keep_their_placeholders() {
    let mut wrong = Vec::new();
    for (name, en, es) in both() {
        let (en, es) = (en.strings(), es.strings());
        assert_eq!(en.len(), es.len(), "{name}: arrays of different lengths");
        for (i, (e, s)) in en.iter().zip(&es).enumerate() {
            if placeholders(e) != placeholders(s) {
                wrong.push(format!(
                    "{name}[{i}]: English {:?}, Spanish {:?}",
                    placeholders(e),
                    placeholders(s)
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "placeholders differ:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn every_value_is_translated() {
    for allowed in SAME_IN_BOTH {
        assert!(
            struct_fields().iter().any(|f| f == allowed),
            "allow-list names no field: {allowed}"
        );
    }
    let mut same = Vec::new();
    for (name, en, es) in both() {
        if SAME_IN_BOTH.contains(&name.as_str()) {
            continue;
        }
        for (i, (e, s)) in en.strings().iter().zip(es.strings()).enumerate() {
            if *e == s {
                same.push(format!("{name}[{i}]: {s:?}"));
            }
        }
    }
    assert!(
        same.is_empty(),
        "Spanish values still in English:\n{}",
        same.join("\n")
    );
}

#[test]
fn sentences_end_and_start_as_in_english() {
    let mut wrong = Vec::new();
    for (name, en, es) in both() {
        for (i, (e, s)) in en.strings().iter().zip(es.strings()).enumerate() {
            if final_mark(e) != final_mark(s) {
                wrong.push(format!(
                    "{name}[{i}]: ends {:?} in English, {:?} in Spanish",
                    final_mark(e),
                    final_mark(s)
                ));
            }
            if e.starts_with(' ') != s.starts_with(' ') || e.ends_with(' ') != s.ends_with(' ') {
                wrong.push(format!("{name}[{i}]: leading or trailing space differs"));
            }
            if s.ends_with('?') && !s.contains('¿') {
                wrong.push(format!("{name}[{i}]: question without ¿"));
            }
            if s.contains('<') || s.contains('>') {
                wrong.push(format!("{name}[{i}]: markup in a string"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The same table, by content: `EN` and `ES` are constants, so each use may have its own address.
fn same_table(a: &Text, b: &Text) -> bool {
    format!("{a:?}") == format!("{b:?}")
}

#[test]
fn spanish_table_identity() {
    assert_eq!(ES.lang, "es");
    assert_eq!(ES.language_name, "Español");
    assert!(LANGUAGES.iter().any(|t| same_table(t, &ES)));
    assert!(same_table(LANGUAGES[0], &EN), "English is the fallback");
}

#[test]
fn language_codes_pick_the_table() {
    let is = |code: &str, table: &Text| same_table(for_language(code), table);
    assert!(is("es-MX", &ES));
    assert!(is("es", &ES));
    assert!(is("ES_us", &ES));
    assert!(is("fr", &EN));
    assert!(is("en-US", &EN));
    assert!(is("", &EN));
}

#[test]
fn spanish_templates_fill_in() {
    assert_eq!(ES.date("2026-03-05"), "5 de marzo de 2026");
    assert_eq!(ES.category_position(2, 8), "Categoría 2 de 8");
    assert_eq!(ES.set_summary(8, 40), "8 categorías, 40 competencias");
}
