use super::{draft_set, set_2015};
use peer_assessment::core::competency_set::{built_in_sets, default_set};
use std::collections::HashSet;

#[test]
fn the_2015_set_has_12_categories_and_62_competencies() {
    let set = set_2015();
    assert_eq!(set.categories.len(), 12);
    assert_eq!(set.competency_count(), 62);
    let per_category: Vec<usize> = set
        .categories
        .iter()
        .map(|c| c.competencies.len())
        .collect();
    assert_eq!(per_category, vec![5, 5, 4, 4, 5, 5, 6, 5, 6, 6, 7, 4]);
    assert_eq!(default_set().id, "samhsa-2015");
}

#[test]
fn every_built_in_set_passes_its_checks_with_unique_ids() {
    for set in built_in_sets() {
        set.check().unwrap_or_else(|e| panic!("{}: {e}", set.id));
        let ids: HashSet<&str> = set.competencies().map(|(_, c)| c.id.as_str()).collect();
        assert_eq!(ids.len(), set.competency_count(), "{}", set.id);
    }
    let set_ids: HashSet<&str> = built_in_sets().iter().map(|s| s.id.as_str()).collect();
    assert_eq!(set_ids.len(), built_in_sets().len());
}

#[test]
fn the_2015_text_is_verbatim_with_apostrophes_restored() {
    let set = set_2015();
    let first = &set.categories[0];
    assert_eq!(
        first.title,
        "Engages peers in collaborative and caring relationships"
    );
    assert!(first
        .description
        .starts_with("This category of competencies emphasized peer workers' ability"));
    assert_eq!(
        first.competencies[4].text,
        "Demonstrates understanding of peers' experiences and feelings"
    );
    let all_text: Vec<&str> = set.competencies().map(|(_, c)| c.text.as_str()).collect();
    assert!(all_text.contains(&"Celebrates peers' efforts and accomplishments"));
    assert!(all_text.contains(&"Follows laws and rules concerning confidentiality and respects others' rights for privacy"));
    // No apostrophe left broken by extraction ("peer s", "peers experiences").
    for (_, c) in set.competencies() {
        assert!(!c.text.contains("peer s "), "{}", c.text);
        assert!(!c.text.contains("peers experiences"), "{}", c.text);
    }
    assert_eq!(
        set.categories[11].competencies[3].text,
        "Seeks opportunities to increase knowledge and skills of peer support"
    );
}

#[test]
fn the_draft_set_has_its_add_items_and_education_category() {
    let set = draft_set();
    assert_eq!(set.categories.len(), 13);
    let education = set.categories.last().unwrap();
    assert_eq!(education.title, "Education");
    assert!(education.added);
    assert_eq!(education.competencies.len(), 7);
    let added = set.competencies().filter(|(_, c)| c.added).count();
    // 12 ADD items in the categories (I: 2, III: 1, IV: 4, VI, VII, VIII, IX, XI: 1 each)
    // plus the 7 Education items.
    assert_eq!(added, 19);
    assert_eq!(set.competency_count(), 82);
    // The draft repeats numbers 29 and 39; here every item has its own id.
    let v3 = set.competencies().find(|(_, c)| c.id == "V.3").unwrap().1;
    assert_eq!(v3.details.len(), 5);
    // Family and youth wording.
    assert!(set
        .competencies()
        .any(|(_, c)| c.text.contains("family driven, youth guided")));
}

#[test]
fn every_category_has_a_short_title_for_chart_axes() {
    for set in built_in_sets() {
        for category in &set.categories {
            assert!(!category.short_title.is_empty());
            assert!(category.short_title.len() <= 26, "{}", category.short_title);
        }
    }
}

/// Sets are compared by address first; a copy at another address is still compared field by
/// field, so a changed text or label is told apart.
#[test]
fn a_copy_of_a_set_is_equal_and_a_changed_text_is_not() {
    let set = default_set();
    let mut copy = set.clone();
    assert_eq!(*set, copy);
    copy.categories[0].competencies[0].text.push('!');
    assert_ne!(*set, copy);
    copy = set.clone();
    copy.scale.labels[0].push('!');
    assert_ne!(*set, copy);
    copy = set.clone();
    copy.categories[1].short_title.push('!');
    assert_ne!(*set, copy);
}
