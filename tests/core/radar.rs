use peer_assessment::core::radar::{path_data, wrap_label, Point, RadarGeometry, TextAnchor};

fn geometry(axes: usize) -> RadarGeometry {
    RadarGeometry {
        center: Point { x: 100.0, y: 100.0 },
        radius: 50.0,
        axes,
        levels: 5,
    }
}

fn close(a: Point, b: Point) -> bool {
    (a.x - b.x).abs() < 1e-9 && (a.y - b.y).abs() < 1e-9
}

#[test]
fn first_axis_points_up_and_axes_go_clockwise() {
    let g = geometry(4);
    assert!(close(g.axis_end(0), Point { x: 100.0, y: 50.0 }));
    assert!(close(g.axis_end(1), Point { x: 150.0, y: 100.0 }));
    assert!(close(g.axis_end(2), Point { x: 100.0, y: 150.0 }));
    assert!(close(g.axis_end(3), Point { x: 50.0, y: 100.0 }));
}

#[test]
fn values_scale_linearly_and_are_clamped_to_the_scale() {
    let g = geometry(4);
    assert!(close(g.point(1, 2.5), Point { x: 125.0, y: 100.0 }));
    assert!(close(g.point(1, 0.0), g.center));
    assert!(close(g.point(1, 9.0), g.axis_end(1)));
    assert!(close(g.point(1, -3.0), g.center));
}

#[test]
fn every_ring_point_is_at_its_level_radius() {
    let g = geometry(12);
    for level in 1..=5u8 {
        let ring = g.ring(level);
        assert_eq!(ring.len(), 12);
        for p in ring {
            let r = ((p.x - 100.0).powi(2) + (p.y - 100.0).powi(2)).sqrt();
            assert!((r - 10.0 * f64::from(level)).abs() < 1e-9);
        }
    }
}

#[test]
fn unrated_axes_are_skipped_not_drawn_at_zero() {
    let g = geometry(4);
    let points = g.data_points(&[Some(5.0), None, Some(5.0), Some(5.0)]);
    let axes: Vec<usize> = points.iter().map(|(i, _)| *i).collect();
    assert_eq!(axes, vec![0, 2, 3]);
    assert!(points.iter().all(|(_, p)| !close(*p, g.center)));
}

#[test]
fn labels_are_anchored_away_from_the_centre() {
    let g = geometry(4);
    assert_eq!(g.label_position(0, 5.0).1, TextAnchor::Middle);
    assert_eq!(g.label_position(1, 5.0).1, TextAnchor::Start);
    assert_eq!(g.label_position(3, 5.0).1, TextAnchor::End);
    let (p, _) = g.label_position(1, 5.0);
    assert!(close(p, Point { x: 155.0, y: 100.0 }));
    // Thirteen axes (the draft set): the two either side of the bottom grow apart, not into each
    // other; twelve: the one at the bottom is centred.
    let g = geometry(13);
    assert_eq!(g.label_position(6, 5.0).1, TextAnchor::Start);
    assert_eq!(g.label_position(7, 5.0).1, TextAnchor::End);
    let g = geometry(12);
    assert_eq!(g.label_position(6, 5.0).1, TextAnchor::Middle);
    assert_eq!(g.label_position(5, 5.0).1, TextAnchor::Start);
}

#[test]
fn path_data_closes_polygons_only() {
    let pts = [
        Point { x: 0.0, y: 0.0 },
        Point { x: 1.0, y: 0.0 },
        Point { x: 1.0, y: 1.0 },
    ];
    assert_eq!(path_data(&pts), "M0.0 0.0 L1.0 0.0 L1.0 1.0 Z");
    assert_eq!(path_data(&pts[..2]), "M0.0 0.0 L1.0 0.0");
    assert_eq!(path_data(&[]), "");
}

#[test]
fn labels_wrap_at_spaces_and_are_cut_with_an_ellipsis() {
    assert_eq!(
        wrap_label("XI. Leadership and advocacy", 14, 3),
        vec!["XI. Leadership", "and advocacy"]
    );
    assert_eq!(wrap_label("I. Engagement", 14, 3), vec!["I. Engagement"]);
    let cut = wrap_label("one two three four five six seven", 9, 2);
    assert_eq!(cut.len(), 2);
    assert!(cut[1].ends_with('…'));
    assert!(cut.iter().all(|l| l.chars().count() <= 9));
}

#[test]
fn side_labels_are_centred_and_top_labels_grow_upwards() {
    let g = RadarGeometry {
        center: Point { x: 200.0, y: 200.0 },
        radius: 100.0,
        axes: 12,
        levels: 5,
    };
    // Top axis: a 3-line label ends just above its anchor, 110 above the centre.
    assert!((g.label_first_baseline(0, 10.0, 3, 18.0, 16.0) - (90.0 - 36.0 - 4.0)).abs() < 1e-9);
    // Bottom axis: the first line hangs below the anchor.
    assert!((g.label_first_baseline(6, 10.0, 3, 18.0, 16.0) - (310.0 + 12.8)).abs() < 1e-9);
    // An upper side axis (XII of 12) is centred on its anchor, so the top of its first line
    // (about 0.75 of the font size above the baseline) stays below the top label's baseline.
    let side = g.label_first_baseline(11, 10.0, 2, 18.0, 16.0);
    let top_last_line = g.label_first_baseline(0, 10.0, 1, 18.0, 16.0);
    assert!(
        side - 0.75 * 16.0 > top_last_line,
        "{side} vs {top_last_line}"
    );
    // Thirteen axes: the two either side of the bottom hang below their anchors, clear of the
    // labels beside them (IX and VI), which stay centred on theirs.
    let g = RadarGeometry { axes: 13, ..g };
    for bottom in [6, 7] {
        let (at, _) = g.label_position(bottom, 10.0);
        assert!(
            g.label_first_baseline(bottom, 10.0, 2, 18.0, 16.0) > at.y,
            "axis {bottom}"
        );
    }
    for side in [5, 8] {
        let (at, _) = g.label_position(side, 10.0);
        let first = g.label_first_baseline(side, 10.0, 2, 18.0, 16.0);
        assert!((first - (at.y - 9.0 + 5.6)).abs() < 1e-9, "axis {side}");
    }
}
