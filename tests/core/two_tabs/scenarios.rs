use super::TwoTabs;
use crate::random_actions::participant_code;
use peer_assessment::core::plan::PlanEdit;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use peer_assessment::core::workshop::Allow;

const A: usize = 0;
const B: usize = 1;

fn rate(id: &str, level: u8) -> Action {
    Action::Rate {
        competency_id: id.into(),
        rating: Rating::Level(level),
    }
}

fn answered() -> Session {
    Session::default()
        .apply(rate("I.1", 2))
        .apply(rate("I.2", 3))
}

fn finish(day: u8) -> Action {
    Action::Finish {
        at: format!("2026-08-{day:02}T09:00:00.000Z"),
    }
}

/// Everywhere: one snapshot, made of the answers given before, and the answer given in B.
fn assert_snapshot_and_answer_kept(tabs: &TwoTabs) {
    tabs.assert_converged();
    let stored = &tabs.storage;
    assert_eq!(stored.history.len(), 1, "the snapshot is kept");
    assert_eq!(stored.history[0].answers.ratings.len(), 2);
    let answers = &stored.answers["samhsa-2015"];
    assert_eq!(
        answers.ratings.get("I.5"),
        Some(&Rating::Level(4)),
        "the answer is kept"
    );
    assert_eq!(
        answers.ratings.len(),
        1,
        "the finished answers stay cleared"
    );
}

#[test]
fn finished_in_one_tab_answered_in_the_other_the_finish_saved_first() {
    let mut tabs = TwoTabs::new(answered());
    tabs.act(A, finish(1));
    tabs.act(B, rate("I.5", 4));
    tabs.save(A);
    tabs.deliver(B);
    tabs.save(B);
    tabs.deliver(A);
    assert_snapshot_and_answer_kept(&tabs);
}

#[test]
fn finished_in_one_tab_answered_in_the_other_the_answer_saved_first() {
    let mut tabs = TwoTabs::new(answered());
    tabs.act(A, finish(1));
    tabs.act(B, rate("I.5", 4));
    tabs.save(B);
    tabs.deliver(A);
    tabs.save(A);
    tabs.deliver(B);
    assert_snapshot_and_answer_kept(&tabs);
}

#[test]
fn finished_in_one_tab_answered_in_the_other_both_saved_before_either_heard() {
    for first in [A, B] {
        let mut tabs = TwoTabs::new(answered());
        tabs.act(A, finish(1));
        tabs.act(B, rate("I.5", 4));
        tabs.save(first);
        tabs.save(1 - first);
        tabs.deliver(A);
        tabs.deliver(B);
        tabs.settle();
        assert_snapshot_and_answer_kept(&tabs);
    }
}

#[test]
fn a_snapshot_deleted_in_one_tab_while_the_other_answers() {
    for first in [A, B] {
        let start = answered().apply(finish(1)).apply(rate("I.1", 5));
        let id = start.history[0].id.clone();
        let mut tabs = TwoTabs::new(start);
        tabs.act(A, Action::DeleteSnapshot(id));
        tabs.act(B, rate("I.3", 1));
        tabs.save(first);
        tabs.deliver(1 - first);
        tabs.settle();
        tabs.assert_converged();
        assert!(tabs.storage.history.is_empty(), "the deletion carries over");
        let answers = &tabs.storage.answers["samhsa-2015"];
        assert_eq!(
            (answers.ratings["I.1"], answers.ratings["I.3"]),
            (Rating::Level(5), Rating::Level(1))
        );
    }
}

