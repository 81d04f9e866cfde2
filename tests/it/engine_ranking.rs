//! The engine's ranking and conditions at their edges: evidence levels of equal strength, rules
//! with conditions, and the full ranking order over a catalogue with equal positions.

use std::cmp::Ordering;

use interventiewijzer::domain::knowledge::{Effect, KnowledgeBase, Parts};
use interventiewijzer::domain::matching::{Recommendation, recommend};
use interventiewijzer::domain::profile::ClientProfile;
use interventiewijzer::domain::profile::{Dimension, Disorder, Severity, WorkSituation, WorkWish};
use interventiewijzer::domain::route::Condition;
use proptest::prelude::*;

use crate::common::shipped_knowledge_base;
use crate::engine::{any_profile, intervention, level, rule, sources};

fn slugs<'a>(recommendations: &'a [Recommendation<'_>]) -> Vec<&'a str> {
    recommendations
        .iter()
        .map(|r| r.intervention.slug.as_str())
        .collect()
}

#[test]
fn evidence_levels_of_equal_strength_tie_to_catalogue_order() {
    let kb = KnowledgeBase::new(Parts {
        evidence_levels: vec![
            level("strong", 6, 3.0),
            level("weak", 0, 3.0),
            level("also_strong", 6, 3.0),
        ],
        sources: sources(),
        interventions: vec![
            intervention("third", 3, "also_strong", vec![]),
            intervention("weakest", 0, "weak", vec![]),
            intervention("second", 2, "strong", vec![]),
            intervention("first", 1, "also_strong", vec![]),
        ],
        ..Parts::default()
    })
    .expect("valid knowledge base");
    let advice = recommend(&kb, &ClientProfile::new(Severity::Cmd, WorkSituation::Ww));
    // All score 3: the two levels of strength 6 count as equally strong, so position decides
    // between them, and the weaker level comes last whatever its position.
    assert_eq!(
        slugs(&advice.recommendations),
        ["first", "second", "third", "weakest"]
    );
}

#[test]
fn a_rule_applies_only_where_every_clause_of_its_condition_holds() {
    let mut fit = rule(1, Dimension::Severity, &["cmd"], Effect::Fit, 2.0);
    fit.condition = Condition::parse("work_situation=ww,bijstand disorder=anxiety").unwrap();
    let mut exclude = rule(2, Dimension::WorkWish, &["not_now"], Effect::Exclude, 0.0);
    exclude.condition = Condition::parse("work_situation=ww").unwrap();
    let kb = KnowledgeBase::new(Parts {
        evidence_levels: vec![level("weak", 0, 0.0)],
        sources: sources(),
        interventions: vec![intervention("a", 1, "weak", vec![fit, exclude])],
        ..Parts::default()
    })
    .expect("valid knowledge base");
    let profile = |work, disorder, wish| {
        let mut p = ClientProfile::new(Severity::Cmd, work);
        p.disorder = disorder;
        p.work_wish = wish;
        p
    };
    use WorkSituation::{Bijstand, SickLeave, Ww};
    let cases = [
        (
            profile(Ww, Disorder::Anxiety, WorkWish::PaidWorkNow),
            Some(2.0),
        ),
        (
            profile(Bijstand, Disorder::Anxiety, WorkWish::PaidWorkNow),
            Some(2.0),
        ),
        (
            profile(Ww, Disorder::Depression, WorkWish::PaidWorkNow),
            Some(0.0),
        ),
        (
            profile(SickLeave, Disorder::Anxiety, WorkWish::PaidWorkNow),
            Some(0.0),
        ),
        (
            profile(Bijstand, Disorder::Anxiety, WorkWish::NotNow),
            Some(2.0),
        ),
        (profile(Ww, Disorder::Anxiety, WorkWish::NotNow), None),
    ];
    for (profile, expected) in cases {
        let advice = recommend(&kb, &profile);
        let score = advice.recommendations.first().map(|r| r.score);
        assert_eq!(score, expected, "{profile:?}");
        if let Some(excluded) = advice.excluded.first() {
            assert_eq!(excluded.rules.iter().map(|r| r.id).collect::<Vec<_>>(), [2]);
        }
    }
}

/// The shipped catalogue three times over, the copies at the same positions as their
/// originals: every step of the ranking order decides somewhere.
fn tripled(kb: &KnowledgeBase) -> KnowledgeBase {
    let interventions = (0..3)
        .flat_map(|copy| {
            kb.interventions().iter().map(move |i| {
                let mut i = i.clone();
                i.slug = format!("{}-{copy}", i.slug);
                i
            })
        })
        .collect();
    let mut route = kb.route_data().clone();
    route.funding.clear();
    KnowledgeBase::new(Parts {
        interventions,
        route,
        plan_rules: Vec::new(),
        handout: Vec::new(),
        ..kb.parts().clone()
    })
    .expect("valid knowledge base")
}

/// The documented ranking order: higher score first; on a tie one without a caution for this
/// client first, then the stronger evidence, then the catalogue (position, then slug).
fn ranking_order(a: &Recommendation<'_>, b: &Recommendation<'_>) -> Ordering {
    b.score
        .total_cmp(&a.score)
        .then(a.has_caution().cmp(&b.has_caution()))
        .then(b.evidence.strength.cmp(&a.evidence.strength))
        .then(a.intervention.position.cmp(&b.intervention.position))
        .then(a.intervention.slug.cmp(&b.intervention.slug))
}

#[test]
fn the_ranking_follows_the_documented_order_over_a_catalogue_with_equal_positions() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = tripled(&runtime.block_on(shipped_knowledge_base()));
    proptest!(ProptestConfig::with_cases(300), |(profile in any_profile())| {
        let advice = recommend(&kb, &profile);
        for pair in advice.recommendations.windows(2) {
            prop_assert_eq!(
                ranking_order(&pair[0], &pair[1]),
                Ordering::Less,
                "{} before {}", pair[0].intervention.slug, pair[1].intervention.slug
            );
        }
        // The copies of one intervention weigh the same.
        for r in &advice.recommendations {
            let original = r.intervention.slug.rsplit_once('-').unwrap().0;
            let copy = advice.recommendations.iter()
                .find(|o| o.intervention.slug == format!("{original}-0")).unwrap();
            prop_assert_eq!(r.score, copy.score);
            prop_assert_eq!(r.reasons.len(), copy.reasons.len());
            prop_assert_eq!(r.caveats.len(), copy.caveats.len());
        }
    });
}
