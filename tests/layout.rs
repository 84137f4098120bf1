//! The layout rules of `src/`, checked on the files themselves: the Yew layer depends one way
//! (shell → screens → widgets → text → core), nothing but the shell imports a screen, the core
//! never touches the browser, and no file is over 300 lines (the language tables and their field list aside).

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("a source folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// Every source file under `src/<folder>`, with its path from `src/` and its text.
fn sources(folder: &str) -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src.join(folder), &mut files);
    files.sort();
    let read = |path: &PathBuf| {
        let name = path
            .strip_prefix(&src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        (name, fs::read_to_string(path).expect("a readable file"))
    };
    files.iter().map(read).collect()
}

/// The places in `folder` that mention any of `forbidden`.
fn mentions(folder: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (name, text) in sources(folder) {
        for (number, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden.iter().filter(|word| code.contains(*word)) {
                found.push(format!("{name}:{}: {word}", number + 1));
            }
        }
    }
    found
}

#[test]
fn the_core_never_touches_the_browser_or_the_app() {
    let found = mentions(
        "core",
        &["crate::app", "web_sys", "yew::", "js_sys", "gloo"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn text_depends_on_the_core_only() {
    let found = mentions(
        "app/text",
        &[
            "app::widgets",
            "app::screens",
            "app::shell",
            "app::edge",
            "app::state",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn widgets_depend_on_text_and_core_only() {
    let found = mentions(
        "app/widgets",
        &["app::screens", "app::shell", "app::edge", "app::state"],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn nothing_but_the_shell_imports_a_screen_and_no_screen_imports_the_shell() {
    let mut found = mentions("app/screens", &["app::shell", "app::screens"]);
    for folder in ["app/widgets", "app/text", "app/edge"] {
        found.extend(mentions(folder, &["app::screens"]));
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn no_source_file_is_over_300_lines_but_the_language_tables_and_their_fields() {
    let tables = ["app/text/en.rs", "app/text/es.rs", "app/text/table.rs"];
    let long: Vec<String> = sources("")
        .into_iter()
        .filter(|(name, text)| !tables.contains(&name.as_str()) && text.lines().count() > 300)
        .map(|(name, text)| format!("{name}: {} lines", text.lines().count()))
        .collect();
    assert!(long.is_empty(), "{long:#?}");
}
