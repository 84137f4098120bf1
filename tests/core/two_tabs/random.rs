//! Random actions in two tabs, saved and delivered in random order: nothing added in one tab is
//! lost unless the other removed it on purpose, and both tabs end up with what is stored.

use super::TwoTabs;
use crate::random_actions::{action, competency_id, Step};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Session};
use proptest::prelude::*;
use std::collections::BTreeMap;

#[derive(Clone, Debug)]
enum Event {
    Act(usize, Step),
    Save(usize),
    Deliver(usize),
}

fn tab_step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..8usize, 0..=5u8).prop_map(|(competency, level)| Step::Rate { competency, level }),
        1 => (0..8usize, "[a-z]{0,3}").prop_map(|(competency, text)| Step::Note { competency, text }),
        2 => (1..=3u8).prop_map(|day| Step::Finish { day }),
        1 => (0..3usize).prop_map(|index| Step::DeleteSnapshot { index }),
        1 => (0..8usize).prop_map(|competency| Step::AddToPlan { competency }),
        2 => (0..8usize, 1..=2u8).prop_map(|(competency, level)| Step::AddParticipantCode { competency, level }),
        1 => Just(Step::StartOver),
    ]
}

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        3 => (0..2usize, tab_step()).prop_map(|(tab, step)| Event::Act(tab, step)),
        1 => (0..2usize).prop_map(Event::Save),
        1 => (0..2usize).prop_map(Event::Deliver),
    ]
}

/// What each tab did that must survive, and what it removed on purpose.
#[derive(Default)]
struct Record {
    /// Snapshots made, by time and answers (ids may change in a merge).
    finished: Vec<(String, BTreeMap<String, Rating>)>,
    deleted: Vec<(String, BTreeMap<String, Rating>)>,
    plan: Vec<String>,
    codes: Vec<String>,
    /// Per tab: the last rating given per competency, and whether all answers were cleared
    /// (Finish or Start over) after it.
    ratings: [BTreeMap<String, (Rating, bool)>; 2],
    /// Per tab: competencies it rated or noted, and whether it ever cleared all answers.
    touched: [Vec<String>; 2],
    cleared: [bool; 2],
}

fn start() -> Session {
    Session::default().apply(Action::StartWorkshop {
        name: "Group".into(),
        set_id: "samhsa-2015".into(),
        on: "2026-11-25".into(),
    })
}

fn record(record: &mut Record, tab: usize, step: &Step, before: &Session, after: &Session) {
    let content = |s: &peer_assessment::core::history::Snapshot| {
        (s.taken_at.clone(), s.answers.ratings.clone())
    };
    match step {
        Step::Finish { .. } | Step::StartOver => {
            if let Some(new) = after.history.iter().find(|s| !before.history.contains(s)) {
                record.finished.push(content(new));
            }
            record.cleared[tab] = true;
            record.ratings[tab]
                .values_mut()
                .for_each(|(_, cleared)| *cleared = true);
        }
        Step::DeleteSnapshot { .. } => {
            record.deleted.extend(
                before
                    .history
                    .iter()
                    .filter(|s| !after.history.contains(s))
                    .map(content),
            );
        }
        Step::AddToPlan { competency } => record.plan.push(competency_id(*competency)),
        Step::AddParticipantCode { .. } => {
            let codes = |s: &Session| {
                s.workshop
                    .as_ref()
                    .map(|w| w.all_codes().cloned().collect::<Vec<_>>())
                    .unwrap_or_default()
            };
            record.codes.extend(
                codes(after)
                    .into_iter()
                    .filter(|c| !codes(before).contains(c)),
            );
        }
        Step::Rate { competency, level } => {
            let id = competency_id(*competency);
            let rating = if *level == 0 {
                Rating::NotApplicable
            } else {
                Rating::Level(*level)
            };
            record.ratings[tab].insert(id.clone(), (rating, false));
            record.touched[tab].push(id);
        }
        Step::Note { competency, .. } => record.touched[tab].push(competency_id(*competency)),
        _ => {}
    }
}

fn check(record: &Record, stored: &Session) {
    let content = |s: &peer_assessment::core::history::Snapshot| {
        (s.taken_at.clone(), s.answers.ratings.clone())
    };
    let kept: Vec<_> = stored.history.iter().map(content).collect();
    for snapshot in record
        .finished
        .iter()
        .filter(|s| !record.deleted.contains(s))
    {
        assert!(kept.contains(snapshot), "a snapshot was lost: {snapshot:?}");
    }
    for id in &record.plan {
        assert!(
            stored.plan.iter().any(|i| &i.competency_id == id),
            "a plan item was lost: {id}"
        );
    }
    let codes = stored
        .workshop
        .as_ref()
        .map(|w| w.all_codes().cloned().collect::<Vec<_>>())
        .unwrap_or_default();
    for code in &record.codes {
        assert!(codes.contains(code), "a workshop code was lost");
    }
    let answers = stored.answers.get("samhsa-2015");
    for tab in 0..2 {
        let other = 1 - tab;
        for (id, (rating, cleared_after)) in &record.ratings[tab] {
            if *cleared_after || record.cleared[other] || record.touched[other].contains(id) {
                continue;
            }
            assert_eq!(
                answers.and_then(|a| a.ratings.get(id)),
                Some(rating),
                "an answer was lost: {id}"
            );
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn nothing_added_in_either_tab_is_lost_and_the_tabs_agree(events in proptest::collection::vec(event(), 0..40)) {
        let mut tabs = TwoTabs::new(start());
        let mut log = Record::default();
        for event in &events {
            match event {
                Event::Act(tab, step) => {
                    let before = tabs.tabs[*tab].state.clone();
                    tabs.act(*tab, action(step, &before));
                    let after = tabs.tabs[*tab].state.clone();
                    record(&mut log, *tab, step, &before, &after);
                }
                Event::Save(tab) => tabs.save(*tab),
                Event::Deliver(tab) => tabs.deliver(*tab),
            }
        }
        tabs.settle();
        tabs.assert_converged();
        check(&log, &tabs.storage);
    }
}
