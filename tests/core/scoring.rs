use super::{answers_with, set_2015};
use peer_assessment::core::assessment::Answers;
use peer_assessment::core::rating::Rating::{Level, NotApplicable};
use peer_assessment::core::scoring::{
    format_mean, highlights, mean, score_category, summarize, CompetencyScore,
};

/// The ids of the competencies named, in order.
fn ids<'a>(scores: &'a [CompetencyScore]) -> Vec<&'a str> {
    scores.iter().map(|s| s.competency.id.as_str()).collect()
}

#[test]
fn category_mean_leaves_out_not_applicable_and_unanswered() {
    let set = set_2015();
    let answers = answers_with(
        set,
        &[("I.1", Level(2)), ("I.2", Level(5)), ("I.3", NotApplicable)],
    );
    let score = score_category(&set.categories[0], &answers);
    assert_eq!(score.mean, Some(3.5));
    assert_eq!(
        (score.rated, score.not_applicable, score.unanswered),
        (2, 1, 2)
    );
}

#[test]
fn a_category_with_nothing_rated_has_no_mean_not_zero() {
    let set = set_2015();
    let answers = answers_with(set, &[("II.1", NotApplicable), ("I.1", Level(4))]);
    let summary = summarize(set, &answers);
    assert_eq!(summary.categories[1].mean, None);
    assert_eq!(summary.categories[2].mean, None);
    assert_eq!(format_mean(summary.categories[1].mean), "not rated");
    assert_eq!(format_mean(Some(3.25)), "3.3");
    assert_eq!(format_mean(Some(2.75)), "2.8");
    assert_eq!(format_mean(Some(4.0)), "4.0");
    assert_eq!(summary.overall_mean, Some(4.0));
    assert!(summary.is_partial());
    assert_eq!(summary.answered, 2);
    assert_eq!(summary.total, 62);
}

#[test]
fn overall_mean_is_over_all_rated_competencies() {
    let set = set_2015();
    let mut answers = Answers::new(set);
    for (i, (_, c)) in set.competencies().enumerate() {
        answers
            .ratings
            .insert(c.id.clone(), Level((i % 5) as u8 + 1));
    }
    let summary = summarize(set, &answers);
    assert!(!summary.is_partial());
    let expected = (0..62).map(|i| (i % 5 + 1) as f64).sum::<f64>() / 62.0;
    assert!((summary.overall_mean.unwrap() - expected).abs() < 1e-12);
    assert_eq!(summary.categories[0].mean, Some(3.0));
}

#[test]
fn empty_answers_give_no_means() {
    let set = set_2015();
    let summary = summarize(set, &Answers::new(set));
    assert_eq!(summary.overall_mean, None);
    assert!(summary.categories.iter().all(|c| c.mean.is_none()));
    assert_eq!(mean([]), None);
}

#[test]
fn answers_for_ids_the_set_does_not_have_are_ignored_in_scores() {
    let set = set_2015();
    let answers = answers_with(set, &[("I.1", Level(2)), ("retired.9", Level(5))]);
    let summary = summarize(set, &answers);
    assert_eq!(summary.overall_mean, Some(2.0));
    assert_eq!(summary.answered, 1);
}

#[test]
fn highlights_name_highest_and_lowest_without_overlap() {
    let set = set_2015();
    let answers = answers_with(
        set,
        &[
            ("I.1", Level(5)),
            ("I.2", Level(4)),
            ("II.1", Level(1)),
            ("II.2", Level(2)),
            ("III.1", Level(3)),
        ],
    );
    let found = highlights(set, &answers, 2);
    let (strong, growth) = (
        ids(&found.strongest_competencies),
        ids(&found.growth_competencies),
    );
    assert_eq!(strong, vec!["I.1", "I.2"]);
    assert_eq!(growth, vec!["II.1", "II.2"]);
    assert_eq!(found.strongest_categories[0].category.id, "I");
    assert_eq!(found.growth_categories[0].category.id, "II");
}

#[test]
fn equal_ratings_are_neither_strength_nor_growth_area() {
    let set = set_2015();
    let answers = answers_with(set, &[("I.1", Level(3)), ("II.1", Level(3))]);
    let found = highlights(set, &answers, 3);
    assert!(found.strongest_competencies.is_empty());
    assert!(found.growth_competencies.is_empty());
    assert!(found.strongest_categories.is_empty());
}

#[test]
fn a_single_item_is_never_both_strength_and_growth_area() {
    let set = set_2015();
    let answers = answers_with(
        set,
        &[("I.1", Level(1)), ("I.2", Level(3)), ("I.3", Level(5))],
    );
    let found = highlights(set, &answers, 3);
    let (strong, growth) = (
        ids(&found.strongest_competencies),
        ids(&found.growth_competencies),
    );
    assert_eq!(strong, vec!["I.3", "I.2"]);
    assert_eq!(growth, vec!["I.1"]);
}
