//! The engine: its semantics on small hand-made knowledge bases, its invariants over generated
//! profiles on the shipped knowledge base, and that every shipped rule can fire.

use std::collections::BTreeMap;

use interventiewijzer::domain::knowledge::{
    Effect, EvidenceLevel, Intervention, KnowledgeBase, KnowledgeBaseError, Parts, Rule, Source,
};
use interventiewijzer::domain::lang::Localized;
use interventiewijzer::domain::matching::{LineKind, Tier, recommend};
use interventiewijzer::domain::profile::consistency::impossible_combinations;
use interventiewijzer::domain::profile::{
    Answer, Barrier, ClientProfile, Dimension, Disorder, MentalHealthCare, Severity, WorkSituation,
    YesNo,
};
use proptest::prelude::*;
use proptest::sample::select;

use crate::common::shipped_knowledge_base;

pub(crate) fn text(s: &str) -> Localized {
    Localized {
        nl: s.to_owned(),
        en: s.to_owned(),
    }
}

pub(crate) fn level(code: &str, strength: i64, points: f64) -> EvidenceLevel {
    EvidenceLevel {
        code: code.to_owned(),
        strength,
        in_recognition_system: true,
        label: text(code),
        description: text(code),
        points,
        source: "Test, levels".to_owned(),
    }
}

pub(crate) fn sources() -> Vec<Source> {
    vec![Source {
        short_name: "Test".to_owned(),
        title: "Test".to_owned(),
        description: text("Test"),
    }]
}

