//! A share code that reached the person (typed in, or in a link): read against the built-in
//! sets, and, for a supervisor's code, the snapshot it stands for.

use super::competency_set::built_in_sets;
use super::history::{new_snapshot_id, Rater, RaterRole, Snapshot};
use super::share_code::{decode, CodeError, SharedRatings};

/// Reads a code against the built-in sets.
pub fn read_code(code: &str) -> Result<SharedRatings, CodeError> {
    let sets: Vec<_> = built_in_sets().iter().collect();
    decode(code, &sets)
}

/// The snapshot a supervisor's code stands for (the code carries no name).
pub fn received_snapshot(shared: &SharedRatings, history: &[Snapshot]) -> Snapshot {
    let rater = Rater::Other {
        name: String::new(),
        role: RaterRole::Supervisor,
    };
    let taken_at = shared.date();
    Snapshot {
        id: new_snapshot_id(&taken_at, &rater, history),
        taken_at,
        set_id: shared.set_id.clone(),
        rater,
        answers: shared.answers(),
    }
}
