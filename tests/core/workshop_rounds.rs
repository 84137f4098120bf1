//! A workshop's rounds: saved workshops from before rounds load as one round; codes go to the
//! open round and a code dated before it is questioned; rounds compared as groups with known
//! answers; the CSV of every round; two tabs and imports never mix two workshops' rounds.

use super::{answers_with, set_2015};
use crate::random_actions::participant_code;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::share_code::{day_from_date, encode, CodeKind};
use peer_assessment::core::transfer::{backup_file, merge, preview, read};
use peer_assessment::core::workshop::{compare_summaries, rounds_csv, summarize_group};
use peer_assessment::core::workshop::{AddError, Allow, RoundComparison, Workshop};

/// A participant who rated every competency of category I (I.1–I.5) at `level`, on `date`.
fn everyone_at(level: u8, date: &str) -> String {
    let ids = ["I.1", "I.2", "I.3", "I.4", "I.5"];
    let ratings: Vec<(&str, Rating)> = ids.iter().map(|id| (*id, Rating::Level(level))).collect();
    let day = day_from_date(date).unwrap();
    encode(
        CodeKind::Participant,
        set_2015(),
        &answers_with(set_2015(), &ratings),
        day,
    )
}

fn add(session: Session, code: String) -> Session {
    session.apply(Action::AddParticipantCode {
        code,
        allow: Allow::default(),
    })
}

/// Rounds `first` and `second` of the workshop compared as groups.
fn compare_rounds(workshop: &Workshop, first: usize, second: usize) -> RoundComparison<'static> {
    let set = workshop.set().unwrap();
    let summary = |round| summarize_group(set, &workshop.participants(round));
    compare_summaries(&summary(first), &summary(second))
}

/// Before: three people at 1, 2 and 3 in category I; after: 3, 4 and 5.
fn two_rounds() -> Session {
    let started = Session::default().apply(Action::StartWorkshop {
        name: "Cohort".into(),
        set_id: "samhsa-2015".into(),
        on: "2026-11-02".into(),
    });
    let before = [1, 2, 3]
        .into_iter()
        .fold(started, |s, l| add(s, everyone_at(l, "2026-11-02")));
    let after = before.apply(Action::StartRound {
        name: String::new(),
        on: "2026-11-30".into(),
    });
    [3, 4, 5]
        .into_iter()
        .fold(after, |s, l| add(s, everyone_at(l, "2026-11-30")))
}

#[test]
fn a_workshop_saved_before_rounds_loads_as_one_round() {
    let old =
        r#"{"name":"Spring","set_id":"samhsa-2015","started_on":"2026-03-01","codes":["A","B"]}"#;
    let workshop: Workshop = serde_json::from_str(old).unwrap();
    assert_eq!(workshop.rounds.len(), 1);
    assert_eq!(workshop.rounds[0].codes, ["A", "B"]);
    assert_eq!(workshop.rounds[0].started_on, "2026-03-01");
    assert_eq!(workshop.rounds[0].name, "");
    let again: Workshop = serde_json::from_str(&serde_json::to_string(&workshop).unwrap()).unwrap();
    assert_eq!(again, workshop, "written with rounds, read back the same");
}

#[test]
fn codes_go_to_the_open_round_and_an_earlier_code_is_questioned() {
    let session = two_rounds();
    let workshop = session.workshop.as_ref().unwrap();
    let counts: Vec<usize> = workshop.rounds.iter().map(|r| r.codes.len()).collect();
    assert_eq!(counts, [3, 3]);
    // A code of the first round's day, given to the second: questioned, nothing changes.
    let early = everyone_at(2, "2026-11-05");
    assert_eq!(
        workshop.check(&early, Allow::default()),
        Err(AddError::BeforeRound {
            code_date: "2026-11-05".into(),
            round_start: "2026-11-30".into()
        })
    );
    assert_eq!(
        add(session.clone(), early.clone()),
        session,
        "nothing taken silently"
    );
    let allowed = session.apply(Action::AddParticipantCode {
        code: early,
        allow: Allow {
            earlier: true,
            repeat: false,
        },
    });
    assert_eq!(allowed.workshop.as_ref().unwrap().rounds[1].codes.len(), 4);
    assert_eq!(allowed.workshop.as_ref().unwrap().rounds[0].codes.len(), 3);
}

