//! A radar chart drawn as SVG from the geometry in `core::radar`: rings for each level, one axis
//! per item, the rated values as a polygon per series (at most two: e.g. before and after, or
//! self and supervisor), told apart by line style and marker shape as well as colour. Axes with
//! no value are drawn dashed and marked "not rated", never plotted at 0. Each axis label is
//! focusable and shows its full text.

use crate::app::text::use_text;
use crate::core::radar::{path_data, wrap_label, Point, RadarGeometry};
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct RadarAxis {
    /// Short label drawn on the chart (wrapped to a few lines).
    pub label: String,
    /// The full text, shown on focus and hover.
    pub full: String,
    /// One value per series.
    pub values: Vec<Option<f64>>,
    /// The values as read out, e.g. "3.4" or "not rated", or "March: 3.4, June: 3.8".
    pub value_text: String,
}

#[derive(Properties, PartialEq)]
pub struct RadarChartProps {
    /// Unique on the page; prefixes the ids inside the chart.
    pub id: AttrValue,
    pub title: AttrValue,
    pub description: AttrValue,
    pub levels: u8,
    pub axes: Vec<RadarAxis>,
    /// Names of the series, shown as a legend when there are two.
    #[prop_or_default]
    pub series: Vec<AttrValue>,
    /// A range per axis (lowest, highest), drawn as a shaded band behind the series.
    #[prop_or_default]
    pub band: Vec<(Option<f64>, Option<f64>)>,
}

const WIDTH: f64 = 460.0;
const HEIGHT: f64 = 350.0;
const FONT_SIZE: f64 = 16.0;
const LINE_HEIGHT: f64 = 18.0;
const LABEL_CHARS: usize = 15;
const LABEL_GAP: f64 = 12.0;

