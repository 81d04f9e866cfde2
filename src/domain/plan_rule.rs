//! A plan rule as the knowledge base holds it (migrations/0012_plan_rules.sql): when a step
//! applies, in which phase, about which interventions, and the seed passage it rests on.

use serde::Serialize;

use super::lang::Localized;
use super::route::Condition;

/// When a step happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    First,
    Now,
    Alongside,
    AtReturn,
    Afterwards,
}

impl Phase {
    /// The phase with this code.
    pub fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "first" => Self::First,
            "now" => Self::Now,
            "alongside" => Self::Alongside,
            "at_return" => Self::AtReturn,
            "afterwards" => Self::Afterwards,
            _ => return None,
        })
    }

    /// Whether the phase lies after the present (at the return to work, afterwards): a step
    /// there may name an intervention that does not fit yet.
    pub fn is_later(self) -> bool {
        matches!(self, Self::AtReturn | Self::Afterwards)
    }

    /// The code as the API spells it.
    pub fn code(self) -> &'static str {
        match self {
            Self::First => "first",
            Self::Now => "now",
            Self::Alongside => "alongside",
            Self::AtReturn => "at_return",
            Self::Afterwards => "afterwards",
        }
    }
}

/// One plan rule, checked when the knowledge base is built.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanRule {
    pub id: i64,
    pub position: i64,
    pub phase: Phase,
    /// The interventions the step is about.
    pub slugs: Vec<String>,
    /// At least one of these must be recommended for the step to apply (none: no demand).
    pub requires: Vec<String>,
    pub condition: Condition,
    /// What opens the next step (`ggz_treatment`, `follow_up`, `return_to_work`).
    pub opens: Option<String>,
    pub text: Localized,
    pub source: String,
}
