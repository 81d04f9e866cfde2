//! The intervention form's fields: as submitted (every field a string, kept as typed), their
//! labels (for the summary of errors, the conflict page and the logbook) and their checks, with
//! messages at the field in the page's language.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::field_names::FieldNames;
use super::form::FieldErrors;
use crate::db::drafts::InterventionDraft;
use crate::db::rows::{InterventionRow, RecognitionRow, TextRow};
use crate::db::versions::Fingerprint;
use crate::domain::knowledge::{Guidance, KnowledgeBase, Source, TEXT_FIELDS};
use crate::domain::lang::Lang;
use crate::web::{labels, texts};

/// The intervention form as submitted: every field a string, kept as typed. The texts are named
/// `{field}.nl`, `{field}.en` and `{field}.source` for each of [`TEXT_FIELDS`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct InterventionInput {
    pub name_nl: String,
    pub name_en: String,
    pub guidance: String,
    pub evidence_level: String,
    pub evidence_source: String,
    /// One recognition a line: `institute | year | source`.
    pub recognitions: String,
    /// The fingerprint of the intervention as the form was opened.
    pub fingerprint: String,
    #[serde(flatten)]
    pub texts: BTreeMap<String, String>,
}

impl InterventionInput {
    /// The form for a stored intervention.
    pub fn of(draft: &InterventionDraft) -> Self {
        let i = &draft.intervention;
        let mut texts = BTreeMap::new();
        for t in &draft.texts {
            texts.insert(format!("{}.nl", t.field), t.text_nl.clone());
            texts.insert(format!("{}.en", t.field), t.text_en.clone());
            texts.insert(format!("{}.source", t.field), t.source.clone());
        }
        Self {
            name_nl: i.name_nl.clone(),
            name_en: i.name_en.clone(),
            guidance: i.guidance.clone().unwrap_or_default(),
            evidence_level: i.evidence_level.clone(),
            evidence_source: i.evidence_source.clone(),
            recognitions: draft
                .recognitions
                .iter()
                .map(|r| match r.year {
                    Some(y) => format!("{} | {y} | {}", r.institute, r.source),
                    None => format!("{} |  | {}", r.institute, r.source),
                })
                .collect::<Vec<_>>()
                .join("\n"),
            fingerprint: Fingerprint::of(draft).to_string(),
            texts,
        }
    }

    fn text(&self, name: &str) -> String {
        clean(self.texts.get(name).map_or("", String::as_str))
    }
}

fn clean(value: &str) -> String {
    value.trim().replace("\r\n", "\n")
}

/// The kinds of guidance as (code, label).
pub(super) fn guidances(lang: Lang) -> Vec<(String, String)> {
    [Guidance::Individual, Guidance::Workplace, Guidance::Both]
        .into_iter()
        .map(|g| {
            let label = labels::guidance(Some(g), lang).unwrap_or_default();
            (g.code().to_owned(), label.to_owned())
        })
        .collect()
}

/// The evidence levels as (code, label), strongest first.
pub(super) fn levels(kb: &KnowledgeBase, lang: Lang) -> Vec<(String, String)> {
    kb.evidence_levels()
        .iter()
        .rev()
        .map(|l| (l.code.clone(), l.label.get(lang).to_owned()))
        .collect()
}

/// One field of the form: its id, where it is in a stored [`InterventionDraft`], its label.
struct Named {
    id: String,
    path: String,
    label: String,
}

/// The form's fields (but the recognitions, one text area for a list of rows) with their labels.
fn named_fields(lang: Lang) -> Vec<Named> {
    let tx = texts::for_lang(lang);
    let named = |id: String, path: String, label: String| Named { id, path, label };
    let name = tx.beheer.name;
    let mut list = vec![
        ("name_nl", format!("{name} (nl)")),
        ("name_en", format!("{name} (en)")),
        ("guidance", tx.detail.guidance.to_owned()),
        ("evidence_level", tx.detail.evidence.to_owned()),
        ("evidence_source", tx.beheer.evidence_source.to_owned()),
    ]
    .into_iter()
    .map(|(id, label)| named(id.to_owned(), format!("intervention.{id}"), label))
    .collect::<Vec<_>>();
    for f in TEXT_FIELDS {
        let heading = labels::text_field(f, lang);
        let source = tx.advice.source;
        for (id, column, label) in [
            ("nl", "text_nl", format!("{heading} (nl)")),
            ("en", "text_en", format!("{heading} (en)")),
            ("source", "source", format!("{heading}: {source}")),
        ] {
            list.push(named(
                format!("{f}-{id}"),
                format!("texts[{f}].{column}"),
                label,
            ));
        }
        list.push(named(
            String::new(),
            format!("texts[{f}].field"),
            heading.to_owned(),
        ));
    }
    list
}