pub(crate) fn rule(
    id: i64,
    dimension: Dimension,
    values: &[&'static str],
    effect: Effect,
    points: f64,
) -> Rule {
    Rule {
        id,
        dimension,
        values: values.to_vec(),
        effect,
        points,
        text: text(&format!("rule {id}")),
        source: format!("Test, {id}"),
        condition: Default::default(),
    }
}

pub(crate) fn intervention(
    slug: &str,
    position: i64,
    level: &str,
    rules: Vec<Rule>,
) -> Intervention {
    Intervention {
        slug: slug.to_owned(),
        position,
        name: text(slug),
        guidance: None,
        evidence_level: level.to_owned(),
        evidence_index: 0,
        evidence_source: "Test, evidence".to_owned(),
        recognitions: Vec::new(),
        texts: BTreeMap::new(),
        rules,
    }
}

fn small_kb(interventions: Vec<Intervention>) -> KnowledgeBase {
    KnowledgeBase::new(Parts {
        evidence_levels: vec![level("weak", 0, 0.0), level("strong", 6, 3.0)],
        sources: sources(),
        interventions,
        ..Parts::default()
    })
    .expect("valid knowledge base")
}

#[test]
fn a_require_rule_excludes_a_known_other_answer_and_only_asks_to_check_an_unknown_one() {
    let kb = small_kb(vec![intervention(
        "a",
        1,
        "weak",
        vec![rule(
            1,
            Dimension::MentalHealthCare,
            &["in_treatment"],
            Effect::Require,
            0.0,
        )],
    )]);
    let mut profile = ClientProfile::new(Severity::Epa, WorkSituation::Ww);
    profile.mental_health_care = MentalHealthCare::None;
    let advice = recommend(&kb, &profile);
    assert!(advice.recommendations.is_empty());
    assert_eq!(advice.excluded[0].rules[0].id, 1);

    profile.mental_health_care = MentalHealthCare::Unknown;
    let advice = recommend(&kb, &profile);
    let caveat = &advice.recommendations[0].caveats[0];
    assert_eq!(caveat.kind, LineKind::ToCheck);
    assert_eq!(caveat.points, 0.0);
    let line = interventiewijzer::web::wording::line_text(
        caveat,
        &advice.recommendations[0],
        interventiewijzer::domain::lang::Lang::Nl,
    );
    assert_eq!(line, "Nog na te gaan: rule 1");

    profile.mental_health_care = MentalHealthCare::InTreatment;
    let advice = recommend(&kb, &profile);
    assert_eq!(
        advice.recommendations[0].reasons[1].kind,
        LineKind::RequirementMet
    );
}

#[test]
fn fits_and_cautions_add_their_points_to_the_evidence_line() {
    let kb = small_kb(vec![intervention(
        "a",
        1,
        "strong",
        vec![
            rule(1, Dimension::Severity, &["epa"], Effect::Fit, 2.5),
            rule(
                2,
                Dimension::Barriers,
                &["self_stigma", "shame_guilt"],
                Effect::Fit,
                1.0,
            ),
            rule(
                3,
                Dimension::PrefersNoGroup,
                &["yes"],
                Effect::Caution,
                -1.5,
            ),
            rule(4, Dimension::Severity, &["cmd"], Effect::Fit, 9.0),
        ],
    )]);
    let mut profile = ClientProfile::new(Severity::Epa, WorkSituation::Ww);
    profile.barriers = vec![Barrier::ShameGuilt, Barrier::LowMotivation];
    profile.prefers_no_group = YesNo::Yes;
    let advice = recommend(&kb, &profile);
    let r = &advice.recommendations[0];
    assert_eq!(r.score, 3.0 + 2.5 + 1.0 - 1.5);
    assert_eq!(r.reasons[2].matched(), vec!["shame_guilt"]);
    assert_eq!(r.caveats[0].kind, LineKind::Caution);
}

#[test]
fn ties_are_broken_by_stronger_evidence_then_catalogue_order() {
    let kb = small_kb(vec![
        intervention(
            "late",
            3,
            "weak",
            vec![rule(1, Dimension::Severity, &["cmd"], Effect::Fit, 3.0)],
        ),
        intervention(
            "early",
            2,
            "weak",
            vec![rule(2, Dimension::Severity, &["cmd"], Effect::Fit, 3.0)],
        ),
        intervention("evidence", 9, "strong", vec![]),
    ]);
    let advice = recommend(&kb, &ClientProfile::new(Severity::Cmd, WorkSituation::Ww));
    let order: Vec<&str> = advice
        .recommendations
        .iter()
        .map(|r| r.intervention.slug.as_str())
        .collect();
    assert_eq!(order, ["evidence", "early", "late"]);
}

#[test]
fn on_equal_scores_a_caution_for_this_client_ranks_after_none_before_evidence() {
    let kb = small_kb(vec![
        intervention(
            "cautioned",
            1,
            "strong",
            vec![
                rule(1, Dimension::Severity, &["cmd"], Effect::Fit, 1.0),
                rule(2, Dimension::WorkSituation, &["ww"], Effect::Caution, 0.0),
            ],
        ),
        intervention(
            "clean",
            2,
            "weak",
            vec![rule(3, Dimension::Severity, &["cmd"], Effect::Fit, 4.0)],
        ),
    ]);
    let advice = recommend(&kb, &ClientProfile::new(Severity::Cmd, WorkSituation::Ww));
    let order: Vec<(&str, f64)> = advice
        .recommendations
        .iter()
        .map(|r| (r.intervention.slug.as_str(), r.score))
        .collect();
    // Both score 4; the cautioned one has the stronger evidence, yet the caution counts first.
    assert_eq!(order[0].1, order[1].1, "{order:?}");
    assert_eq!(order[0].0, "clean", "{order:?}");
}

#[test]
fn tiers_follow_documented_thresholds_and_a_score_of_zero_or_less_is_weak() {
    use interventiewijzer::domain::matching::{Tier, tier_of};
    assert_eq!(tier_of(0.0, 10.0), Tier::Weak);
    assert_eq!(tier_of(-1.0, 10.0), Tier::Weak);
    assert_eq!(
        tier_of(0.5, 0.5),
        Tier::Possible,
        "a best score below 4 is not strong"
    );
    assert_eq!(tier_of(4.0, 5.0), Tier::Strong);
    assert_eq!(tier_of(7.0, 10.0), Tier::Possible, "far behind the best");
    assert_eq!(tier_of(7.5, 10.0), Tier::Strong);
}

#[test]
fn the_version_changes_when_a_rule_changes() {
    let build = |points| {
        small_kb(vec![intervention(
            "a",
            1,
            "weak",
            vec![rule(1, Dimension::Severity, &["epa"], Effect::Fit, points)],
        )])
    };
    assert_eq!(build(1.0).version(), build(1.0).version());
    assert_ne!(build(1.0).version(), build(2.0).version());
}

#[test]
fn a_rule_whose_points_contradict_its_effect_is_refused() {
    let result = KnowledgeBase::new(Parts {
        evidence_levels: vec![level("weak", 0, 0.0)],
        sources: sources(),
        interventions: vec![intervention(
            "a",
            1,
            "weak",
            vec![rule(1, Dimension::Severity, &["epa"], Effect::Caution, 2.0)],
        )],
        ..Parts::default()
    });
    assert!(result.is_err());
}

#[test]
fn a_citation_that_names_no_known_source_is_refused() {
    let mut bad = rule(1, Dimension::Severity, &["epa"], Effect::Fit, 1.0);
    bad.source = "Wikipedia".to_owned();
    let result = KnowledgeBase::new(Parts {
        evidence_levels: vec![level("weak", 0, 0.0)],
        sources: sources(),
        interventions: vec![intervention("a", 1, "weak", vec![bad])],
        ..Parts::default()
    });
    assert!(matches!(
        result,
        Err(KnowledgeBaseError::UnknownSource { .. })
    ));
}

#[test]
fn a_profile_survives_the_round_trip_through_its_form_pairs() {
    let mut profile = ClientProfile::new(Severity::Cmd, WorkSituation::SickLeave);
    profile.disorder = Disorder::Anxiety;
    profile.has_occupational_physician = YesNo::Yes;
    profile.partial_return = YesNo::No;
    profile.own_job_feasible = YesNo::Yes;
    profile.current_interventions = vec!["ips".to_owned(), "w-cgt".to_owned()];
    profile.barriers = vec![Barrier::FearOfReturn, Barrier::WaitingList];
    let pairs = profile.to_pairs();
    assert_eq!(ClientProfile::parse(pairs.iter().copied()), Ok(profile));
}

/// A profile with the right to every answer a real client could give.
pub(crate) fn any_profile() -> impl Strategy<Value = ClientProfile> {
    (
        (
            select(Severity::ALL),
            select(WorkSituation::ALL),
            select(Disorder::ALL),
        ),
        (
            select(interventiewijzer::domain::profile::AbsenceDuration::ALL),
            select(MentalHealthCare::ALL),
            select(interventiewijzer::domain::profile::WorkWish::ALL),
            select(interventiewijzer::domain::profile::SelfEfficacy::ALL),
        ),
        proptest::array::uniform7(select(YesNo::ALL)),
        proptest::sample::subsequence(Barrier::ALL.to_vec(), 0..=Barrier::ALL.len()),
        (
            select(interventiewijzer::domain::profile::Insurance::ALL),
            select(YesNo::ALL),
            select(YesNo::ALL),
        ),
    )
        .prop_map(
            |(
                (sev, work, dis),
                (abs, care, wish, eff),
                flags,
                barriers,
                (ins, contract, register),
            )| {
                let mut p = ClientProfile::new(sev, work);
                p.disorder = dis;
                p.absence_duration = abs;
                p.mental_health_care = care;
                p.work_wish = wish;
                p.self_efficacy = eff;
                [
                    p.lacks_fitness_or_structure,
                    p.multiple_problems,
                    p.has_occupational_physician,
                    p.prefers_no_online,
                    p.prefers_no_group,
                    p.partial_return,
                    p.own_job_feasible,
                ] = flags;
                p.barriers = barriers;
                p.insurance = ins;
                p.employment_contract = contract;
                p.target_group_register = register;
                p
            },
        )
        .prop_filter("answers that can occur together", |p| {
            impossible_combinations(p).is_empty()
        })
}

#[test]
fn the_advice_keeps_its_invariants_for_any_valid_profile() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    proptest!(ProptestConfig::with_cases(2000), |(profile in any_profile())| {
        let advice = recommend(&kb, &profile);
        let mut seen: Vec<&str> = advice.recommendations.iter().map(|r| r.intervention.slug.as_str())
            .chain(advice.excluded.iter().map(|e| e.intervention.slug.as_str()))
            .collect();
        seen.sort();
        let mut all: Vec<&str> = kb.interventions().iter().map(|i| i.slug.as_str()).collect();
        all.sort();
        prop_assert_eq!(seen, all);
        for (i, r) in advice.recommendations.iter().enumerate() {
            prop_assert_eq!(r.rank, i + 1);
            let sum: f64 = r.reasons.iter().chain(&r.caveats).map(|l| l.points).sum();
            prop_assert_eq!(sum, r.score);
            if i > 0 {
                prop_assert!(
                    r.tier >= advice.recommendations[i - 1].tier,
                    "tiers never rise down the ranking"
                );
                prop_assert_eq!(r.tier == Tier::Weak, r.score <= 0.0);
                prop_assert!(advice.recommendations[i - 1].score >= r.score);
            }
        }
        for e in &advice.excluded {
            prop_assert!(!e.rules.is_empty());
        }
        // Deterministic: the same profile gives the same ranking.
        let again = recommend(&kb, &profile);
        let slugs = |a: &interventiewijzer::domain::matching::Advice<'_>| a.recommendations.iter()
            .map(|r| (r.intervention.slug.clone(), r.score)).collect::<Vec<_>>();
        prop_assert_eq!(slugs(&advice), slugs(&again));
    });
}

