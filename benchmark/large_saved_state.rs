//! Prints the saved state of the benchmark's "large history" case: the text the widget keeps in
//! localStorage under `peer-assessment.state` (saved format 2, see `src/core/saved_state.rs`) for
//! a person with 200 finished assessments of the 2015 set, each with every competency rated and a
//! note of about 60 characters on every competency (about 1 MB in all), and a workshop of 200
//! participant codes. The assessment in progress is empty, and the widget opens on its welcome
//! screen.
//!
//!   cargo run --example large-saved-state > state.json
//!
//! The JSON is written field by field, not through the `Session` type, so that it is the saved
//! format itself that is measured. Before printing, the text is read back with the widget's own
//! `saved_state::decode` and every code with `share_code::decode`; any refusal is an error.
//! Everything is deterministic: the same text on every run.

use peer_assessment::core::assessment::Answers;
use peer_assessment::core::competency_set::{find_set, CompetencySet};
use peer_assessment::core::rating::Rating;
use peer_assessment::core::saved_state;
use peer_assessment::core::share_code::{self, CodeKind};
use serde_json::{json, Map, Value};
use std::process::ExitCode;

const SET_ID: &str = "samhsa-2015";
const SNAPSHOTS: u32 = 200;
const PARTICIPANTS: u32 = 200;
/// Days between two snapshots, from 2024-01-01 (200 snapshots reach 2026-09-22).
const SNAPSHOT_EVERY_DAYS: u32 = 5;
const WORKSHOP_STARTED_ON: &str = "2026-11-20";
const SAVED_AT: &str = "2026-11-25T10:00:00.000Z";

/// A small deterministic generator (64-bit LCG, high bits), so the file is the same every run.
struct Numbers(u64);

impl Numbers {
    fn next(&mut self, below: u32) -> u32 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % u64::from(below)) as u32
    }
}

/// A level around `centre` (1 to `levels`), and "not applicable" about one time in twelve.
fn rating(numbers: &mut Numbers, centre: u32, levels: u32) -> Rating {
    if numbers.next(12) == 0 {
        return Rating::NotApplicable;
    }
    let spread = numbers.next(3) as i64 - 1;
    let level = (i64::from(centre) + spread).clamp(1, i64::from(levels));
    Rating::Level(level as u8)
}

const OPENINGS: [&str; 6] = [
    "Practised with my supervisor",
    "Came up in group this week",
    "Worked on it with a peer",
    "Talked it over with mentor",
    "Read the training notes",
    "Tried another approach",
];
const NEXT_STEPS: [&str; 6] = [
    "ask for feedback next session",
    "keep a log of what worked",
    "role-play it before team meeting",
    "bring an example to supervision",
    "practise it twice this month",
    "look for a course on it",
];

/// A note of about 60 characters (so that 200 snapshots of 62 competencies come to about 1 MB).
fn note(numbers: &mut Numbers) -> String {
    let opening = OPENINGS[numbers.next(OPENINGS.len() as u32) as usize];
    let next = NEXT_STEPS[numbers.next(NEXT_STEPS.len() as u32) as usize];
    format!("{opening}; next: {next}.")
}

fn rating_json(rating: Rating) -> Value {
    match rating {
        Rating::Level(level) => json!(level),
        Rating::NotApplicable => json!("na"),
    }
}

fn snapshot(set: &CompetencySet, numbers: &mut Numbers, n: u32) -> Value {
    let levels = u32::from(set.scale.levels());
    let taken_at = format!(
        "{}T{:02}:{:02}:00.000Z",
        share_code::date_from_day(n * SNAPSHOT_EVERY_DAYS),
        9 + n % 8,
        (n * 7) % 60
    );
    // A person's levels rise slowly over the 200 assessments.
    let centre = 1 + (n * levels) / (SNAPSHOTS + 1);
    let mut ratings = Map::new();
    let mut notes = Map::new();
    for (_, competency) in set.competencies() {
        ratings.insert(
            competency.id.clone(),
            rating_json(rating(numbers, centre, levels)),
        );
        notes.insert(competency.id.clone(), json!(note(numbers)));
    }
    json!({
        // As `history::new_snapshot_id` forms it: the time, then who rated.
        "id": format!("{taken_at}-self"),
        "taken_at": taken_at,
        "set_id": set.id,
        "rater": { "by": "myself" },
        "answers": { "set_version": set.version, "ratings": ratings, "notes": notes },
    })
}

/// A participant's code: every competency rated (levels around a per-person centre, a few left
/// unanswered or not applicable).
fn participant_code(set: &CompetencySet, numbers: &mut Numbers, day: u32) -> String {
    let levels = u32::from(set.scale.levels());
    let centre = 1 + numbers.next(levels);
    let mut answers = Answers::new(set);
    for (_, competency) in set.competencies() {
        if numbers.next(20) == 0 {
            continue;
        }
        answers
            .ratings
            .insert(competency.id.clone(), rating(numbers, centre, levels));
    }
    share_code::encode(CodeKind::Participant, set, &answers, day)
}

fn main() -> ExitCode {
    let Some(set) = find_set(SET_ID) else {
        eprintln!("large-saved-state: the set {SET_ID} is not built in");
        return ExitCode::FAILURE;
    };
    let mut numbers = Numbers(2015);
    let history: Vec<Value> = (0..SNAPSHOTS)
        .map(|n| snapshot(set, &mut numbers, n))
        .collect();
    let day = share_code::day_from_date(WORKSHOP_STARTED_ON).expect("a date after 2024");
    let mut codes: Vec<String> = Vec::new();
    while codes.len() < PARTICIPANTS as usize {
        let code = participant_code(set, &mut numbers, day);
        if !codes.contains(&code) {
            codes.push(code);
        }
    }
    for code in &codes {
        if let Err(error) = share_code::decode(code, &[set]) {
            eprintln!("large-saved-state: the code {code} does not read back: {error}");
            return ExitCode::FAILURE;
        }
    }
    let state = json!({
        "format": 2,
        "saved_at": SAVED_AT,
        "session": {
            "set_id": set.id,
            "screen": "welcome",
            "answers": {},
            "mode": "myself",
            "history": history,
            "plan": [],
            "workshop": {
                "name": "Peer support training, autumn cohort",
                "set_id": set.id,
                "started_on": WORKSHOP_STARTED_ON,
                "codes": codes,
            },
        },
    });
    let text = serde_json::to_string(&state).expect("JSON values always serialize");
    if let Err(error) = saved_state::decode(&text) {
        eprintln!("large-saved-state: the widget would not read this state: {error}");
        return ExitCode::FAILURE;
    }
    println!("{text}");
    ExitCode::SUCCESS
}