/// Names every field of the form for the summary of errors.
pub(super) fn label_fields(errors: &mut FieldErrors) {
    let lang = errors.lang();
    for f in named_fields(lang).into_iter().filter(|f| !f.id.is_empty()) {
        errors.label(&f.id, f.label);
    }
    errors.label("recognitions", texts::for_lang(lang).detail.recognised_by);
}

/// The names of a stored intervention's fields and choices, as the form shows them.
pub fn names(kb: &KnowledgeBase, lang: Lang) -> FieldNames {
    let tx = texts::for_lang(lang);
    let mut names = FieldNames::default();
    for f in named_fields(lang) {
        let choices = match f.id.as_str() {
            "guidance" => guidances(lang),
            "evidence_level" => levels(kb, lang),
            _ => Vec::new(),
        };
        names.choices(f.path, f.label, choices);
    }
    let line = tx.beheer.recognition_line;
    for (column, part) in [
        ("institute", tx.beheer.institute),
        ("year", tx.beheer.year),
        ("source", tx.advice.source),
    ] {
        names.add(
            format!("recognitions[].{column}"),
            format!("{line}: {part}"),
        );
    }
    names
}

/// Reads the submitted form into a draft of `stored`'s intervention, adding what is wrong with
/// it to `errors` at the field.
pub(super) fn parse(
    stored: &InterventionRow,
    input: &InterventionInput,
    levels: &[String],
    sources: &[Source],
    errors: &mut FieldErrors,
) -> InterventionDraft {
    let slug = &stored.slug;
    let guidance = clean(&input.guidance);
    let intervention = InterventionRow {
        slug: slug.clone(),
        position: stored.position,
        name_nl: clean(&input.name_nl),
        name_en: clean(&input.name_en),
        guidance: Some(guidance.clone()).filter(|g| !g.is_empty()),
        evidence_level: clean(&input.evidence_level),
        evidence_source: clean(&input.evidence_source),
    };
    for (field, value) in [
        ("name_nl", &intervention.name_nl),
        ("name_en", &intervention.name_en),
        ("evidence_source", &intervention.evidence_source),
    ] {
        errors.required_text(field, field, value);
    }
    errors.check_source("evidence_source", &intervention.evidence_source, sources);
    if !levels.contains(&intervention.evidence_level) {
        errors.add("evidence_level", errors.tx().beheer.err_choose);
    }
    if !guidance.is_empty() && Guidance::from_code(&guidance).is_none() {
        errors.add("guidance", errors.tx().beheer.err_choose);
    }
    let recognitions = parse_recognitions(slug, &clean(&input.recognitions), sources, errors);
    let mut texts = Vec::new();
    for field in TEXT_FIELDS {
        let ids = [
            (format!("{field}-nl"), input.text(&format!("{field}.nl"))),
            (format!("{field}-en"), input.text(&format!("{field}.en"))),
            (
                format!("{field}-source"),
                input.text(&format!("{field}.source")),
            ),
        ];
        let filled = ids.iter().filter(|(_, v)| !v.is_empty()).count();
        if filled > 0 && filled < 3 {
            for (id, _) in ids.iter().filter(|(_, v)| v.is_empty()) {
                errors.add(id, errors.tx().beheer.err_text_incomplete);
            }
        }
        for (id, value) in &ids {
            errors.check_text(
                id,
                if id.ends_with("-source") {
                    "source"
                } else {
                    "text"
                },
                value,
            );
        }
        errors.check_source(&ids[2].0, &ids[2].1, sources);
        let [(_, nl), (_, en), (_, source)] = ids;
        if filled == 3 {
            texts.push(TextRow {
                intervention_slug: slug.clone(),
                field: field.to_string(),
                text_nl: nl,
                text_en: en,
                source,
            });
        }
    }
    InterventionDraft {
        intervention,
        recognitions,
        texts,
    }
}

/// The recognitions, one a line (`institute | year | source`, the year may be empty).
fn parse_recognitions(
    slug: &str,
    text: &str,
    sources: &[Source],
    errors: &mut FieldErrors,
) -> Vec<RecognitionRow> {
    let mut recognitions = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let year = match parts.get(1) {
            Some(&"") => Ok(None),
            Some(y) => y.parse::<i64>().map(Some).map_err(|_| ()),
            None => Err(()),
        };
        match (parts.as_slice(), year) {
            ([institute, _, source], Ok(year))
                if !institute.is_empty()
                    && !source.is_empty()
                    && year.is_none_or(|y| (1900..=2100).contains(&y)) =>
            {
                errors.check_text("recognitions", "institute", institute);
                errors.check_text("recognitions", "source", source);
                errors.check_source("recognitions", source, sources);
                recognitions.push(RecognitionRow {
                    intervention_slug: slug.to_owned(),
                    institute: institute.to_string(),
                    year,
                    source: source.to_string(),
                });
            }
            _ => {
                let message = errors
                    .tx()
                    .beheer
                    .err_recognition_line
                    .replace("{line}", &(n + 1).to_string());
                errors.add("recognitions", message);
            }
        }
    }
    recognitions
}