#[test]
fn plan_edits_in_both_tabs_are_kept() {
    for first in [A, B] {
        let start = Session::default()
            .apply(Action::AddToPlan {
                competency_id: "I.1".into(),
            })
            .apply(Action::AddToPlan {
                competency_id: "I.2".into(),
            })
            .apply(Action::AddToPlan {
                competency_id: "I.4".into(),
            });
        let mut tabs = TwoTabs::new(start);
        tabs.act(
            A,
            Action::EditPlan {
                competency_id: "I.1".into(),
                edit: PlanEdit::Goal("from A".into()),
            },
        );
        tabs.act(
            A,
            Action::RemoveFromPlan {
                competency_id: "I.4".into(),
            },
        );
        tabs.act(
            B,
            Action::EditPlan {
                competency_id: "I.2".into(),
                edit: PlanEdit::Steps("from B".into()),
            },
        );
        tabs.act(
            B,
            Action::AddToPlan {
                competency_id: "I.3".into(),
            },
        );
        tabs.save(first);
        tabs.save(1 - first);
        tabs.settle();
        tabs.assert_converged();
        let plan = &tabs.storage.plan;
        let ids: Vec<&str> = plan.iter().map(|i| i.competency_id.as_str()).collect();
        assert_eq!(ids.len(), 3, "{ids:?}");
        assert!(ids.contains(&"I.3") && !ids.contains(&"I.4"), "{ids:?}");
        assert_eq!(
            plan.iter().find(|i| i.competency_id == "I.1").unwrap().goal,
            "from A"
        );
        assert_eq!(
            plan.iter()
                .find(|i| i.competency_id == "I.2")
                .unwrap()
                .steps,
            "from B"
        );
    }
}

#[test]
fn workshop_codes_added_in_both_tabs_are_all_kept() {
    for first in [A, B] {
        let start = Session::default().apply(Action::StartWorkshop {
            name: "Group".into(),
            set_id: "samhsa-2015".into(),
            on: "2026-11-25".into(),
        });
        let mut tabs = TwoTabs::new(start);
        let (a, b, both) = (
            participant_code(0, 1),
            participant_code(1, 2),
            participant_code(2, 3),
        );
        tabs.act(
            A,
            Action::AddParticipantCode {
                code: a.clone(),
                allow: Allow::default(),
            },
        );
        tabs.act(
            B,
            Action::AddParticipantCode {
                code: b.clone(),
                allow: Allow::default(),
            },
        );
        tabs.act(
            A,
            Action::AddParticipantCode {
                code: both.clone(),
                allow: Allow::default(),
            },
        );
        tabs.act(
            B,
            Action::AddParticipantCode {
                code: both.clone(),
                allow: Allow::default(),
            },
        );
        tabs.save(first);
        tabs.save(1 - first);
        tabs.settle();
        tabs.assert_converged();
        let codes = &tabs.storage.workshop.as_ref().unwrap().rounds[0].codes;
        assert_eq!(codes.len(), 3, "{codes:?}");
        assert!(codes.contains(&a) && codes.contains(&b) && codes.contains(&both));
    }
}

#[test]
fn without_a_base_the_merge_is_two_way_as_before() {
    let here = answered();
    let there = answered().apply(Action::StartOver);
    let merged = here.clone().apply(Action::MergeFromOtherTab {
        theirs: Box::new(there.clone()),
        base: None,
    });
    assert_eq!(merged, here.merge_from_other_tab(&there));
}

#[test]
fn a_deleted_snapshots_id_used_again_in_one_tab_while_the_other_finishes() {
    for first in [A, B] {
        let start = answered().apply(finish(1));
        let old = start.history[0].clone();
        let mut tabs = TwoTabs::new(start);
        tabs.act(B, Action::DeleteSnapshot(old.id.clone()));
        tabs.act(B, rate("I.1", 4));
        tabs.act(B, finish(1));
        assert_eq!(
            tabs.tabs[B].state.history[0].id, old.id,
            "the same id, other answers"
        );
        tabs.act(A, rate("I.3", 2));
        tabs.act(A, finish(2));
        tabs.save(first);
        tabs.save(1 - first);
        tabs.settle();
        tabs.assert_converged();
        let history = &tabs.storage.history;
        assert_eq!(history.len(), 2, "{history:?}");
        assert!(!history.contains(&old), "the deletion carries over");
        assert!(history
            .iter()
            .any(|s| s.answers.ratings.get("I.1") == Some(&Rating::Level(4))));
        assert!(history
            .iter()
            .any(|s| s.answers.ratings.get("I.3") == Some(&Rating::Level(2))));
    }
}
