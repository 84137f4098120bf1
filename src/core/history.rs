//! Finished assessments kept over time: a person's own, and ratings others gave them.

use super::assessment::Answers;
use super::competency_set::{find_set, CompetencySet};
use super::scoring::summarize;
use serde::{Deserialize, Serialize};

/// The role of someone who rates a peer worker.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RaterRole {
    #[default]
    Supervisor,
    Mentor,
    CoWorker,
    Other,
}

impl RaterRole {
    pub const ALL: [RaterRole; 4] = [
        RaterRole::Supervisor,
        RaterRole::Mentor,
        RaterRole::CoWorker,
        RaterRole::Other,
    ];

    /// The role as it reads inside a sentence: "your supervisor", "your co-worker".
    pub fn noun(self) -> &'static str {
        match self {
            RaterRole::Supervisor => "supervisor",
            RaterRole::Mentor => "mentor",
            RaterRole::CoWorker => "co-worker",
            RaterRole::Other => "other rater",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            RaterRole::Supervisor => "supervisor",
            RaterRole::Mentor => "mentor",
            RaterRole::CoWorker => "co_worker",
            RaterRole::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<RaterRole> {
        RaterRole::ALL.into_iter().find(|role| role.key() == key)
    }
}

/// Who gave the ratings of a snapshot.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum Rater {
    /// The person themself.
    Myself,
    /// Someone else, e.g. a supervisor; the name is as they wrote it (may be empty).
    Other { name: String, role: RaterRole },
}

/// One finished assessment.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Snapshot {
    /// Unique among the snapshots kept.
    pub id: String,
    /// When it was finished: an ISO timestamp, or a date for ratings handed over by code.
    pub taken_at: String,
    pub set_id: String,
    pub rater: Rater,
    pub answers: Answers,
}

impl Snapshot {
    /// "YYYY-MM-DD".
    pub fn date(&self) -> &str {
        self.taken_at.get(..10).unwrap_or(&self.taken_at)
    }

    pub fn set(&self) -> Option<&'static CompetencySet> {
        find_set(&self.set_id)
    }

    pub fn is_own(&self) -> bool {
        self.rater == Rater::Myself
    }

    /// Completion and overall mean, for lists; `None` when the set is not built in.
    pub fn overview(&self) -> Option<SnapshotOverview> {
        let set = self.set()?;
        let summary = summarize(set, &self.answers);
        Some(SnapshotOverview {
            answered: summary.answered,
            total: summary.total,
            overall_mean: summary.overall_mean,
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct SnapshotOverview {
    pub answered: usize,
    pub total: usize,
    pub overall_mean: Option<f64>,
}

/// An id not used by any of `existing`, derived from the time and who rated.
pub fn new_snapshot_id(taken_at: &str, rater: &Rater, existing: &[Snapshot]) -> String {
    let who = match rater {
        Rater::Myself => "self",
        Rater::Other { role, .. } => role.key(),
    };
    let base = format!("{taken_at}-{who}");
    let mut id = base.clone();
    let mut n = 2;
    while existing.iter().any(|s| s.id == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
}

/// Snapshots of one set, oldest first.
pub fn snapshots_of<'a>(history: &'a [Snapshot], set_id: &str) -> Vec<&'a Snapshot> {
    let mut found: Vec<&Snapshot> = history.iter().filter(|s| s.set_id == set_id).collect();
    found.sort_by(|a, b| a.taken_at.cmp(&b.taken_at));
    found
}
