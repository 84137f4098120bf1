//! The development plan.

use super::{fill, Text};
use crate::core::plan::{Progress, Support};

impl Text {
    pub fn add_to_plan_named(&self, competency: &str) -> String {
        fill(self.add_to_plan_named, &[("competency", &competency)])
    }

    pub fn remove_from_plan_named(&self, competency: &str) -> String {
        fill(self.remove_from_plan_named, &[("competency", &competency)])
    }

    pub fn plan_item_rating(&self, rating: &str, progress: &str) -> String {
        fill(
            self.plan_item_rating,
            &[("rating", &rating), ("progress", &progress)],
        )
    }

    pub fn support_name(&self, support: Support) -> &'static str {
        self.support_names[Support::ALL.iter().position(|s| *s == support).unwrap_or(0)]
    }

    pub fn progress_name(&self, progress: Progress) -> &'static str {
        self.progress_names[Progress::ALL
            .iter()
            .position(|p| *p == progress)
            .unwrap_or(0)]
    }
}
