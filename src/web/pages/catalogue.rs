//! The catalogue (`GET /interventies`, filterable with a plain GET form) and the page of one
//! intervention (`GET /interventies/{slug}`) with everything the knowledge base holds on it.

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::{Chrome, PageLang};
use crate::domain::knowledge::{Intervention, KnowledgeBase, TEXT_FIELDS};
use crate::domain::lang::Lang;
use crate::domain::profile::{Dimension, Severity, WorkSituation};
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::views::{RuleView, recognition_warnings, rule_views};
use crate::web::{labels, texts};

/// The catalogue's filters, as the GET form sends them; empty means "all".
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    severity: String,
    #[serde(default)]
    work_situation: String,
    #[serde(default)]
    evidence: String,
}

/// A choice in a filter's drop-down.
pub struct ChoiceView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// One intervention in the catalogue.
pub struct EntryView {
    pub slug: String,
    pub name: String,
    pub evidence_code: String,
    pub evidence_label: String,
    pub summary: Option<String>,
}

/// `GET /interventies`.
#[derive(Template, WebTemplate)]
#[template(path = "catalogue.html")]
pub struct CataloguePage {
    chrome: Chrome,
    severity: Vec<ChoiceView>,
    work_situation: Vec<ChoiceView>,
    evidence: Vec<ChoiceView>,
    entries: Vec<EntryView>,
    ignored_filter: bool,
}

/// A filter's choices: "all" first, then `options` as (value, label), `chosen` selected.
pub fn choices(all: &str, options: Vec<(String, String)>, chosen: &str) -> Vec<ChoiceView> {
    std::iter::once((String::new(), all.to_owned()))
        .chain(options)
        .map(|(value, label)| ChoiceView {
            selected: value == chosen,
            value,
            label,
        })
        .collect()
}

/// `GET /interventies`.
pub async fn list(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    filters: Result<Query<Filters>, QueryRejection>,
) -> CataloguePage {
    let filters = filters.map(|Query(f)| f).unwrap_or_default();
    let kb = state.knowledge_base();
    let severity = Severity::from_code(&filters.severity).filter(|s| *s != Severity::Unknown);
    let work = WorkSituation::from_code(&filters.work_situation);
    let evidence = kb.evidence_level(&filters.evidence).map(|l| l.code.clone());
    let ignored_filter = (!filters.severity.is_empty() && severity.is_none())
        || (!filters.work_situation.is_empty() && work.is_none())
        || (!filters.evidence.is_empty() && evidence.is_none());
    let entries = kb
        .interventions()
        .iter()
        .filter(|i| severity.is_none_or(|s| i.admits(Dimension::Severity, s.code())))
        .filter(|i| work.is_none_or(|w| i.admits(Dimension::WorkSituation, w.code())))
        .filter(|i| evidence.as_ref().is_none_or(|e| *e == i.evidence_level))
        .map(|i| entry(&kb, i, lang))
        .collect();
    let all = texts::for_lang(lang).catalogue.all;
    let coded = |d: Dimension, codes: &[&str]| {
        codes
            .iter()
            .filter(|c| **c != "unknown")
            .map(|c| (c.to_string(), labels::value(d, c, lang).to_owned()))
            .collect()
    };
    CataloguePage {
        chrome: Chrome::new(lang, "/interventies", "catalogue"),
        severity: choices(
            all,
            coded(Dimension::Severity, Severity::CODES),
            &filters.severity,
        ),
        work_situation: choices(
            all,
            coded(Dimension::WorkSituation, WorkSituation::CODES),
            &filters.work_situation,
        ),
        evidence: choices(
            all,
            kb.evidence_levels()
                .iter()
                .rev()
                .map(|l| (l.code.clone(), l.label.get(lang).to_owned()))
                .collect(),
            &filters.evidence,
        ),
        entries,
        ignored_filter,
    }
}

fn entry(kb: &KnowledgeBase, i: &Intervention, lang: Lang) -> EntryView {
    let level = kb.evidence_of(i);
    EntryView {
        slug: i.slug.clone(),
        name: i.name.get(lang).to_owned(),
        evidence_code: level.code.clone(),
        evidence_label: level.label.get(lang).to_owned(),
        summary: i.texts.get("summary").map(|t| t.text.get(lang).to_owned()),
    }
}

/// One content field of the detail page.
pub struct FieldView {
    pub heading: &'static str,
    /// `None`: the sources are silent on it.
    pub text: Option<(String, String)>,
}

/// `GET /interventies/{slug}`.
#[derive(Template, WebTemplate)]
#[template(path = "intervention.html")]
pub struct InterventionPage {
    chrome: Chrome,
    entry: EntryView,
    guidance: Option<&'static str>,
    institutes: Vec<String>,
    evidence_description: String,
    evidence_source: String,
    fields: Vec<FieldView>,
    rules: Vec<RuleView>,
    /// Recognitions older than the configured number of years.
    warnings: Vec<String>,
}

/// `GET /interventies/{slug}`.
pub async fn detail(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(slug): Path<String>,
) -> Result<InterventionPage, AppError> {
    let kb = state.knowledge_base();
    let i = kb.intervention(&slug).ok_or(AppError::NotFound)?;
    let level = kb.evidence_of(i);
    Ok(InterventionPage {
        chrome: Chrome::new(lang, &format!("/interventies/{}", i.slug), "catalogue"),
        entry: entry(&kb, i, lang),
        guidance: labels::guidance(i.guidance, lang),
        institutes: i
            .recognitions
            .iter()
            .map(|r| match r.year {
                Some(year) => format!("{} ({year}; {})", r.institute, r.source),
                None => format!("{} ({})", r.institute, r.source),
            })
            .collect(),
        evidence_description: level.description.get(lang).to_owned(),
        evidence_source: i.evidence_source.clone(),
        fields: TEXT_FIELDS
            .iter()
            .filter(|f| **f != "summary")
            .map(|f| FieldView {
                heading: labels::text_field(f, lang),
                text: i
                    .texts
                    .get(*f)
                    .map(|t| (t.text.get(lang).to_owned(), t.source.clone())),
            })
            .collect(),
        rules: rule_views(i, lang),
        warnings: recognition_warnings(i, state.admin.recognition_max_age_years, lang, false),
    })
}
