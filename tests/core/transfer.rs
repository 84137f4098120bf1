use super::set_2015;
use peer_assessment::core::csv_export::{assessment_csv, cell, CsvWords};
use peer_assessment::core::history::{Rater, RaterRole};
use peer_assessment::core::plan::PlanEdit;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Mode, Session};
use peer_assessment::core::transfer::{
    backup_due, backup_file, merge, preview, rating_file, read, ImportError, Incoming,
    MAX_IMPORT_BYTES,
};

const WORDS: CsvWords = CsvWords {
    header: [
        "Category",
        "Category title",
        "Competency ID",
        "Competency",
        "Level",
        "Level label",
        "Note",
        "Set",
    ],
    not_applicable: "Not applicable",
    not_answered: "Not answered",
};

fn finished(levels: u8, at: &str) -> Session {
    let ids: Vec<String> = set_2015()
        .competencies()
        .map(|(_, c)| c.id.clone())
        .collect();
    ids.into_iter()
        .fold(Session::default(), |s, id| {
            s.apply(Action::Rate {
                competency_id: id,
                rating: Rating::Level(levels),
            })
        })
        .apply(Action::Finish { at: at.into() })
}

fn supervisor_file() -> String {
    let session = Session::default()
        .apply(Action::ChooseMode(Mode::SomeoneElse))
        .apply(Action::DescribeRating {
            person: "Sam".into(),
            rater_name: "Dana Lee".into(),
            rater_role: RaterRole::Supervisor,
        })
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(4),
        })
        .apply(Action::Note {
            competency_id: "I.1".into(),
            text: "Warm with new members".into(),
        });
    rating_file(
        session.rating_of_someone_else.as_ref().unwrap(),
        "2026-09-01",
    )
}

#[test]
fn csv_cells_are_quoted_only_when_needed() {
    assert_eq!(cell("plain"), "plain");
    assert_eq!(cell("a, b"), "\"a, b\"");
    assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_eq!(cell("two\nlines"), "\"two\nlines\"");
    assert_eq!(cell(" padded"), "\" padded\"");
    assert_eq!(cell("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
    assert_eq!(cell("-5"), "'-5");
    assert_eq!(cell("Peers’ experiences"), "Peers’ experiences");
}

#[test]
fn csv_has_one_row_per_competency_with_level_label_and_note() {
    let set = set_2015();
    let session = Session::default()
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(4),
        })
        .apply(Action::Rate {
            competency_id: "I.2".into(),
            rating: Rating::NotApplicable,
        })
        .apply(Action::Note {
            competency_id: "I.1".into(),
            text: "With \"care\", daily\nand often".into(),
        });
    let csv = assessment_csv(set, &session.current_answers(), &WORDS);
    assert!(csv.starts_with('\u{feff}'));
    assert!(csv.ends_with("\r\n"));
    let rows: Vec<&str> = csv
        .trim_start_matches('\u{feff}')
        .split("\r\n")
        .filter(|r| !r.is_empty())
        .collect();
    assert_eq!(rows.len(), 63);
    assert_eq!(
        rows[0],
        "Category,Category title,Competency ID,Competency,Level,Level label,Note,Set"
    );
    assert_eq!(
        rows[1],
        "I,Engages peers in collaborative and caring relationships,I.1,Initiates contact with peers,4,Advanced skill,\"With \"\"care\"\", daily\nand often\",samhsa-2015"
    );
    assert!(
        rows[2].contains(",I.2,") && rows[2].contains(",,Not applicable,,"),
        "{}",
        rows[2]
    );
    assert!(rows[3].contains(",,Not answered,,"), "{}", rows[3]);
}

#[test]
fn a_backup_reimports_into_an_empty_browser_with_nothing_lost() {
    let session = finished(3, "2026-03-01T10:00:00.000Z")
        .apply(Action::AddToPlan {
            competency_id: "I.1".into(),
        })
        .apply(Action::EditPlan {
            competency_id: "I.1".into(),
            edit: PlanEdit::Goal("Reach out".into()),
        })
        .apply(Action::Rate {
            competency_id: "II.1".into(),
            rating: Rating::Level(2),
        });
    let file = backup_file(&session, "2026-11-25T10:00:00.000Z");
    let incoming = read(&file).expect("own backup reads");
    let fresh = Session::default();
    let counted = preview(&fresh, &incoming);
    assert_eq!(counted.snapshots_added, 1);
    assert_eq!(counted.plan_items_added, 1);
    assert_eq!(counted.answers_added, 1);
    let merged = merge(&fresh, &incoming);
    assert_eq!(merged.history, session.history);
    assert_eq!(merged.plan, session.plan);
    assert_eq!(merged.answers, session.answers);
    // Importing the same file again changes nothing.
    let again = preview(&merged, &incoming);
    assert!(again.changes_nothing());
    assert_eq!(again.snapshots_present, 1);
    assert_eq!(merge(&merged, &incoming), merged);
}

