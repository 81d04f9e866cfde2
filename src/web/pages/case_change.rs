//! The notice on a stored case's page after its answers were changed and saved again
//! (`POST /advies/{code}`): the day of the last save, every answer it changed (labelled as the
//! questionnaire labels them, before → after) and how the top of the advice moved (the
//! first-ranked intervention, the interventions that entered or left "Past goed").
//!
//! It is made from the case's row alone (its answers and those before the last save, kept in
//! the row since migration 0060), so it reads the same on a reload, on the page kept in
//! memory ([`super::case_pages`]) and for a colleague with the link, and it needs no marker in
//! a URL or a cookie. It stays until the next save replaces it, or the case is deleted.
//! Both advices are computed with the current knowledge base: the notice says what the
//! answers changed, not what an administrator changed (that has its own note).

use crate::db::cases::Case;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::{Advice, Tier, recommend};
use crate::domain::profile::{ClientProfile, Dimension};
use crate::web::{labels, texts};

/// What the last save of a case changed.
pub struct CaseChange {
    /// The day of the last save, written out (`27 november 2026`).
    pub date: String,
    /// Every answer the save changed; empty when it changed none.
    pub answers: Vec<AnswerChange>,
    /// How the top of the advice moved, one sentence each; empty when it did not move (or no
    /// answer changed).
    pub top: Vec<String>,
}

/// One changed answer.
pub struct AnswerChange {
    /// The question as the questionnaire labels it.
    pub question: &'static str,
    pub before: String,
    pub after: String,
}

/// What the last save of `case` (whose answers are `profile`) changed; `None` for a case never
/// saved again (or last saved before migration 0060), and when its earlier answers no longer
/// parse (a code since removed from the knowledge base).
pub fn of_case(
    kb: &KnowledgeBase,
    case: &Case,
    profile: &ClientProfile,
    lang: Lang,
) -> Option<CaseChange> {
    let previous = super::case::deserialise(kb, case.previous_profile.as_deref()?)?;
    let saved = super::case::date_of(case.updated_at);
    Some(case_change(kb, &previous, profile, &saved, lang))
}

/// The notice for a case saved on `date` (`YYYY-MM-DD`) with `current` as its answers after
/// `previous`.
pub fn case_change(
    kb: &KnowledgeBase,
    previous: &ClientProfile,
    current: &ClientProfile,
    date: &str,
    lang: Lang,
) -> CaseChange {
    let mut answers: Vec<AnswerChange> = Dimension::ALL
        .iter()
        .copied()
        .filter(|d| previous.answer(*d) != current.answer(*d))
        .map(|d| AnswerChange {
            question: labels::question(d, lang),
            before: super::compare::answer_text(previous, d, lang),
            after: super::compare::answer_text(current, d, lang),
        })
        .collect();
    let form = &texts::for_lang(lang).form;
    if previous.current_interventions != current.current_interventions {
        answers.push(AnswerChange {
            question: form.current,
            before: current_text(kb, previous, lang),
            after: current_text(kb, current, lang),
        });
    }
    if previous.region != current.region {
        answers.push(AnswerChange {
            question: form.region,
            before: region_text(kb, previous, lang),
            after: region_text(kb, current, lang),
        });
    }
    let top = if answers.is_empty() {
        Vec::new()
    } else {
        top_moves(&recommend(kb, previous), &recommend(kb, current), lang)
    };
    CaseChange {
        date: crate::web::format::long_date(date, &lang),
        answers,
        top,
    }
}

/// The interventions the client already follows or followed, by name, as the advice page
/// lists them.
fn current_text(kb: &KnowledgeBase, profile: &ClientProfile, lang: Lang) -> String {
    if profile.current_interventions.is_empty() {
        return texts::for_lang(lang).advice.not_answered.to_owned();
    }
    profile
        .current_interventions
        .iter()
        .filter_map(|slug| kb.intervention(slug))
        .map(|i| i.name.get(lang))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The chosen region by name, or that none was chosen.
fn region_text(kb: &KnowledgeBase, profile: &ClientProfile, lang: Lang) -> String {
    profile
        .region
        .as_deref()
        .and_then(|code| kb.social_map().region(code))
        .map_or_else(
            || texts::for_lang(lang).form.no_region.to_owned(),
            |region| region.name.clone(),
        )
}

/// The interventions of `advice` in "Past goed", best first.
fn strong<'a>(advice: &'a Advice<'_>) -> Vec<&'a str> {
    advice
        .recommendations
        .iter()
        .filter(|r| r.tier == Tier::Strong)
        .map(|r| r.intervention.slug.as_str())
        .collect()
}

/// How the top moved from `before` to `after`: the first place, then who entered and who left
/// "Past goed" (by name, in each advice's order).
fn top_moves(before: &Advice<'_>, after: &Advice<'_>, lang: Lang) -> Vec<String> {
    let tx = &texts::for_lang(lang).case;
    let name = |advice: &Advice<'_>, slug: &str| {
        advice
            .recommendations
            .iter()
            .find(|r| r.intervention.slug == slug)
            .map_or_else(String::new, |r| r.intervention.name.get(lang).to_owned())
    };
    let first = |advice: &Advice<'_>| {
        advice
            .recommendations
            .first()
            .map(|r| r.intervention.slug.clone())
    };
    let mut top = Vec::new();
    match (first(before), first(after)) {
        (Some(a), Some(b)) if a != b => top.push(format!(
            "{}: {} → {}",
            tx.change_first,
            name(before, &a),
            name(after, &b)
        )),
        (Some(a), None) => top.push(format!(
            "{}: {} → {}",
            tx.change_first,
            name(before, &a),
            tx.change_none
        )),
        (None, Some(b)) => top.push(format!(
            "{}: {} → {}",
            tx.change_first,
            tx.change_none,
            name(after, &b)
        )),
        _ => {}
    }
    let (was, is) = (strong(before), strong(after));
    let entered: Vec<String> = is
        .iter()
        .filter(|s| !was.contains(s))
        .map(|s| name(after, s))
        .collect();
    let left: Vec<String> = was
        .iter()
        .filter(|s| !is.contains(s))
        .map(|s| name(before, s))
        .collect();
    let tier = texts::for_lang(lang).tier.strong;
    if !entered.is_empty() {
        top.push(format!(
            "{} '{tier}': {}",
            tx.change_entered,
            entered.join(", ")
        ));
    }
    if !left.is_empty() {
        top.push(format!("{} '{tier}': {}", tx.change_left, left.join(", ")));
    }
    top
}
