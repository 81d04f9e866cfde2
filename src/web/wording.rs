//! Words what the domain returns as codes: the summary of an advice ([`Summary`]), the
//! ledger lines that are not a rule's own text (evidence, still to check) and what is wrong
//! with a profile ([`ProfileError`]). The sentences are in the catalogue (`texts.summary`,
//! `texts.ledger`, `texts.profile_error`); the advice page, case page, handout, JSON API and
//! CDS cards all print them through here.

use std::borrow::Cow;

use crate::domain::knowledge::{EvidenceLevel, Intervention};
use crate::domain::lang::Lang;
use crate::domain::matching::{Line, LineKind, Recommendation};
use crate::domain::plan::{Summary, Then, ThenKind, Weightiest};
use crate::domain::profile::{Dimension, ProfileError};
use crate::web::texts::{self, fill};

/// The summary in one or two plain sentences: "Begin met ..., omdat ...; daarna ...".
pub fn summary_text(summary: &Summary<'_>, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).summary;
    match summary {
        Summary::FirstStep { opens, meanwhile } => {
            let mut text = match *opens {
                Some("ggz_treatment") => tx.first_step_ggz_treatment,
                _ => tx.first_step,
            }
            .to_owned();
            if !meanwhile.is_empty() {
                text.push(' ');
                text.push_str(&fill(tx.meanwhile, &[("names", &names(meanwhile, lang))]));
            }
            text
        }
        Summary::NoneFits => tx.none_fits.to_owned(),
        Summary::Begin {
            start,
            then,
            weightiest,
        } => {
            let begin = if start.len() == 1 {
                tx.begin_one
            } else {
                tx.begin_many
            };
            let then = then
                .as_ref()
                .map(|t| then_text(t, lang))
                .unwrap_or_default();
            let mut text = fill(begin, &[("names", &names(start, lang)), ("then", &then)]);
            if let Some(why) = weightiest.as_ref().and_then(|w| weightiest_text(w, lang)) {
                text.push(' ');
                text.push_str(&why);
            }
            text
        }
    }
}

/// "; daarna ..." for the later step.
fn then_text(then: &Then<'_>, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).summary;
    let template = match then.kind {
        ThenKind::FollowUp => tx.then_follow_up,
        ThenKind::AtReturn => tx.then_at_return,
        ThenKind::Afterwards => tx.then_afterwards,
    };
    fill(template, &[("names", &names(&then.interventions, lang))])
}

/// The weightiest rule quoted whole, when its text is one sentence in `lang`.
fn weightiest_text(weightiest: &Weightiest<'_>, lang: Lang) -> Option<String> {
    let why = weightiest.rule.text.get(lang).trim_end_matches('.');
    (!why.contains(". ")).then(|| {
        fill(
            texts::for_lang(lang).summary.weightiest,
            &[
                ("top", weightiest.intervention.name.get(lang)),
                ("why", why),
            ],
        )
    })
}

/// The interventions' names as "a, b en c".
fn names(interventions: &[&Intervention], lang: Lang) -> String {
    match interventions {
        [] => String::new(),
        [one] => one.name.get(lang).to_owned(),
        [rest @ .., last] => {
            let rest: Vec<&str> = rest.iter().map(|i| i.name.get(lang)).collect();
            let and = texts::for_lang(lang).summary.and;
            format!("{}{and}{}", rest.join(", "), last.name.get(lang))
        }
    }
}

/// A ledger line as a professional reads it: the rule's own text, "Nog na te gaan: " before
/// a rule still to check, or the evidence line ("Bewijskracht: ... (institutes)").
pub fn line_text<'kb>(
    line: &Line<'kb>,
    recommendation: &Recommendation<'kb>,
    lang: Lang,
) -> Cow<'kb, str> {
    match (line.kind, line.rule) {
        (LineKind::ToCheck, Some(rule)) => Cow::Owned(to_check(rule.text.get(lang), lang)),
        (_, Some(rule)) => Cow::Borrowed(rule.text.get(lang)),
        (_, None) => Cow::Owned(evidence_text(
            recommendation.evidence,
            recommendation.intervention,
            lang,
        )),
    }
}

/// A rule's text as a line still to check.
pub fn to_check(rule_text: &str, lang: Lang) -> String {
    fill(
        texts::for_lang(lang).ledger.to_check,
        &[("rule", rule_text)],
    )
}

/// The evidence line of `intervention`, whose evidence is `level`.
pub fn evidence_text(level: &EvidenceLevel, intervention: &Intervention, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).ledger;
    let level = level.label.get(lang);
    let institutes: Vec<&str> = intervention
        .recognitions
        .iter()
        .map(|r| r.institute.as_str())
        .collect();
    if institutes.is_empty() {
        fill(tx.evidence, &[("level", level)])
    } else {
        let institutes = institutes.join(", ");
        fill(
            tx.evidence_recognised,
            &[("level", level), ("institutes", &institutes)],
        )
    }
}

