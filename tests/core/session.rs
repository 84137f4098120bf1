use super::set_2015;
use peer_assessment::core::rating::Rating;
use peer_assessment::core::session::{Action, Screen, Session};

fn rate(session: Session, id: &str, rating: Rating) -> Session {
    session.apply(Action::Rate {
        competency_id: id.into(),
        rating,
    })
}

#[test]
fn begin_goes_to_the_first_incomplete_category_or_the_first_when_all_are_done() {
    let set = set_2015();
    let mut session = Session::default().apply(Action::Begin);
    assert_eq!(session.screen, Screen::Category("I".into()));
    for c in &set.categories[0].competencies {
        session = rate(session, &c.id, Rating::Level(3));
    }
    session = session.apply(Action::Begin);
    assert_eq!(session.screen, Screen::Category("II".into()));
    for (_, c) in set.competencies() {
        session = rate(session, &c.id, Rating::NotApplicable);
    }
    assert_eq!(
        session.apply(Action::Begin).screen,
        Screen::Category("I".into())
    );
}

#[test]
fn ratings_outside_the_scale_or_for_unknown_competencies_are_ignored() {
    let session = rate(Session::default(), "I.1", Rating::Level(6));
    assert!(session.current_answers().ratings.is_empty());
    let session = rate(session, "nope", Rating::Level(2));
    assert!(session.current_answers().ratings.is_empty());
    let session = rate(session, "I.1", Rating::Level(5));
    assert_eq!(
        session.current_answers().rating("I.1"),
        Some(Rating::Level(5))
    );
}

#[test]
fn notes_are_trimmed_to_nothing_and_bounded() {
    let session = Session::default().apply(Action::Note {
        competency_id: "I.1".into(),
        text: "  ".into(),
    });
    assert!(session.current_answers().notes.is_empty());
    let long = "x".repeat(5000);
    let session = session.apply(Action::Note {
        competency_id: "I.1".into(),
        text: long,
    });
    assert_eq!(session.current_answers().note("I.1").len(), 1000);
}

#[test]
fn switching_sets_keeps_each_sets_answers() {
    let session = rate(Session::default(), "I.1", Rating::Level(2));
    let session = session.apply(Action::ChooseSet("samhsa-draft-family-youth".into()));
    assert_eq!(session.set().id, "samhsa-draft-family-youth");
    assert!(session.current_answers().ratings.is_empty());
    let session = rate(session, "EDU.2", Rating::Level(4));
    let session = session.apply(Action::ChooseSet("samhsa-2015".into()));
    assert_eq!(
        session.current_answers().rating("I.1"),
        Some(Rating::Level(2))
    );
    assert_eq!(
        session.answers["samhsa-draft-family-youth"].ratings["EDU.2"],
        Rating::Level(4)
    );
    // An unknown set id is refused.
    assert_eq!(
        session
            .clone()
            .apply(Action::ChooseSet("nope".into()))
            .set_id,
        "samhsa-2015"
    );
}

#[test]
fn start_over_clears_only_the_current_set_and_delete_all_clears_everything() {
    let session = rate(Session::default(), "I.1", Rating::Level(2))
        .apply(Action::ChooseSet("samhsa-draft-family-youth".into()));
    let session = rate(session, "I.1", Rating::Level(4)).apply(Action::GoTo(Screen::Results));
    let over = session.clone().apply(Action::StartOver);
    assert_eq!(over.screen, Screen::Welcome);
    assert!(!over.answers.contains_key("samhsa-draft-family-youth"));
    assert_eq!(over.answers["samhsa-2015"].ratings["I.1"], Rating::Level(2));
    assert_eq!(session.apply(Action::DeleteAll), Session::default());
}

#[test]
fn going_to_an_unknown_category_is_ignored() {
    let session = Session::default().apply(Action::GoTo(Screen::Category("XIII".into())));
    assert_eq!(session.screen, Screen::Welcome);
    let session = session.apply(Action::GoTo(Screen::Category("XII".into())));
    assert_eq!(session.current_category_index(), Some(11));
}

#[test]
fn merging_another_tabs_save_keeps_answers_from_both() {
    let base = rate(Session::default(), "I.1", Rating::Level(2));
    let here = rate(base.clone(), "I.2", Rating::Level(3)).apply(Action::GoTo(Screen::Results));
    let there = rate(base.clone(), "I.3", Rating::Level(4));
    let there = rate(there, "I.1", Rating::Level(5)).apply(Action::Note {
        competency_id: "I.3".into(),
        text: "from the other tab".into(),
    });
    let merged = here.clone().apply(Action::MergeFromOtherTab {
        theirs: Box::new(there.clone()),
        base: None,
    });
    let answers = merged.current_answers();
    assert_eq!(
        answers.rating("I.1"),
        Some(Rating::Level(5)),
        "the other tab's later answer wins"
    );
    assert_eq!(
        answers.rating("I.2"),
        Some(Rating::Level(3)),
        "this tab's answer is kept"
    );
    assert_eq!(answers.rating("I.3"), Some(Rating::Level(4)));
    assert_eq!(answers.note("I.3"), "from the other tab");
    assert_eq!(
        merged.screen,
        Screen::Results,
        "each tab keeps its own screen"
    );
    // Merging is idempotent, so two tabs settle instead of saving back and forth.
    assert_eq!(merged.merge_from_other_tab(&there), merged);
}

#[test]
fn start_over_and_delete_in_another_tab_carry_over() {
    let here = rate(Session::default(), "I.1", Rating::Level(2));
    let cleared = here.clone().apply(Action::StartOver);
    assert!(here.merge_from_other_tab(&cleared).answers.is_empty());
    assert!(here
        .merge_from_other_tab(&Session::default())
        .answers
        .is_empty());
}
