//! The preview of a change to route facts, funding lines or plan rules: for every example
//! client, what its advice says before and after (ranking, regie, who is involved, the
//! client's duty, what to check, who pays per recommendation, the plan), only where it differs.

use super::edit::ExamplePreview;
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::domain::plan::plan;
use crate::domain::profile::ClientProfile;
use crate::web::format::format_points;
use crate::web::plan_view::phase_label;
use crate::web::route_view::{funding_json, payer_label, responsible_label, route_json, this_year};
use crate::web::texts;

/// Every example client's advice over the current and the draft knowledge base, as the lines
/// that differ: (what, before, after).
pub fn effect_preview(
    current: &KnowledgeBase,
    draft: &KnowledgeBase,
    lang: Lang,
) -> Vec<ExamplePreview> {
    draft
        .examples()
        .iter()
        .map(|e| ExamplePreview {
            title: e.title.get(lang).to_owned(),
            moves: differences(
                outline(current, &e.profile, lang),
                outline(draft, &e.profile, lang),
                lang,
            ),
        })
        .collect()
}

fn differences(
    before: Vec<(String, String)>,
    after: Vec<(String, String)>,
    lang: Lang,
) -> Vec<(String, String, String)> {
    let none = texts::for_lang(lang).editors.none;
    let find = |lines: &[(String, String)], what: &str| {
        lines
            .iter()
            .find(|(w, _)| w == what)
            .map_or_else(|| none.to_owned(), |(_, v)| v.clone())
    };
    let mut whats: Vec<&String> = before.iter().map(|(w, _)| w).collect();
    whats.extend(
        after
            .iter()
            .map(|(w, _)| w)
            .filter(|w| !before.iter().any(|(b, _)| b == *w)),
    );
    whats
        .into_iter()
        .map(|what| (what.clone(), find(&before, what), find(&after, what)))
        .filter(|(_, b, a)| b != a)
        .collect()
}

/// What an advice says, line by line, keyed by what the line is about.
fn outline(kb: &KnowledgeBase, profile: &ClientProfile, lang: Lang) -> Vec<(String, String)> {
    let tx = texts::for_lang(lang);
    let advice = recommend(kb, profile);
    let answers = profile.answer_masks();
    let mut lines = Vec::new();
    for r in &advice.recommendations {
        let name = r.intervention.name.get(lang);
        lines.push((
            name.to_owned(),
            format!("{} ({})", r.rank, format_points(r.score, lang, false)),
        ));
    }
    if let Some(route) = route_json(kb.route_data(), profile, lang) {
        let responsible = format!(
            "{}: {}",
            responsible_label(&route.responsible.code, lang),
            route.responsible.text
        );
        lines.push((tx.route.responsible.to_owned(), responsible));
        let involve: Vec<String> = route.involve.into_iter().map(|l| l.text).collect();
        lines.push((tx.route.involve.to_owned(), involve.join(" · ")));
        let duty = route
            .client_duty
            .map_or_else(|| tx.route.no_duty.to_owned(), |l| l.text);
        lines.push((tx.route.client_duty.to_owned(), duty));
        let checks: Vec<String> = route.to_check.into_iter().map(|l| l.text).collect();
        lines.push((tx.route.to_check.to_owned(), checks.join(" · ")));
    }
    for r in &advice.recommendations {
        let slug = &r.intervention.slug;
        let pays: Vec<String> = funding_json(kb.route_data(), slug, &answers, lang, this_year())
            .into_iter()
            .map(|f| format!("{}: {}", payer_label(&f.payer, lang), f.text))
            .collect();
        let what = format!("{}: {}", tx.route.who_pays, r.intervention.name.get(lang));
        lines.push((what, pays.join(" · ")));
    }
    for step in plan(kb.plan_rules(), profile, &advice) {
        let what = format!("{} {}", tx.editors.plan_step, step.order);
        lines.push((
            what,
            format!("{}: {}", phase_label(step.phase, lang), step.text.get(lang)),
        ));
    }
    lines
}