#[test]
fn unknown_answers_never_exclude_anything() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    for work in WorkSituation::ALL {
        let profile = ClientProfile::new(Severity::Unknown, *work);
        let advice = recommend(&kb, &profile);
        for e in &advice.excluded {
            for rule in &e.rules {
                assert!(
                    !rule.dimension.has_unknown() || rule.dimension == Dimension::WorkSituation,
                    "{} excluded on unanswered {} by rule {}",
                    e.intervention.slug,
                    rule.dimension.code(),
                    rule.id
                );
            }
        }
    }
}

/// A profile the intervention admits (meets its requirements, avoids its exclusions), with
/// the answer on `rule`'s dimension set to the rule's first value.
fn profile_that_triggers(intervention: &Intervention, target: &Rule) -> ClientProfile {
    let mut pairs: BTreeMap<&'static str, Vec<&'static str>> = BTreeMap::new();
    pairs.insert("severity", vec!["unknown"]);
    pairs.insert("work_situation", vec!["no_benefit"]);
    // The target's own condition must hold.
    for clause in &target.condition.clauses {
        pairs.insert(clause.dimension.code(), vec![clause.values[0]]);
    }
    // Whether a rule's condition holds for the answers so far (an absent answer is unknown).
    let applies = |pairs: &BTreeMap<&'static str, Vec<&'static str>>, r: &Rule| {
        r.condition.clauses.iter().all(|c| {
            let answer = pairs.get(c.dimension.code()).map_or("unknown", |v| v[0]);
            c.values.contains(&answer)
        })
    };
    for r in intervention
        .rules
        .iter()
        .filter(|r| r.effect == Effect::Require)
    {
        if applies(&pairs, r) && !pairs.contains_key(r.dimension.code())
            || applies(&pairs, r) && !pairs[r.dimension.code()].iter().any(|v| r.matches(v))
        {
            pairs.insert(r.dimension.code(), vec![r.values[0]]);
        }
    }
    for r in intervention
        .rules
        .iter()
        .filter(|r| r.effect == Effect::Exclude)
    {
        let current = pairs
            .get(r.dimension.code())
            .and_then(|v| v.first().copied());
        if current.is_some_and(|c| r.matches(c)) || r.dimension.is_required() && current.is_none() {
            let other = r
                .dimension
                .allowed_values()
                .iter()
                .copied()
                .find(|v| !r.matches(v) && intervention.admits(r.dimension, v))
                .expect("an exclusion leaves some value");
            pairs.insert(r.dimension.code(), vec![other]);
        }
    }
    if target.dimension.is_list() {
        pairs
            .entry(target.dimension.code())
            .or_default()
            .push(target.values[0]);
    } else {
        pairs.insert(target.dimension.code(), vec![target.values[0]]);
    }
    let flat: Vec<(&str, &str)> = pairs
        .iter()
        .flat_map(|(k, vs)| vs.iter().map(move |v| (*k, *v)))
        .collect();
    ClientProfile::parse(flat).expect("a valid profile")
}

