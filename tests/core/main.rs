//! Native tests of the pure core: `cargo test --test core`.
#![cfg(not(target_arch = "wasm32"))]

mod backup_version;
mod competency_sets;
mod csv_guard;
mod dates;
mod embed_config;
mod encoder;
mod history;
mod mapping;
mod page_address;
mod qr;
mod radar;
mod random_actions;
mod rating;
mod saved_screen;
mod saved_state;
mod scoring;
mod session;
mod session_actions;
mod set_file;
mod share_code;
mod share_code_layout;
mod shared;
mod transfer;
mod transfer_workshop;
mod two_tabs;
mod workshop;
mod workshop_rounds;

use peer_assessment::core::assessment::Answers;
use peer_assessment::core::competency_set::{find_set, CompetencySet};
use peer_assessment::core::rating::Rating;

pub fn set_2015() -> &'static CompetencySet {
    find_set("samhsa-2015").expect("2015 set is built in")
}

pub fn draft_set() -> &'static CompetencySet {
    find_set("samhsa-draft-family-youth").expect("draft set is built in")
}

/// Answers with the given `(competency id, rating)` pairs.
pub fn answers_with(set: &CompetencySet, ratings: &[(&str, Rating)]) -> Answers {
    let mut answers = Answers::new(set);
    for (id, rating) in ratings {
        answers.ratings.insert(id.to_string(), *rating);
    }
    answers
}
