//! The advice as CDS Hooks cards: one card per recommendation worth acting on, made from the
//! JSON API's own answer (so a field the API gains, such as `tier` or `funding`, reaches the
//! cards without a second copy of the advice).

use serde::Serialize;
use serde_json::Value;

use crate::domain::lang::Lang;
use crate::web::texts::{self, fill};

/// The code system of our override reasons (a URN: no host to resolve).
pub const OVERRIDE_SYSTEM: &str = "urn:interventiewijzer:override-reason";

/// Why a professional may set a card aside, as codes (shown as [`override_display`]).
pub const OVERRIDE_CODES: [&str; 5] = [
    "not-in-region",
    "client-declines",
    "waiting-list",
    "other-intervention",
    "professional-judgement",
];

/// The display of an override reason code, if it is ours.
pub fn override_display(code: &str, lang: Lang) -> Option<&'static str> {
    let tx = &texts::for_lang(lang).override_reason;
    Some(match code {
        "not-in-region" => tx.not_in_region,
        "client-declines" => tx.client_declines,
        "waiting-list" => tx.waiting_list,
        "other-intervention" => tx.other_intervention,
        "professional-judgement" => tx.professional_judgement,
        _ => return None,
    })
}

/// The longest summary CDS Hooks allows, in characters (it asks for fewer than 140).
pub const SUMMARY_MAX: usize = 139;

/// How many cards an advice gives at most when the advice carries no `tier`.
pub const INTERIM_CARDS: usize = 3;

/// One card.
#[derive(Debug, Serialize)]
pub struct Card {
    pub uuid: String,
    pub summary: String,
    pub detail: String,
    pub indicator: &'static str,
    pub source: Source,
    pub suggestions: Vec<Suggestion>,
    #[serde(rename = "selectionBehavior")]
    pub selection_behavior: &'static str,
    #[serde(rename = "overrideReasons")]
    pub override_reasons: Vec<Coding>,
    /// Not part of the card format: which intervention the card is about (kept only here).
    #[serde(skip)]
    pub slug: String,
}

/// Where a card's guidance comes from.
#[derive(Debug, Serialize)]
pub struct Source {
    pub label: String,
    pub url: String,
}

/// The one suggestion of a card: choose this intervention.
#[derive(Debug, Serialize)]
pub struct Suggestion {
    pub label: String,
    pub uuid: String,
    #[serde(rename = "isRecommended")]
    pub is_recommended: bool,
}

/// A code with its system and display.
#[derive(Debug, Serialize)]
pub struct Coding {
    pub code: &'static str,
    pub system: &'static str,
    pub display: &'static str,
}

/// Whether a recommendation gets a card: its `tier` is `strong` or `possible`; while the
/// advice carries no tiers, the first [`INTERIM_CARDS`] of the ranking.
fn gets_card(recommendation: &Value) -> bool {
    match recommendation["tier"].as_str() {
        Some(tier) => tier == "strong" || tier == "possible",
        None => recommendation["rank"]
            .as_u64()
            .is_some_and(|rank| rank as usize <= INTERIM_CARDS),
    }
}

/// The cards for an advice in the API's JSON form.
pub fn cards(advice: &Value, base_url: &str, lang: Lang) -> Vec<Card> {
    let recommendations = advice["recommendations"].as_array();
    recommendations
        .into_iter()
        .flatten()
        .filter(|r| gets_card(r))
        .enumerate()
        .map(|(i, r)| card(r, (i == 0).then_some(&advice["route"]), base_url, lang))
        .collect()
}

fn card(r: &Value, route: Option<&Value>, base_url: &str, lang: Lang) -> Card {
    let slug = r["slug"].as_str().unwrap_or_default().to_owned();
    let name = r["name"].as_str().unwrap_or_default();
    let rank = r["rank"].as_u64().unwrap_or_default();
    let tx = &texts::for_lang(lang).cds_card;
    let tier = r["tier"]
        .as_str()
        .map(|t| tier_label(t, lang))
        .unwrap_or(tx.fits);
    Card {
        uuid: uuid::Uuid::new_v4().to_string(),
        summary: shorten(&format!("{rank}. {name}: {tier}"), SUMMARY_MAX),
        detail: detail(r, route, lang),
        indicator: "info",
        source: Source {
            label: format!("Interventiewijzer: {name}"),
            url: format!("{base_url}/interventies/{slug}?lang={}", lang.code()),
        },
        suggestions: vec![Suggestion {
            label: shorten(&fill(tx.choose, &[("name", name)]), 80),
            uuid: uuid::Uuid::new_v4().to_string(),
            is_recommended: true,
        }],
        selection_behavior: "at-most-one",
        override_reasons: OVERRIDE_CODES
            .iter()
            .filter_map(|code| {
                Some(Coding {
                    code,
                    system: OVERRIDE_SYSTEM,
                    display: override_display(code, lang)?,
                })
            })
            .collect(),
        slug,
    }
}