#[test]
fn every_shipped_rule_can_fire_and_shows_up_in_the_ledger_with_its_source() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    let mut checked = 0;
    for intervention in kb.interventions() {
        for target in &intervention.rules {
            let profile = profile_that_triggers(intervention, target);
            let advice = recommend(&kb, &profile);
            let context = format!(
                "{} rule {} ({:?} {:?})",
                intervention.slug, target.id, target.dimension, target.values
            );
            match target.effect {
                Effect::Exclude => {
                    let e = advice
                        .excluded
                        .iter()
                        .find(|e| e.intervention.slug == intervention.slug);
                    assert!(
                        e.is_some_and(|e| e.rules.iter().any(|r| r.id == target.id)),
                        "{context}"
                    );
                }
                effect => {
                    let r = advice
                        .recommendations
                        .iter()
                        .find(|r| r.intervention.slug == intervention.slug)
                        .unwrap_or_else(|| {
                            panic!(
                                "{context}: excluded by {:?}",
                                advice
                                    .excluded
                                    .iter()
                                    .find(|e| e.intervention.slug == intervention.slug)
                                    .map(|e| e.rules.iter().map(|r| r.id).collect::<Vec<_>>())
                            )
                        });
                    let line = r
                        .reasons
                        .iter()
                        .chain(&r.caveats)
                        .find(|l| l.rule.is_some_and(|x| x.id == target.id));
                    let line = line.unwrap_or_else(|| panic!("{context}: no ledger line"));
                    assert_eq!(line.points, target.points, "{context}");
                    assert!(!line.source(r).is_empty());
                    let expected_kind = match effect {
                        Effect::Require
                            if matches!(
                                profile.answer(target.dimension),
                                Answer::One("unknown")
                            ) =>
                        {
                            LineKind::ToCheck
                        }
                        Effect::Require => LineKind::RequirementMet,
                        Effect::Fit => LineKind::Fit,
                        _ => LineKind::Caution,
                    };
                    assert_eq!(line.kind, expected_kind, "{context}");
                }
            }
            checked += 1;
        }
    }
    assert!(
        checked > 50,
        "the shipped knowledge base has its rules ({checked})"
    );
}

