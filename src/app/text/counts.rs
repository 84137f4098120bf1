//! Counts, means, dates and the wording of charts and tables.

use super::{fill, Text};
use crate::core::competency_set::{localized, CompetencySet, Scale};
use crate::core::dates::{civil_from_days, parse_date, time_of_day};
use crate::core::rating::Rating;
use crate::core::scoring::format_mean;

impl Text {
    /// A competency set in this language, where the set has a translation.
    pub fn set(&self, set: &'static CompetencySet) -> &'static CompetencySet {
        localized(set, self.lang)
    }

    pub fn category_position(&self, number: usize, total: usize) -> String {
        fill(
            self.category_position,
            &[("number", &number), ("total", &total)],
        )
    }

    pub fn answered_count(&self, answered: usize, total: usize) -> String {
        fill(
            self.answered_count,
            &[("answered", &answered), ("total", &total)],
        )
    }

    pub fn partial_results(&self, answered: usize, total: usize) -> String {
        fill(
            self.partial_results,
            &[("answered", &answered), ("total", &total)],
        )
    }

    pub fn overall_mean(
        &self,
        mean: &str,
        levels: u8,
        rated: usize,
        not_applicable: usize,
    ) -> String {
        fill(
            self.overall_mean,
            &[
                ("mean", &mean),
                ("levels", &levels),
                ("rated", &rated),
                ("not_applicable", &not_applicable),
            ],
        )
    }

    /// A mean to one decimal place, or "not rated".
    pub fn mean(&self, mean: Option<f64>) -> String {
        match mean {
            Some(_) => format_mean(mean),
            None => self.not_rated.to_string(),
        }
    }

    /// "YYYY-MM-DD" (or an ISO timestamp) as the language writes dates; anything else unchanged.
    pub fn date(&self, iso: &str) -> String {
        let Some(days) = parse_date(iso) else {
            return iso.to_string();
        };
        let (year, month, day) = civil_from_days(days);
        let month = self.month_names[(month as usize - 1).min(11)];
        fill(
            self.date_format,
            &[("year", &year), ("month", &month), ("day", &day)],
        )
    }

    /// A timestamp's date and time of day ("December 1, 2026, 4:35 p.m."); a bare date alone.
    /// A time written in UTC by older versions says so ("4:35 p.m. UTC").
    pub fn when(&self, stamp: &str) -> String {
        let date = self.date(stamp);
        match time_of_day(stamp) {
            Some(time) => {
                let hour = match time.hour % 12 {
                    0 => 12,
                    h => h,
                };
                let am_pm = self.am_pm[usize::from(time.hour >= 12)];
                let utc = if time.utc { " UTC" } else { "" };
                format!("{date}, {hour}:{:02} {am_pm}{utc}", time.minute)
            }
            None => date,
        }
    }

    pub fn chart_description(
        &self,
        lowest: &str,
        levels: u8,
        highest: &str,
        values: &str,
    ) -> String {
        fill(
            self.chart_description,
            &[
                ("lowest", &lowest),
                ("levels", &levels),
                ("highest", &highest),
                ("values", &values),
            ],
        )
    }

    pub fn highest_categories(&self, list: &str) -> String {
        fill(self.highest_categories, &[("list", &list)])
    }

    pub fn growth_categories(&self, list: &str) -> String {
        fill(self.growth_categories, &[("list", &list)])
    }

    pub fn category_mean(&self, mean: &str) -> String {
        fill(self.category_mean, &[("mean", &mean)])
    }

    pub fn category_ratings_caption(&self, category: &str) -> String {
        fill(self.category_ratings_caption, &[("category", &category)])
    }

    pub fn category_chart_title(&self, category: &str) -> String {
        fill(self.category_chart_title, &[("category", &category)])
    }

    pub fn note_prefix(&self, note: &str) -> String {
        fill(self.note_prefix, &[("note", &note)])
    }

    pub fn source_prefix(&self, source: &str) -> String {
        fill(self.source_prefix, &[("source", &source)])
    }

    pub fn scale_caption(&self, caption: &str, levels: u8) -> String {
        fill(
            self.scale_caption,
            &[("caption", &caption), ("levels", &levels)],
        )
    }

    pub fn set_summary(&self, categories: usize, count: usize) -> String {
        fill(
            self.set_summary,
            &[("categories", &categories), ("count", &count)],
        )
    }

    /// A rating as read out: "4 · Advanced skill", "Not applicable" or "Not answered".
    pub fn rating(&self, rating: Option<Rating>, scale: &Scale) -> String {
        match rating {
            Some(Rating::Level(level)) => {
                format!("{level} · {}", scale.label(level).unwrap_or_default())
            }
            Some(Rating::NotApplicable) => self.not_applicable.to_string(),
            None => self.not_answered.to_string(),
        }
    }
}