fn tier_label(tier: &str, lang: Lang) -> &'static str {
    let tx = &texts::for_lang(lang).cds_card;
    match tier {
        "strong" => tx.strong,
        "possible" => tx.possible,
        _ => tx.fits,
    }
}

/// The card's markdown: the reasons and caveats with points and sources, who pays, and (on
/// the first card) the route.
fn detail(r: &Value, route: Option<&Value>, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).cds_card;
    let (why, care, pays, route_title) = (tx.why, tx.note, tx.who_pays, tx.route);
    let mut md = format!("**Score {}**\n\n**{why}**\n\n", number(&r["score"]));
    md.push_str(&lines(&r["reasons"]));
    let caveats = lines(&r["caveats"]);
    if !caveats.is_empty() {
        md.push_str(&format!("\n**{care}**\n\n{caveats}"));
    }
    if let Some(text) = r["funding"]["text"].as_str() {
        let source = r["funding"]["source"].as_str().unwrap_or_default();
        md.push_str(&format!(
            "\n**{pays}**: {} ({})\n",
            plain(text),
            plain(source)
        ));
    }
    if let Some(route) = route.filter(|v| v.is_object()) {
        md.push_str(&format!("\n**{route_title}**\n\n"));
        for (key, value) in route.as_object().into_iter().flatten() {
            if let Some(text) = value_text(value) {
                md.push_str(&format!("- {}: {}\n", route_label(key, lang), plain(&text)));
            }
        }
    }
    md
}

/// The heading of a part of the route.
fn route_label(key: &str, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).cds_card;
    let label = match key {
        "responsible" => tx.responsible,
        "involve" => tx.involve,
        "client_duty" => tx.client_duty,
        "to_check" => tx.to_check,
        _ => return plain(key),
    };
    label.to_owned()
}

/// A route entry as text: a string, or a list of strings or of objects with a `text`.
fn value_text(value: &Value) -> Option<String> {
    match value {
        Value::String(s) => Some(s.clone()),
        Value::Object(o) => o.get("text").and_then(Value::as_str).map(str::to_owned),
        Value::Array(items) => {
            let parts: Vec<String> = items.iter().filter_map(value_text).collect();
            (!parts.is_empty()).then(|| parts.join("; "))
        }
        _ => None,
    }
}

/// The ledger lines as a markdown list: text, points, source.
fn lines(list: &Value) -> String {
    list.as_array()
        .into_iter()
        .flatten()
        .map(|line| {
            format!(
                "- {} ({}; {})\n",
                plain(line["text"].as_str().unwrap_or_default()),
                signed(&line["points"]),
                plain(line["source"].as_str().unwrap_or_default()),
            )
        })
        .collect()
}

fn number(value: &Value) -> String {
    let n = value.as_f64().unwrap_or_default();
    if n.fract() == 0.0 {
        format!("{n:.0}")
    } else {
        format!("{n}")
    }
}

fn signed(value: &Value) -> String {
    let n = value.as_f64().unwrap_or_default();
    if n > 0.0 {
        format!("+{}", number(value))
    } else {
        number(value)
    }
}

/// Knowledge-base text as inert markdown: no HTML, no links or emphasis of its own.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\\' | '`' | '*' | '_' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            _ => out.push(c),
        }
    }
    out
}

/// `text` cut to at most `max` characters, with an ellipsis when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(max - 1).collect();
    cut.push('…');
    cut
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_summary_is_cut_to_the_limit() {
        let long = "é".repeat(300);
        let cut = shorten(&long, SUMMARY_MAX);
        assert_eq!(cut.chars().count(), SUMMARY_MAX);
        assert!(cut.ends_with('…'));
        assert_eq!(shorten("kort", SUMMARY_MAX), "kort");
    }

    #[test]
    fn tiers_choose_the_cards_and_without_them_the_top_three() {
        let tiers = serde_json::json!({"recommendations": [
            {"slug": "a", "rank": 1, "tier": "strong"},
            {"slug": "b", "rank": 2, "tier": "weak"},
            {"slug": "c", "rank": 3, "tier": "possible"},
        ]});
        let slugs: Vec<String> = cards(&tiers, "https://x", Lang::Nl)
            .into_iter()
            .map(|c| c.slug)
            .collect();
        assert_eq!(slugs, ["a", "c"]);
        let ranks = serde_json::json!({"recommendations": [
            {"slug": "a", "rank": 1}, {"slug": "b", "rank": 2},
            {"slug": "c", "rank": 3}, {"slug": "d", "rank": 4},
        ]});
        assert_eq!(cards(&ranks, "https://x", Lang::Nl).len(), 3);
    }

    #[test]
    fn knowledge_base_text_cannot_inject_markdown_or_html() {
        assert_eq!(plain("<b>[x](y)</b>"), "&lt;b&gt;\\[x\\](y)&lt;/b&gt;");
    }
}