/// The rule behind a line, if any, looks at a question the profile left unknown.
fn on_unknown_answer(
    profile: &ClientProfile,
    line: &interventiewijzer::domain::matching::Line<'_>,
) -> bool {
    line.rule.is_some_and(|rule| {
        rule.dimension.has_unknown() && profile.answer(rule.dimension) == Answer::One("unknown")
    })
}

#[test]
fn an_unknown_answer_never_moves_a_score() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    proptest!(ProptestConfig::with_cases(1000), |(profile in any_profile())| {
        let advice = recommend(&kb, &profile);
        for r in &advice.recommendations {
            for line in r.reasons.iter().chain(&r.caveats) {
                if on_unknown_answer(&profile, line) {
                    prop_assert_eq!(line.points, 0.0, "{}", interventiewijzer::web::wording::line_text(line, r, interventiewijzer::domain::lang::Lang::Nl));
                }
            }
        }
    });
}

#[test]
fn current_interventions_are_never_suggested_as_new() {
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let kb = runtime.block_on(shipped_knowledge_base());
    let slugs: Vec<String> = kb.interventions().iter().map(|i| i.slug.clone()).collect();
    let strategy = (any_profile(), proptest::sample::subsequence(slugs, 0..=4));
    proptest!(ProptestConfig::with_cases(500), |((mut profile, current) in strategy)| {
        profile.current_interventions = current.clone();
        let advice = recommend(&kb, &profile);
        for r in &advice.recommendations {
            prop_assert!(!current.contains(&r.intervention.slug));
        }
        for slug in &current {
            prop_assert!(advice.excluded.iter().any(|e| e.current && &e.intervention.slug == slug));
        }
        prop_assert_eq!(
            advice.recommendations.len() + advice.excluded.len(),
            kb.interventions().len()
        );
    });
}
