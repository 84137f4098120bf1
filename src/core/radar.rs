//! Radar chart geometry in SVG user units: axes, level rings, the data polygon and label placement.
//! The drawing itself happens in the chart component; everything measurable is here.

use std::f64::consts::PI;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Where a label sits relative to its anchor point, as SVG `text-anchor` understands it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextAnchor {
    Start,
    Middle,
    End,
}

impl TextAnchor {
    pub fn as_svg(self) -> &'static str {
        match self {
            TextAnchor::Start => "start",
            TextAnchor::Middle => "middle",
            TextAnchor::End => "end",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RadarGeometry {
    pub center: Point,
    /// Radius of the outermost ring (the highest level).
    pub radius: f64,
    pub axes: usize,
    pub levels: u8,
}

impl RadarGeometry {
    /// Angle of axis `index`: the first axis points straight up, the rest follow clockwise.
    pub fn angle(&self, index: usize) -> f64 {
        -PI / 2.0 + 2.0 * PI * index as f64 / self.axes.max(1) as f64
    }

    /// The point on axis `index` for `value` on the scale (0 = centre, `levels` = outer ring).
    pub fn point(&self, index: usize, value: f64) -> Point {
        let r = self.radius * value.clamp(0.0, f64::from(self.levels)) / f64::from(self.levels);
        let angle = self.angle(index);
        Point {
            x: self.center.x + r * angle.cos(),
            y: self.center.y + r * angle.sin(),
        }
    }

    /// The end of axis `index` on the outer ring.
    pub fn axis_end(&self, index: usize) -> Point {
        self.point(index, f64::from(self.levels))
    }

    /// The ring for one level, as the corners of a polygon.
    pub fn ring(&self, level: u8) -> Vec<Point> {
        (0..self.axes)
            .map(|i| self.point(i, f64::from(level)))
            .collect()
    }

    /// The data points of the axes that have a value; axes without one (not rated) are skipped,
    /// never drawn at 0.
    pub fn data_points(&self, values: &[Option<f64>]) -> Vec<(usize, Point)> {
        values
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.map(|value| (i, self.point(i, value))))
            .collect()
    }

    /// Where the label of axis `index` goes: a little beyond the outer ring, anchored away from the
    /// centre so the text grows outwards.
    pub fn label_position(&self, index: usize, gap: f64) -> (Point, TextAnchor) {
        let angle = self.angle(index);
        let r = self.radius + gap;
        let point = Point {
            x: self.center.x + r * angle.cos(),
            y: self.center.y + r * angle.sin(),
        };
        // Only a label (nearly) straight above or below the centre is centred: two labels either
        // side of the bottom (13 axes) would otherwise be centred into each other.
        let anchor = match angle.cos() {
            c if c > 0.1 => TextAnchor::Start,
            c if c < -0.1 => TextAnchor::End,
            _ => TextAnchor::Middle,
        };
        (point, anchor)
    }

    /// The baseline of the first line of a label of `lines` lines placed at `label_position`:
    /// labels above or below the chart grow away from it; labels to the sides are centred on
    /// their anchor, so they never climb into the label at the top.
    pub fn label_first_baseline(
        &self,
        index: usize,
        gap: f64,
        lines: usize,
        line_height: f64,
        font_size: f64,
    ) -> f64 {
        let (at, anchor) = self.label_position(index, gap);
        let block = lines.saturating_sub(1) as f64 * line_height;
        let angle = self.angle(index);
        let above = angle.sin() < 0.0;
        // Labels near the top or bottom grow away from the chart, so they stay clear of their
        // neighbours at the sides (13 axes put two either side of the bottom).
        let vertical = matches!(anchor, TextAnchor::Middle) || angle.cos().abs() < 0.5;
        match (vertical, above) {
            (true, true) => at.y - block - font_size * 0.25,
            (true, false) => at.y + font_size * 0.8,
            _ => at.y - block / 2.0 + font_size * 0.35,
        }
    }
}

/// An SVG path through the points, closed when there are three or more.
pub fn path_data(points: &[Point]) -> String {
    let mut d = String::new();
    for (i, p) in points.iter().enumerate() {
        d.push_str(if i == 0 { "M" } else { " L" });
        d.push_str(&format!("{:.1} {:.1}", p.x, p.y));
    }
    if points.len() >= 3 {
        d.push_str(" Z");
    }
    d
}

/// Breaks a label into lines of at most `max_chars` characters at spaces, keeping at most
/// `max_lines` lines; a cut-off label ends with "…". Words longer than a line are kept whole.
pub fn wrap_label(text: &str, max_chars: usize, max_lines: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= max_chars => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    if lines.len() > max_lines {
        lines.truncate(max_lines);
        if let Some(last) = lines.last_mut() {
            let kept: String = last.chars().take(max_chars.saturating_sub(1)).collect();
            *last = format!("{}…", kept.trim_end());
        }
    }
    lines
}
