//! What a person can do. How each action changes the session is in `apply.rs`.

use super::{Mode, Screen, Session};
use crate::core::history::{RaterRole, Snapshot};
use crate::core::plan::PlanEdit;
use crate::core::rating::Rating;
use crate::core::workshop::Allow;

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    ChooseSet(String),
    /// Go to the first category not yet complete, or the first category when all are done.
    Begin,
    GoTo(Screen),
    Rate {
        competency_id: String,
        rating: Rating,
    },
    Note {
        competency_id: String,
        text: String,
    },
    /// Clears the answers and notes of the current set and returns to the welcome screen.
    StartOver,
    /// Forgets everything, for every set.
    DeleteAll,
    /// Another tab saved: merge what it saved. With `base` (what this tab last knew to be
    /// saved) the merge is three-way (see [`Session::merge_three_way`]); without, two-way (see
    /// [`Session::merge_from_other_tab`]).
    MergeFromOtherTab {
        theirs: Box<Session>,
        base: Option<Box<Session>>,
    },
    /// Rate myself, or someone else.
    ChooseMode(Mode),
    /// Who is rated and by whom, for a rating of someone else.
    DescribeRating {
        person: String,
        rater_name: String,
        rater_role: RaterRole,
    },
    /// Ends the rating of someone else (after it was handed over) and returns to rating myself.
    DiscardRatingOfSomeoneElse,
    /// Keeps the assessment in progress as a dated snapshot and clears it for next time.
    Finish {
        at: String,
    },
    DeleteSnapshot(String),
    /// Adds a snapshot that came from outside (a supervisor's file or code).
    Receive(Box<Snapshot>),
    /// Replaces everything with the result of an import merge (see `transfer::merge`).
    Imported(Box<Session>),
    AddToPlan {
        competency_id: String,
    },
    EditPlan {
        competency_id: String,
        edit: PlanEdit,
    },
    RemoveFromPlan {
        competency_id: String,
    },
    BackedUp {
        on: String,
    },
    /// The person picks the widget's language.
    ChooseLanguage(String),
    StartWorkshop {
        name: String,
        set_id: String,
        on: String,
    },
    /// Adds a participant's code to the workshop's open round if it checks out (see
    /// `Workshop::add`).
    AddParticipantCode {
        code: String,
        allow: Allow,
    },
    /// Opens the workshop's next round (see `Workshop::start_round`).
    StartRound {
        name: String,
        on: String,
    },
    ClearWorkshop,
}