#[function_component(RadarChart)]
pub fn radar_chart(props: &RadarChartProps) -> Html {
    let t = use_text();
    let focused = use_state_eq(|| None::<usize>);
    let short_labels = props.axes.iter().all(|a| a.label.chars().count() <= 3);
    let geometry = RadarGeometry {
        center: Point {
            x: WIDTH / 2.0,
            y: HEIGHT / 2.0,
        },
        radius: if short_labels { 148.0 } else { 110.0 },
        axes: props.axes.len(),
        levels: props.levels,
    };
    let title_id = format!("{}-title", props.id);
    let desc_id = format!("{}-desc", props.id);

    let rings = (1..=props.levels).map(|level| {
        let label_at = geometry.point(0, f64::from(level));
        html! {
            <g>
                <path class="pa-ring" d={path_data(&geometry.ring(level))} />
                <text class="pa-ring-label" x={fmt(label_at.x + 4.0)} y={fmt(label_at.y + 11.0)}>
                    { level }
                </text>
            </g>
        }
    });
    let axis_lines = props.axes.iter().enumerate().map(|(i, axis)| {
        let end = geometry.axis_end(i);
        let unrated = axis.values.iter().all(Option::is_none);
        let class = classes!("pa-axis", unrated.then_some("pa-axis-unrated"));
        let center = geometry.center;
        html! {
            <line class={class} x1={fmt(center.x)} y1={fmt(center.y)}
                x2={fmt(end.x)} y2={fmt(end.y)} />
        }
    });
    let series_count = props
        .axes
        .iter()
        .map(|a| a.values.len())
        .max()
        .unwrap_or(0)
        .min(2);
    let series = (0..series_count).map(|n| {
        let values: Vec<Option<f64>> = props
            .axes
            .iter()
            .map(|a| a.values.get(n).copied().flatten())
            .collect();
        let data = geometry.data_points(&values);
        let data_path: Vec<Point> = data.iter().map(|(_, p)| *p).collect();
        let markers = data.iter().map(|(_, p)| marker(n, *p));
        html! {
            <g class={format!("pa-series pa-series-{n}")}>
                if data_path.len() >= 2 {
                    <path class="pa-area" d={path_data(&data_path)} />
                }
                { for markers }
            </g>
        }
    });
    let labels = props.axes.iter().enumerate().map(|(i, axis)| {
        let (at, anchor) = geometry.label_position(i, LABEL_GAP);
        let mut lines = wrap_label(&axis.label, LABEL_CHARS, 3);
        if axis.values.iter().all(Option::is_none) {
            lines.push(t.axis_not_rated.to_string());
        }
        let first_y =
            geometry.label_first_baseline(i, LABEL_GAP, lines.len(), LINE_HEIGHT, FONT_SIZE);
        let onfocus = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(Some(i)))
        };
        let onblur = {
            let focused = focused.clone();
            Callback::from(move |_: FocusEvent| focused.set(None))
        };
        let spoken = format!("{}: {}", axis.full, axis.value_text);
        let class = classes!(
            "pa-axis-label",
            (*focused == Some(i)).then_some("pa-focused")
        );
        let line_dy = |n: usize| {
            if n == 0 {
                "0".to_string()
            } else {
                fmt(LINE_HEIGHT)
            }
        };
        html! {
            <g class={class} tabindex="0" role="img" aria-label={spoken.clone()} {onfocus} {onblur}>
                <title>{ spoken }</title>
                <text x={fmt(at.x)} y={fmt(first_y)} text-anchor={anchor.as_svg()}>
                    { for lines.iter().enumerate().map(|(n, line)| html! {
                        <tspan x={fmt(at.x)} dy={line_dy(n)}>{ line }</tspan>
                    }) }
                </text>
            </g>
        }
    });
    let focus_text = focused
        .and_then(|i| props.axes.get(i))
        .map(|axis| format!("{}: {}", axis.full, axis.value_text))
        .unwrap_or_default();

    html! {
        <figure class="pa-chart">
            <svg class="pa-radar" viewBox={format!("0 0 {WIDTH} {HEIGHT}")} role="group"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()}
                font-size={fmt(FONT_SIZE)}>
                <title id={title_id}>{ &props.title }</title>
                <desc id={desc_id}>{ &props.description }</desc>
                <g aria-hidden="true">
                    { for rings }
                    { for axis_lines }
                    if props.band.len() == props.axes.len() && !props.band.is_empty() {
                        { band(&geometry, &props.band) }
                    }
                    { for series }
                </g>
                { for labels }
            </svg>
            if props.series.len() == 2 {
                <ul class="pa-legend" aria-hidden="true">
                    { for props.series.iter().enumerate().map(|(n, name)| html! {
                        <li>
                            <svg class={format!("pa-legend-key pa-series-{n}")} viewBox="0 0 40 16"
                                width="40" height="16">
                                <line class="pa-legend-line" x1="2" y1="8" x2="38" y2="8" />
                                { marker(n, Point { x: 20.0, y: 8.0 }) }
                            </svg>
                            { name }
                        </li>
                    }) }
                </ul>
            }
            <p class="pa-chart-focus" aria-hidden="true">{ focus_text }</p>
        </figure>
    }
}

/// The area between the polygon of highest values and that of lowest values.
fn band(geometry: &RadarGeometry, band: &[(Option<f64>, Option<f64>)]) -> Html {
    let polygon = |values: Vec<Option<f64>>| -> Vec<Point> {
        geometry
            .data_points(&values)
            .into_iter()
            .map(|(_, p)| p)
            .collect()
    };
    let highest = polygon(band.iter().map(|(_, high)| *high).collect());
    let lowest = polygon(band.iter().map(|(low, _)| *low).collect());
    if highest.len() < 3 {
        return html! {};
    }
    let d = format!(
        "{} {}",
        path_data(&highest),
        if lowest.len() >= 3 {
            path_data(&lowest)
        } else {
            String::new()
        }
    );
    html! { <path class="pa-band" d={d} fill-rule="evenodd" /> }
}

/// A circle for the first series, a square for the second.
fn marker(series: usize, at: Point) -> Html {
    if series == 0 {
        html! { <circle class="pa-marker" cx={fmt(at.x)} cy={fmt(at.y)} r="4.5" /> }
    } else {
        let (x, y) = (fmt(at.x - 4.5), fmt(at.y - 4.5));
        html! { <rect class="pa-marker" {x} {y} width="9" height="9" /> }
    }
}

fn fmt(value: f64) -> String {
    format!("{value:.1}")
}
