//! Trainer material in the knowledge base: fictional example clients and the seeds' key
//! figures. Both are data, so administrators can add to them.

use serde::Serialize;

use super::lang::Localized;
use super::profile::ClientProfile;

/// A fictional client drawn from a situation a seed describes. Fictional, so its answers may
/// live in a URL.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Example {
    pub slug: String,
    pub position: i64,
    pub title: Localized,
    pub story: Localized,
    pub profile: ClientProfile,
    /// The seed passage the situation is drawn from.
    pub source: String,
    /// An example to compare this one with (the ICF pair), if any.
    pub compare_with: Option<String>,
}

/// One measure over several categories, shown as one chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FigureSet {
    pub slug: String,
    pub position: i64,
    pub title: Localized,
    pub unit: Localized,
    /// May be empty in both languages.
    pub note: Localized,
    pub source: String,
    pub figures: Vec<Figure>,
}

/// One number of a figure set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    pub label: Localized,
    /// For the length of the bar.
    pub value: f64,
    /// The number exactly as the seed writes it.
    pub shown_as: String,
}
