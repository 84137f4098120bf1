//! The widget's version in backups: written into every backup, and not needed to read one
//! (backups written before it was added read the same).

use peer_assessment::core::saved_state::CURRENT_FORMAT;
use peer_assessment::core::session::Session;
use peer_assessment::core::transfer::{backup_file, read, Incoming};
use peer_assessment::core::APP_VERSION;
use serde_json::Value;

#[test]
fn the_version_is_cargo_s_and_a_backup_names_it_beside_the_format() {
    assert_eq!(APP_VERSION, env!("CARGO_PKG_VERSION"));
    let file: Value = serde_json::from_str(&backup_file(
        &Session::default(),
        "2026-12-01T10:00:00.000Z",
    ))
    .unwrap();
    assert_eq!(file["app_version"], APP_VERSION);
    assert_eq!(file["format"], CURRENT_FORMAT);
}

#[test]
fn a_backup_without_a_version_and_one_from_another_version_read_the_same() {
    let saved: Value =
        serde_json::from_str(include_str!("../fixtures/saved-format-2.json")).unwrap();
    let mut old = serde_json::json!({
        "kind": "peer-assessment-backup",
        "format": saved["format"],
        "exported_at": "2026-11-25T10:00:00.000Z",
        "session": saved["session"],
    });
    let without = read(&old.to_string()).expect("a backup without app_version reads");
    old["app_version"] = Value::from("99.0.0");
    let other = read(&old.to_string()).expect("a backup from another version reads");
    assert_eq!(without, other);
    match without {
        Incoming::Backup(session) => assert!(!session.history.is_empty()),
        Incoming::Rating { .. } => panic!("read as a rating"),
    }
}
