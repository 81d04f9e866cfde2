//! Where the plans of two profiles differ (`/vergelijk`, `templates/partials/plan_diff.html`):
//! each side's summary, and the plan steps only one side has, in plan order.

use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::domain::profile::ClientProfile;
use crate::web::plan_view::{PlanStepView, plan_and_summary, plan_views};

/// One side of the comparison.
pub struct PlanDiffSide {
    pub summary: String,
    /// Steps in this side's plan that the other plan does not have.
    pub only: Vec<PlanStepView>,
}

/// The plans of A and B side by side.
pub struct PlanDiffView {
    /// A, then B.
    pub sides: Vec<PlanDiffSide>,
    /// How many steps both plans have.
    pub shared: usize,
}

/// The plan difference of `a` and `b`. A step is the same on both sides when its phase and
/// text are (the same plan rule).
pub fn plan_diff(
    kb: &KnowledgeBase,
    a: &ClientProfile,
    b: &ClientProfile,
    lang: Lang,
) -> PlanDiffView {
    let side = |profile: &ClientProfile| {
        let advice = recommend(kb, profile);
        let (steps, summary) = plan_and_summary(kb, profile, &advice, lang);
        (plan_views(kb, steps, lang), summary)
    };
    let (steps_a, summary_a) = side(a);
    let (steps_b, summary_b) = side(b);
    let key = |s: &PlanStepView| (s.phase, s.text.clone());
    let keys_a: Vec<_> = steps_a.iter().map(key).collect();
    let keys_b: Vec<_> = steps_b.iter().map(key).collect();
    let shared = keys_a.iter().filter(|k| keys_b.contains(k)).count();
    PlanDiffView {
        sides: vec![
            PlanDiffSide {
                summary: summary_a,
                only: steps_a
                    .into_iter()
                    .filter(|s| !keys_b.contains(&key(s)))
                    .collect(),
            },
            PlanDiffSide {
                summary: summary_b,
                only: steps_b
                    .into_iter()
                    .filter(|s| !keys_a.contains(&key(s)))
                    .collect(),
            },
        ],
        shared,
    }
}
