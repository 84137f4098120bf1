//! Random actions on a session, for property tests.

use super::{answers_with, set_2015};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Screen, Session};
use peer_assessment::core::share_code::{encode, CodeKind};
use peer_assessment::core::workshop::Allow;
use proptest::prelude::*;

/// An action described by small numbers, turned into an [`Action`] against a session.
#[derive(Clone, Debug)]
pub enum Step {
    Rate { competency: usize, level: u8 },
    Note { competency: usize, text: String },
    Finish { day: u8 },
    DeleteSnapshot { index: usize },
    AddToPlan { competency: usize },
    StartWorkshop,
    AddParticipantCode { competency: usize, level: u8 },
    StartOver,
    GoToResults,
}

pub fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        4 => (0..62usize, 0..=5u8).prop_map(|(competency, level)| Step::Rate { competency, level }),
        1 => (0..62usize, "[a-z ]{0,8}").prop_map(|(competency, text)| Step::Note { competency, text }),
        2 => (1..=28u8).prop_map(|day| Step::Finish { day }),
        1 => (0..4usize).prop_map(|index| Step::DeleteSnapshot { index }),
        1 => (0..62usize).prop_map(|competency| Step::AddToPlan { competency }),
        1 => Just(Step::StartWorkshop),
        2 => (0..62usize, 1..=5u8).prop_map(|(competency, level)| Step::AddParticipantCode { competency, level }),
        1 => Just(Step::StartOver),
        1 => Just(Step::GoToResults),
    ]
}

pub fn competency_id(index: usize) -> String {
    let ids: Vec<String> = set_2015()
        .competencies()
        .map(|(_, c)| c.id.clone())
        .collect();
    ids[index % ids.len()].clone()
}

/// A participant's code rating one competency.
pub fn participant_code(competency: usize, level: u8) -> String {
    let answers = answers_with(
        set_2015(),
        &[(competency_id(competency).as_str(), Rating::Level(level))],
    );
    // 2026-12-01: on or after the day the tests' workshops start.
    encode(CodeKind::Participant, set_2015(), &answers, 1065)
}

pub fn action(step: &Step, session: &Session) -> Action {
    match step {
        Step::Rate { competency, level } => Action::Rate {
            competency_id: competency_id(*competency),
            rating: if *level == 0 {
                Rating::NotApplicable
            } else {
                Rating::Level(*level)
            },
        },
        Step::Note { competency, text } => Action::Note {
            competency_id: competency_id(*competency),
            text: text.clone(),
        },
        Step::Finish { day } => Action::Finish {
            at: format!("2026-08-{day:02}T09:00:00.000Z"),
        },
        Step::DeleteSnapshot { index } => {
            let id = session
                .history
                .get(*index % session.history.len().max(1))
                .map(|s| s.id.clone());
            Action::DeleteSnapshot(id.unwrap_or_else(|| "none".into()))
        }
        Step::AddToPlan { competency } => Action::AddToPlan {
            competency_id: competency_id(*competency),
        },
        Step::StartWorkshop => Action::StartWorkshop {
            name: "Group".into(),
            set_id: "samhsa-2015".into(),
            on: "2026-11-25".into(),
        },
        Step::AddParticipantCode { competency, level } => Action::AddParticipantCode {
            code: participant_code(*competency, *level),
            allow: Allow::default(),
        },
        Step::StartOver => Action::StartOver,
        Step::GoToResults => Action::GoTo(Screen::Results),
    }
}

/// The session after the steps, one by one.
pub fn run(steps: &[Step]) -> Session {
    steps.iter().fold(Session::default(), |session, step| {
        let action = action(step, &session);
        session.apply(action)
    })
}
