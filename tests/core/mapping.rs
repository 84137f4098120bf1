use super::{answers_with, draft_set, set_2015};
use peer_assessment::core::mapping::{built_in_mappings, corresponding, map_answers, Relation};
use peer_assessment::core::rating::Rating;

#[test]
fn every_pair_names_competencies_that_exist_and_each_2015_item_has_one() {
    let mapping = &built_in_mappings()[0];
    assert_eq!(
        (mapping.from.set_id.as_str(), mapping.to.set_id.as_str()),
        ("samhsa-2015", "samhsa-draft-family-youth")
    );
    assert_eq!(mapping.from.version, set_2015().version);
    assert_eq!(mapping.to.version, draft_set().version);
    let in_2015: Vec<&str> = set_2015()
        .competencies()
        .map(|(_, c)| c.id.as_str())
        .collect();
    let in_draft: Vec<&str> = draft_set()
        .competencies()
        .map(|(_, c)| c.id.as_str())
        .collect();
    for pair in &mapping.pairs {
        assert!(in_2015.contains(&pair.from.as_str()), "{}", pair.from);
        assert!(in_draft.contains(&pair.to.as_str()), "{}", pair.to);
    }
    assert_eq!(mapping.pairs.len(), 62);
    let added: Vec<&str> = draft_set()
        .competencies()
        .filter(|(_, c)| c.added)
        .map(|(_, c)| c.id.as_str())
        .collect();
    assert!(
        mapping
            .pairs
            .iter()
            .all(|p| !added.contains(&p.to.as_str())),
        "added items have no 2015 counterpart"
    );
    assert!(mapping
        .pairs
        .iter()
        .any(|p| p.relation == Relation::Revised));
}

#[test]
fn answers_carry_over_both_ways_leaving_out_items_without_counterpart() {
    let answers = answers_with(
        set_2015(),
        &[("I.1", Rating::Level(3)), ("IX.6", Rating::NotApplicable)],
    );
    let on_draft = map_answers("samhsa-2015", "samhsa-draft-family-youth", &answers).unwrap();
    assert_eq!(on_draft.rating("I.1"), Some(Rating::Level(3)));
    assert_eq!(on_draft.rating("IX.6"), Some(Rating::NotApplicable));
    let draft_answers = answers_with(
        draft_set(),
        &[("II.1", Rating::Level(4)), ("EDU.1", Rating::Level(2))],
    );
    let back = map_answers("samhsa-draft-family-youth", "samhsa-2015", &draft_answers).unwrap();
    assert_eq!(back.rating("II.1"), Some(Rating::Level(4)));
    assert_eq!(
        back.ratings.len(),
        1,
        "the Education item has no 2015 counterpart"
    );
    assert_eq!(map_answers("samhsa-2015", "somewhere-else", &answers), None);
    assert_eq!(
        corresponding("samhsa-draft-family-youth", "samhsa-2015"),
        Some(62)
    );
}