/// A message about a profile problem that names the field and, where it helps, the allowed
/// values. It never repeats the submitted value.
pub fn profile_error_message(error: &ProfileError, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).profile_error;
    let field = error.field();
    let with = |template: &str, name: &str, value: &str| {
        fill(template, &[("field", field), (name, value)])
    };
    match error {
        ProfileError::Missing(d) => with(tx.missing, "allowed", &allowed_list(*d)),
        ProfileError::NotAllowed(d) => with(tx.not_allowed, "allowed", &allowed_list(*d)),
        ProfileError::Repeated(_) => fill(tx.repeated, &[("field", field)]),
        ProfileError::WrongType(d) => with(tx.wrong_type, "expected", &expected_type(*d, lang)),
        ProfileError::UnknownRegion => tx.unknown_region.to_owned(),
        ProfileError::RepeatedRegion => tx.repeated_region.to_owned(),
        ProfileError::UnknownIntervention => fill(tx.unknown_intervention, &[("field", field)]),
        ProfileError::Impossible(d, other) => fill(
            tx.impossible,
            &[
                ("field", field),
                ("other", other.code()),
                (
                    "why",
                    crate::web::pages::questionnaire::impossible_text(*d, lang),
                ),
            ],
        ),
        ProfileError::UnknownField(_) => {
            with(tx.unknown_field, "known", &Dimension::CODES.join(", "))
        }
    }
}

/// The allowed values of a question, for an error message.
fn allowed_list(dimension: Dimension) -> String {
    dimension.allowed_values().join(", ")
}

/// What a field of the wrong type should have been.
fn expected_type(dimension: Dimension, lang: Lang) -> String {
    let tx = &texts::for_lang(lang).profile_error;
    if dimension.is_boolean() {
        return tx.expected_boolean.to_owned();
    }
    let template = if dimension.is_list() {
        tx.expected_list
    } else {
        tx.expected_string
    };
    fill(template, &[("allowed", &allowed_list(dimension))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::knowledge::{Effect, Rule};
    use crate::domain::lang::Localized;
    use crate::domain::profile::Dimension;

    fn both(nl: &str, en: &str) -> Localized {
        Localized {
            nl: nl.to_owned(),
            en: en.to_owned(),
        }
    }

    fn intervention(name: &str) -> Intervention {
        Intervention {
            slug: name.to_lowercase(),
            position: 0,
            name: both(name, name),
            guidance: None,
            evidence_level: "strong".to_owned(),
            evidence_index: 0,
            evidence_source: "Test, 1".to_owned(),
            recognitions: Vec::new(),
            texts: Default::default(),
            rules: Vec::new(),
        }
    }

    fn rule(nl: &str, en: &str) -> Rule {
        Rule {
            id: 1,
            dimension: Dimension::Severity,
            values: vec!["epa"],
            effect: Effect::Fit,
            points: 3.0,
            text: both(nl, en),
            source: "Test, 2".to_owned(),
            condition: Default::default(),
        }
    }

    #[test]
    fn the_summary_begins_with_the_start_then_what_follows_then_the_weightiest_rule() {
        let (ips, bw, wcgt) = (
            intervention("IPS"),
            intervention("BW"),
            intervention("W-CGT"),
        );
        let fit = rule("Doelgroep: EPA.", "Target group: SMI.");
        let summary = Summary::Begin {
            start: vec![&ips, &bw],
            then: Some(Then {
                kind: ThenKind::AtReturn,
                interventions: vec![&wcgt],
            }),
            weightiest: Some(Weightiest {
                intervention: &ips,
                rule: &fit,
            }),
        };
        assert_eq!(
            summary_text(&summary, Lang::Nl),
            "Begin met IPS en BW, omdat die het best passen bij deze antwoorden; daarna, bij de \
             werkhervatting: W-CGT. Het zwaarst weegt bij IPS: \u{201e}Doelgroep: EPA\u{201d}."
        );
        assert_eq!(
            summary_text(&summary, Lang::En),
            "Begin with IPS and BW, because they fit these answers best; then, at the return to \
             work: W-CGT. What weighs most for IPS: \u{201c}Target group: SMI\u{201d}."
        );
    }

    #[test]
    fn a_weightiest_rule_of_two_sentences_is_left_out_and_a_first_step_comes_first() {
        let ips = intervention("IPS");
        let long = rule("Een. Twee.", "One.");
        let summary = Summary::Begin {
            start: vec![&ips],
            then: None,
            weightiest: Some(Weightiest {
                intervention: &ips,
                rule: &long,
            }),
        };
        assert_eq!(
            summary_text(&summary, Lang::Nl),
            "Begin met IPS, omdat die het best past bij deze antwoorden."
        );
        assert_eq!(
            summary_text(&summary, Lang::En),
            "Begin with IPS, because it fits these answers best. What weighs most for IPS: \
             \u{201c}One\u{201d}."
        );
        let first = Summary::FirstStep {
            opens: Some("ggz_treatment"),
            meanwhile: vec![&ips],
        };
        assert!(
            summary_text(&first, Lang::Nl).ends_with("komt IPS in beeld. Tot die tijd past: IPS.")
        );
        assert_eq!(
            summary_text(&Summary::NoneFits, Lang::En),
            texts::EN.summary.none_fits
        );
    }

    #[test]
    fn a_line_still_to_check_says_so_before_the_rule() {
        assert_eq!(
            to_check("Doelgroep: EPA", Lang::Nl),
            "Nog na te gaan: Doelgroep: EPA"
        );
        assert_eq!(
            to_check("Target group", Lang::En),
            "Still to check: Target group"
        );
    }
}
