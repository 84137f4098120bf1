//! The axes of a radar chart, one per category or one per competency of a category, and the
//! chart's text description: the same for results, comparisons and workshops.

use super::radar_chart::RadarAxis;
use crate::app::text::Text;
use crate::core::competency_set::{Category, Competency, Scale};

impl RadarAxis {
    /// An axis for a category: its short title on the chart, its full title read out.
    pub fn for_category(category: &Category, values: Vec<Option<f64>>, value_text: String) -> Self {
        RadarAxis {
            label: category.numbered_short_title(),
            full: category.numbered_title(),
            values,
            value_text,
        }
    }

    /// An axis for the `number`th competency of a category: "#3" on the chart, its text read out.
    pub fn for_competency(
        number: usize,
        competency: &Competency,
        values: Vec<Option<f64>>,
        value_text: String,
    ) -> Self {
        RadarAxis {
            label: format!("#{number}"),
            full: format!("{number}. {}", competency.text),
            values,
            value_text,
        }
    }
}

/// The chart's text description: the scale, then every axis with its value.
pub fn chart_description(t: &Text, scale: &Scale, axes: &[RadarAxis]) -> String {
    let levels = scale.levels();
    let lowest = scale.label(1).unwrap_or_default();
    let highest = scale.label(levels).unwrap_or_default();
    let values: Vec<String> = axes
        .iter()
        .map(|a| format!("{}: {}", a.full, a.value_text))
        .collect();
    t.chart_description(lowest, levels, highest, &values.join("; "))
}
