//! The sociale kaart (`GET /sociale-kaart`, filterable with a plain GET form) and the page of
//! one organisation (`GET /sociale-kaart/{id}`).

use askama::Template;
use askama_web::WebTemplate;
use axum::extract::rejection::QueryRejection;
use axum::extract::{Path, Query, State};
use serde::Deserialize;

use super::catalogue::{ChoiceView, choices};
use super::{Chrome, PageLang};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::social_map::{Organisation, Service, is_stale};
use crate::state::AppState;
use crate::web::error::AppError;
use crate::web::format::today;
use crate::web::texts;

/// The filters, as the GET form sends them; empty means "all".
#[derive(Debug, Default, Deserialize)]
pub struct Filters {
    #[serde(default)]
    pub region: String,
    #[serde(default)]
    pub intervention: String,
    #[serde(default)]
    pub kind: String,
}

/// One offer on the map.
pub struct EntryView {
    pub organisation_id: String,
    pub organisation: String,
    pub kind: String,
    pub offer: String,
    pub intervention_slug: Option<String>,
    pub notes: String,
    pub regions: String,
    pub source: String,
    pub last_checked: String,
    pub stale: bool,
}

/// The name of an intervention or the product.
fn offer(kb: &KnowledgeBase, s: &Service, lang: Lang) -> String {
    s.intervention_slug
        .as_deref()
        .and_then(|slug| kb.intervention(slug))
        .map(|i| i.name.get(lang).to_owned())
        .unwrap_or_else(|| s.product.clone())
}

/// An offer as the pages show it.
pub fn entry(
    kb: &KnowledgeBase,
    o: &Organisation,
    s: &Service,
    lang: Lang,
    today: &str,
) -> EntryView {
    let map = kb.social_map();
    let regions: Vec<&str> = s
        .regions
        .iter()
        .filter_map(|code| map.region(code).map(|r| r.name.as_str()))
        .collect();
    EntryView {
        organisation_id: o.id.clone(),
        organisation: o.name.clone(),
        kind: o.kind.clone(),
        offer: offer(kb, s, lang),
        intervention_slug: s.intervention_slug.clone(),
        notes: s.notes.get(lang).to_owned(),
        regions: if regions.is_empty() {
            texts::for_lang(lang).social.no_region.to_owned()
        } else {
            regions.join(", ")
        },
        source: s.source.clone(),
        last_checked: s.last_checked.clone(),
        stale: is_stale(&s.last_checked, today),
    }
}

/// `GET /sociale-kaart`.
#[derive(Template, WebTemplate)]
#[template(path = "social_map.html")]
pub struct SocialMapPage {
    chrome: Chrome,
    regions: Vec<ChoiceView>,
    interventions: Vec<ChoiceView>,
    kinds: Vec<ChoiceView>,
    entries: Vec<EntryView>,
}

/// `GET /sociale-kaart`.
pub async fn list(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    filters: Result<Query<Filters>, QueryRejection>,
) -> SocialMapPage {
    let f = filters.map(|Query(f)| f).unwrap_or_default();
    let kb = state.knowledge_base();
    let map = kb.social_map();
    let some = |s: &str| Some(s.to_owned()).filter(|s| !s.is_empty());
    let today = today();
    let entries = map
        .find(
            some(&f.region).as_deref(),
            some(&f.intervention).as_deref(),
            some(&f.kind).as_deref(),
        )
        .into_iter()
        .map(|(o, s)| entry(&kb, o, s, lang, &today))
        .collect();
    let all = texts::for_lang(lang).catalogue.all;
    let mut kinds: Vec<String> = map.organisations.iter().map(|o| o.kind.clone()).collect();
    kinds.sort();
    kinds.dedup();
    SocialMapPage {
        chrome: Chrome::new(lang, "/sociale-kaart", "social_map"),
        regions: choices(
            all,
            map.regions
                .iter()
                .map(|r| (r.code.clone(), r.name.clone()))
                .collect(),
            &f.region,
        ),
        interventions: choices(
            all,
            kb.interventions()
                .iter()
                .map(|i| (i.slug.clone(), i.name.get(lang).to_owned()))
                .collect(),
            &f.intervention,
        ),
        kinds: choices(
            all,
            kinds.into_iter().map(|k| (k.clone(), k)).collect(),
            &f.kind,
        ),
        entries,
    }
}

/// `GET /sociale-kaart/{id}`.
#[derive(Template, WebTemplate)]
#[template(path = "organisation.html")]
pub struct OrganisationPage {
    chrome: Chrome,
    organisation: Organisation,
    description: String,
    stale: bool,
    entries: Vec<EntryView>,
}

/// `GET /sociale-kaart/{id}`.
pub async fn organisation(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(id): Path<String>,
) -> Result<OrganisationPage, AppError> {
    let kb = state.knowledge_base();
    let map = kb.social_map();
    let o = map.organisation(&id).ok_or(AppError::NotFound)?;
    let today = today();
    Ok(OrganisationPage {
        chrome: Chrome::new(lang, &format!("/sociale-kaart/{id}"), "social_map"),
        description: o.description.get(lang).to_owned(),
        stale: is_stale(&o.last_checked, &today),
        entries: map
            .services
            .iter()
            .filter(|s| s.organisation_id == o.id)
            .map(|s| entry(&kb, o, s, lang, &today))
            .collect(),
        organisation: o.clone(),
    })
}
