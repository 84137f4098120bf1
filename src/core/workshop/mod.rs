//! A facilitator's workshop: anonymous participant codes collected on one device in rounds
//! ("Before the training", "After the training", a follow-up…), and the room's profile computed
//! from each round. No names, notes or times are ever part of it; each code carries its day.

mod group;
mod rounds;

pub use group::{summarize_group, GroupCategory, GroupCompetency, GroupSummary};
pub use rounds::{
    compare_summaries, rounds_csv, CategoryChange, CompetencyChange, RoundComparison,
};

use super::assessment::Answers;
use super::competency_set::{find_set, CompetencySet};
use super::share_code::{date_from_day, day_from_date, decode, CodeError, CodeKind};
use serde::{Deserialize, Serialize};

/// The longest workshop or round name kept, in characters.
pub const NAME_MAX_CHARS: usize = 120;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(from = "SavedWorkshop")]
pub struct Workshop {
    pub name: String,
    pub set_id: String,
    /// "YYYY-MM-DD".
    pub started_on: String,
    /// Never empty; codes are added to the last, the open one.
    pub rounds: Vec<Round>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Round {
    /// The facilitator's name for it; empty names it by its place ("Before the training",
    /// "After the training", "Round 3") in the language shown.
    #[serde(default)]
    pub name: String,
    /// "YYYY-MM-DD": a code dated earlier is questioned before it is added.
    pub started_on: String,
    /// The codes collected, canonical (upper case, no separators), in the order added.
    #[serde(default)]
    pub codes: Vec<String>,
}

/// A workshop as saved: since rounds, a list of them; before, the codes of its one round.
#[derive(Deserialize)]
struct SavedWorkshop {
    name: String,
    set_id: String,
    started_on: String,
    #[serde(default)]
    rounds: Vec<Round>,
    #[serde(default)]
    codes: Vec<String>,
}

impl From<SavedWorkshop> for Workshop {
    fn from(saved: SavedWorkshop) -> Self {
        let mut rounds = saved.rounds;
        if rounds.is_empty() {
            rounds.push(Round {
                name: String::new(),
                started_on: saved.started_on.clone(),
                codes: saved.codes,
            });
        }
        Workshop {
            name: saved.name,
            set_id: saved.set_id,
            started_on: saved.started_on,
            rounds,
        }
    }
}

/// Why a code was not added.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AddError {
    /// The code itself is wrong (mistyped, damaged, another set or version).
    Code(CodeError),
    /// A supervisor's rating code, not a participant's.
    NotAParticipantCode,
    /// The code is for a different set than the workshop's.
    OtherSet { code_set: String },
    /// Exactly this code is already in the open round (two people with identical answers on the
    /// same day give the same code; the facilitator may add it again on purpose).
    AlreadyAdded,
    /// The code is dated before the open round started: perhaps a code of an earlier round. The
    /// facilitator may add it anyway.
    BeforeRound {
        code_date: String,
        round_start: String,
    },
}

/// What a facilitator allows when adding a code that is questioned.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Allow {
    pub repeat: bool,
    pub earlier: bool,
}

impl Workshop {
    pub fn new(name: &str, set_id: &str, started_on: &str) -> Self {
        Workshop {
            name: short_name(name),
            set_id: set_id.to_string(),
            started_on: started_on.to_string(),
            rounds: vec![Round {
                name: String::new(),
                started_on: started_on.to_string(),
                codes: Vec::new(),
            }],
        }
    }

    pub fn set(&self) -> Option<&'static CompetencySet> {
        find_set(&self.set_id)
    }

    /// The round codes are added to: the last.
    pub fn open_round(&self) -> &Round {
        self.rounds.last().expect("a workshop always has a round")
    }

    /// Every code of every round.
    pub fn all_codes(&self) -> impl Iterator<Item = &String> {
        self.rounds.iter().flat_map(|r| r.codes.iter())
    }

    /// Opens a new round from `on`; codes go to it from now on. The round open so far is kept
    /// as it is. Nothing happens when the open round is still empty (it is renamed instead).
    pub fn start_round(&mut self, name: &str, on: &str) {
        let name = short_name(name);
        let several = self.rounds.len() > 1;
        match self.rounds.last_mut() {
            Some(open) if open.codes.is_empty() && several => {
                open.name = name;
                open.started_on = on.to_string();
            }
            _ => self.rounds.push(Round {
                name,
                started_on: on.to_string(),
                codes: Vec::new(),
            }),
        }
    }

    /// Checks a code for the open round without adding it; returns its canonical form.
    pub fn check(&self, code: &str, allow: Allow) -> Result<String, AddError> {
        let set = self.set().ok_or(AddError::Code(CodeError::UnknownSet))?;
        let all: Vec<&CompetencySet> = super::competency_set::built_in_sets().iter().collect();
        let shared = decode(code, &all).map_err(AddError::Code)?;
        if shared.kind != CodeKind::Participant {
            return Err(AddError::NotAParticipantCode);
        }
        if shared.set_id != set.id || shared.set_version != set.version {
            return Err(AddError::OtherSet {
                code_set: shared.set_id,
            });
        }
        let canonical =
            super::share_code::encode(CodeKind::Participant, set, &shared.answers(), shared.day);
        let open = self.open_round();
        if !allow.repeat && open.codes.contains(&canonical) {
            return Err(AddError::AlreadyAdded);
        }
        let round_day = day_from_date(&open.started_on);
        if !allow.earlier && round_day.is_some_and(|start| shared.day < start) {
            return Err(AddError::BeforeRound {
                code_date: date_from_day(shared.day),
                round_start: open.started_on.clone(),
            });
        }
        Ok(canonical)
    }

    /// Adds a participant's code to the open round after checking it; nothing changes when it
    /// is refused.
    pub fn add(&mut self, code: &str, allow: Allow) -> Result<(), AddError> {
        let canonical = self.check(code, allow)?;
        self.open_round_mut().codes.push(canonical);
        Ok(())
    }

    pub fn open_round_mut(&mut self) -> &mut Round {
        self.rounds
            .last_mut()
            .expect("a workshop always has a round")
    }

    /// Each participant's answers in round `round`, decoded; codes that no longer read are
    /// skipped.
    pub fn participants(&self, round: usize) -> Vec<Answers> {
        let (Some(set), Some(round)) = (self.set(), self.rounds.get(round)) else {
            return Vec::new();
        };
        round
            .codes
            .iter()
            .filter_map(|code| decode(code, &[set]).ok())
            .map(|s| s.answers())
            .collect()
    }

    /// The same workshop (two tabs, or a backup of it): same set and start.
    pub fn same_as(&self, other: &Workshop) -> bool {
        self.set_id == other.set_id && self.started_on == other.started_on
    }
}

impl Round {
    /// The same round of the same workshop: the same start.
    pub fn same_as(&self, other: &Round) -> bool {
        self.started_on == other.started_on
    }
}

fn short_name(name: &str) -> String {
    name.trim().chars().take(NAME_MAX_CHARS).collect()
}