#[test]
fn a_merge_never_removes_or_overwrites_what_is_here() {
    let here = finished(2, "2026-01-01T10:00:00.000Z")
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(1),
        })
        .apply(Action::AddToPlan {
            competency_id: "I.1".into(),
        })
        .apply(Action::EditPlan {
            competency_id: "I.1".into(),
            edit: PlanEdit::Goal("mine".into()),
        });
    let theirs = finished(4, "2026-05-01T10:00:00.000Z")
        .apply(Action::Rate {
            competency_id: "I.1".into(),
            rating: Rating::Level(5),
        })
        .apply(Action::Rate {
            competency_id: "I.2".into(),
            rating: Rating::Level(5),
        })
        .apply(Action::AddToPlan {
            competency_id: "I.1".into(),
        })
        .apply(Action::EditPlan {
            competency_id: "I.1".into(),
            edit: PlanEdit::Goal("theirs".into()),
        });
    let incoming = read(&backup_file(&theirs, "2026-05-02")).unwrap();
    let counted = preview(&here, &incoming);
    assert_eq!(
        (
            counted.snapshots_added,
            counted.answers_added,
            counted.answers_kept_here,
            counted.plan_items_kept_here
        ),
        (1, 1, 1, 1)
    );
    let merged = merge(&here, &incoming);
    assert_eq!(merged.history.len(), 2);
    assert!(here.history.iter().all(|s| merged.history.contains(s)));
    assert_eq!(
        merged.current_answers().rating("I.1"),
        Some(Rating::Level(1)),
        "the answer here stays"
    );
    assert_eq!(
        merged.current_answers().rating("I.2"),
        Some(Rating::Level(5)),
        "a missing answer is filled in"
    );
    assert_eq!(merged.plan[0].goal, "mine");
}

#[test]
fn a_supervisor_file_becomes_a_received_snapshot() {
    let incoming = read(&supervisor_file()).expect("rating file reads");
    let Incoming::Rating { person, snapshot } = &incoming else {
        panic!("expected a rating")
    };
    assert_eq!(person, "Sam");
    assert_eq!(
        snapshot.rater,
        Rater::Other {
            name: "Dana Lee".into(),
            role: RaterRole::Supervisor
        }
    );
    assert_eq!(snapshot.date(), "2026-09-01");
    assert_eq!(snapshot.answers.rating("I.1"), Some(Rating::Level(4)));
    assert_eq!(snapshot.answers.note("I.1"), "Warm with new members");
    let merged = merge(&Session::default(), &incoming);
    assert_eq!(merged.history.len(), 1);
    assert!(preview(&merged, &incoming).changes_nothing());
}

#[test]
fn wrong_damaged_newer_and_huge_files_are_refused_with_the_reason() {
    assert_eq!(read(""), Err(ImportError::Empty));
    assert!(matches!(
        read("{\"kind\": \"peer-assessment-backup\",\n  \"format\": 2,,}"),
        Err(ImportError::NotJson { line: 2, .. })
    ));
    assert_eq!(read("{\"hello\":1}"), Err(ImportError::NotOurs));
    assert_eq!(read("[1]"), Err(ImportError::NotOurs));
    assert_eq!(
        read(r#"{"kind":"peer-assessment-backup","format":9,"session":{}}"#),
        Err(ImportError::NewerFormat(9))
    );
    assert!(matches!(
        read(r#"{"kind":"peer-assessment-backup","format":2,"session":{"answers":7}}"#),
        Err(ImportError::Damaged(_))
    ));
    let file = supervisor_file();
    assert_eq!(
        read(&file.replace("\"format\": 1", "\"format\": 3")),
        Err(ImportError::NewerFormat(3))
    );
    assert_eq!(
        read(&file.replace("samhsa-2015", "someone-elses-set")),
        Err(ImportError::UnknownSet("someone-elses-set".into()))
    );
    assert!(matches!(
        read(&file.replace("\"set_version\": 1", "\"set_version\": 2")),
        Err(ImportError::OtherSetVersion {
            file: 2,
            here: 1,
            ..
        })
    ));
    assert!(
        matches!(read(&file.replace("\"I.1\": 4", "\"I.1\": 6")), Err(ImportError::Damaged(m)) if m.contains("level 6"))
    );
    assert!(
        matches!(read(&file.replace("\"I.1\": 4", "\"Z.9\": 4")), Err(ImportError::Damaged(m)) if m.contains("Z.9"))
    );
    assert!(matches!(
        read(&file.replace("2026-09-01", "someday")),
        Err(ImportError::Damaged(_))
    ));
    let huge = format!(
        "{{\"kind\":\"peer-assessment-backup\",\"pad\":\"{}\"}}",
        "x".repeat(MAX_IMPORT_BYTES)
    );
    assert!(matches!(read(&huge), Err(ImportError::TooLarge { .. })));
    // Every message says what is wrong in words.
    for error in [
        ImportError::Empty,
        ImportError::NotOurs,
        ImportError::NewerFormat(3),
        ImportError::TooLarge { bytes: 9_000_000 },
    ] {
        assert!(error.to_string().ends_with('.'), "{error}");
    }
}

#[test]
fn backup_reminder_comes_a_week_after_the_last_backup_or_first_finish() {
    let session = Session::default();
    assert!(!backup_due(&session, "2026-11-25"), "nothing to back up");
    let session = finished(3, "2026-11-20T10:00:00.000Z");
    assert!(!backup_due(&session, "2026-11-25"));
    assert!(backup_due(&session, "2026-11-27"));
    let session = session.apply(Action::BackedUp {
        on: "2026-11-26".into(),
    });
    assert!(!backup_due(&session, "2026-12-02"));
    assert!(backup_due(&session, "2026-12-03"));
}