#[test]
fn rounds_are_compared_as_groups_with_their_means_changes_and_counts() {
    let session = two_rounds();
    let workshop = session.workshop.as_ref().unwrap();
    let comparison = compare_rounds(workshop, 0, 1);
    assert_eq!(comparison.people, (3, 3));
    let engagement = &comparison.categories[0];
    assert_eq!(
        (engagement.first, engagement.second),
        (Some(2.0), Some(4.0))
    );
    assert_eq!(engagement.change, Some(2.0));
    assert_eq!(engagement.rated_by, (3, 3));
    assert_eq!(
        comparison.categories[1].change, None,
        "nobody rated category II"
    );
    let first = &comparison.competencies[0];
    assert_eq!(first.first.counts, [1, 1, 1, 0, 0]);
    assert_eq!(first.second.counts, [0, 0, 1, 1, 1]);
    assert_eq!(comparison.rose_most().unwrap().category.id, "I");
    assert_eq!(comparison.fell_most(), None);
    assert_eq!(comparison.moved_most(2).len(), 2);
    assert!(comparison
        .moved_most(9)
        .iter()
        .all(|c| c.change == Some(2.0)));
    assert!(workshop.participants(2).is_empty(), "no third round");
    // The other way round: the mean fell.
    let back = compare_rounds(workshop, 1, 0);
    assert_eq!(back.fell_most().unwrap().change, Some(-2.0));
    assert_eq!(back.rose_most(), None);
}

#[test]
fn the_csv_has_a_row_per_competency_and_round() {
    let session = two_rounds();
    let workshop = session.workshop.as_ref().unwrap();
    let names = ["Before".to_string(), "After".to_string()];
    let header = [
        "Round",
        "Category",
        "Id",
        "Competency",
        "N/A",
        "Not answered",
        "Mean",
        "People",
    ];
    let csv = rounds_csv(set_2015(), workshop, &names, header);
    let lines: Vec<&str> = csv.trim_start_matches('\u{feff}').lines().collect();
    assert_eq!(lines.len(), 1 + 2 * 62);
    assert_eq!(
        lines[0],
        "Round,Category,Id,Competency,1,2,3,4,5,N/A,Not answered,Mean,People"
    );
    assert!(lines[1].starts_with("Before,I,I.1,"), "{}", lines[1]);
    assert!(lines[1].ends_with(",1,1,1,0,0,0,0,2.00,3"), "{}", lines[1]);
    assert!(lines[63].starts_with("After,I,I.1,"), "{}", lines[63]);
    assert!(
        lines[63].ends_with(",0,0,1,1,1,0,0,4.00,3"),
        "{}",
        lines[63]
    );
}

#[test]
fn a_round_opened_in_another_tab_is_kept_and_codes_land_in_their_round() {
    let base = two_rounds();
    let mine = add(base.clone(), everyone_at(2, "2026-12-01"));
    let theirs = base.clone().apply(Action::StartRound {
        name: "Follow-up".into(),
        on: "2027-02-28".into(),
    });
    let merged = mine.merge_three_way(&base, &theirs);
    let workshop = merged.workshop.as_ref().unwrap();
    let counts: Vec<usize> = workshop.rounds.iter().map(|r| r.codes.len()).collect();
    assert_eq!(counts, [3, 4, 0]);
    assert_eq!(workshop.rounds[2].name, "Follow-up");
}

#[test]
fn importing_never_mixes_two_workshops_rounds() {
    let here = two_rounds();
    // The same workshop with one more code in its first round: united round by round.
    let mut more = here.clone();
    more.workshop.as_mut().unwrap().make_mut().rounds[0]
        .codes
        .push(participant_code(3, 2));
    let file = read(&backup_file(&more, "2026-12-01T10:00:00.000Z")).unwrap();
    assert_eq!(preview(&here, &file).workshop_codes_added, 1);
    let united = merge(&here, &file);
    assert_eq!(united.workshop.as_ref().unwrap().rounds[0].codes.len(), 4);
    // A second round started on another day in the file: left out.
    let mut other_round = here.clone();
    other_round.workshop.as_mut().unwrap().make_mut().rounds[1].started_on = "2026-12-05".into();
    let file = read(&backup_file(&other_round, "2026-12-01T10:00:00.000Z")).unwrap();
    assert_eq!(preview(&here, &file).workshop_rounds_kept_apart, 1);
    assert_eq!(merge(&here, &file).workshop, here.workshop);
    // Another workshop altogether: not imported, and said so.
    let other = Session::default().apply(Action::StartWorkshop {
        name: "Other".into(),
        set_id: "samhsa-2015".into(),
        on: "2026-10-01".into(),
    });
    let file = read(&backup_file(&other, "2026-12-01T10:00:00.000Z")).unwrap();
    assert!(preview(&here, &file).other_workshop_not_imported);
    assert_eq!(merge(&here, &file).workshop, here.workshop);
}
