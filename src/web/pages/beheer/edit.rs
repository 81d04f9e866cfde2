//! The dashboard, editing an intervention (with a preview over the example clients before
//! saving) and the audit log.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

use super::{Admin, Refusal, reload};
use crate::db::audit;
use crate::db::drafts::{InterventionDraft, save_intervention};
use crate::db::knowledge::build;
use crate::db::rows::{self, RecognitionRow, Snapshot, TextRow};
use crate::domain::comparison::{Standing, moves};
use crate::domain::knowledge::{KnowledgeBase, TEXT_FIELDS};
use crate::domain::lang::Lang;
use crate::domain::matching::recommend;
use crate::state::AppState;
use crate::web::format::format_points;
use crate::web::pages::Chrome;
use crate::web::views::{RuleView, recognition_warnings, rule_views};
use crate::web::{labels, texts};

/// One intervention on the dashboard.
pub struct DashboardEntry {
    pub slug: String,
    pub name: String,
    pub evidence: String,
    pub rules: usize,
    pub warnings: Vec<String>,
}

/// `GET /beheer`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/index.html")]
pub struct DashboardPage {
    chrome: Chrome,
    user: String,
    csrf: String,
    kb_version: String,
    entries: Vec<DashboardEntry>,
}

/// `GET /beheer`.
pub async fn dashboard(State(state): State<AppState>, admin: Admin) -> DashboardPage {
    let kb = state.knowledge_base();
    let lang = admin.lang;
    DashboardPage {
        chrome: Chrome::new(lang, "/beheer", "beheer"),
        user: admin.name().to_owned(),
        csrf: admin.session.csrf_token.clone(),
        kb_version: kb.version().to_owned(),
        entries: kb
            .interventions()
            .iter()
            .map(|i| DashboardEntry {
                slug: i.slug.clone(),
                name: i.name.get(lang).to_owned(),
                evidence: kb.evidence_of(i).label.get(lang).to_owned(),
                rules: i.rules.len(),
                warnings: recognition_warnings(
                    i,
                    state.admin.recognition_max_age_years,
                    lang,
                    true,
                ),
            })
            .collect(),
    }
}

/// How one example client's advice would move with a draft.
pub struct ExamplePreview {
    pub title: String,
    pub moves: Vec<(String, String, String)>,
}

fn standing_text(s: Standing, lang: Lang) -> String {
    match s {
        Standing::Ranked { rank, score } => {
            format!("{rank} ({})", format_points(score, lang, false))
        }
        Standing::Excluded => texts::t("compare.excluded", lang).to_owned(),
    }
}

/// Runs every example client over the current and the draft knowledge base.
pub fn preview(current: &KnowledgeBase, draft: &KnowledgeBase, lang: Lang) -> Vec<ExamplePreview> {
    draft
        .examples()
        .iter()
        .map(|e| {
            let before = recommend(current, &e.profile);
            let after = recommend(draft, &e.profile);
            ExamplePreview {
                title: e.title.get(lang).to_owned(),
                moves: moves(&before, &after)
                    .into_iter()
                    .map(|m| {
                        (
                            m.intervention.name.get(lang).to_owned(),
                            standing_text(m.before, lang),
                            standing_text(m.after, lang),
                        )
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The current rows, read in one transaction.
pub async fn current_rows(state: &AppState, lang: Lang) -> Result<Snapshot, Refusal> {
    let read = async {
        let mut tx = state.db.begin().await?;
        let snapshot = rows::fetch(&mut tx).await?;
        tx.commit().await?;
        Ok::<_, sqlx::Error>(snapshot)
    };
    read.await.map_err(|error| {
        tracing::error!(%error, "cannot read the knowledge base");
        Refusal::Internal(lang)
    })
}

/// One content field in the form.
pub struct TextFieldView {
    pub field: &'static str,
    pub heading: &'static str,
    pub nl: String,
    pub en: String,
    pub source: String,
}

/// `GET|POST /beheer/interventies/{slug}`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/intervention.html")]
pub struct InterventionForm {
    chrome: Chrome,
    csrf: String,
    draft: InterventionDraft,
    recognitions: String,
    fields: Vec<TextFieldView>,
    levels: Vec<(String, String)>,
    errors: Vec<String>,
    warnings: Vec<String>,
    preview: Option<Vec<ExamplePreview>>,
    rules: Vec<RuleView>,
}

fn form_page(
    state: &AppState,
    admin: &Admin,
    draft: InterventionDraft,
    errors: Vec<String>,
    preview: Option<Vec<ExamplePreview>>,
) -> InterventionForm {
    let lang = admin.lang;
    let kb = state.knowledge_base();
    let stored = kb.intervention(&draft.intervention.slug);
    InterventionForm {
        chrome: Chrome::new(
            lang,
            &format!("/beheer/interventies/{}", draft.intervention.slug),
            "beheer",
        ),
        csrf: admin.session.csrf_token.clone(),
        recognitions: draft
            .recognitions
            .iter()
            .map(|r| match r.year {
                Some(y) => format!("{} | {y} | {}", r.institute, r.source),
                None => format!("{} |  | {}", r.institute, r.source),
            })
            .collect::<Vec<_>>()
            .join("\n"),
        fields: TEXT_FIELDS
            .iter()
            .map(|f| {
                let row = draft.texts.iter().find(|t| t.field == *f);
                TextFieldView {
                    field: f,
                    heading: labels::text_field(f, lang),
                    nl: row.map(|t| t.text_nl.clone()).unwrap_or_default(),
                    en: row.map(|t| t.text_en.clone()).unwrap_or_default(),
                    source: row.map(|t| t.source.clone()).unwrap_or_default(),
                }
            })
            .collect(),
        levels: kb
            .evidence_levels()
            .iter()
            .rev()
            .map(|l| (l.code.clone(), l.label.get(lang).to_owned()))
            .collect(),
        warnings: stored
            .map(|i| recognition_warnings(i, state.admin.recognition_max_age_years, lang, true))
            .unwrap_or_default(),
        rules: stored.map(|i| rule_views(i, lang)).unwrap_or_default(),
        draft,
        errors,
        preview,
    }
}

/// `GET /beheer/interventies/{slug}`.
pub async fn form(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Response {
    let snapshot = match current_rows(&state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    match InterventionDraft::of(&snapshot, &slug) {
        Some(draft) => form_page(&state, &admin, draft, Vec::new(), None).into_response(),
        None => crate::web::pages::PageError::NotFound(admin.lang).into_response(),
    }
}

/// Reads the submitted form into a draft of `slug`, or says what is wrong with it.
fn parse_form(
    slug: &str,
    pairs: &[(String, String)],
    levels: &[String],
) -> (InterventionDraft, Vec<String>) {
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().replace("\r\n", "\n"))
            .unwrap_or_default()
    };
    let mut errors = Vec::new();
    let mut intervention = crate::db::rows::InterventionRow {
        slug: slug.to_owned(),
        position: 0,
        name_nl: get("name_nl"),
        name_en: get("name_en"),
        guidance: Some(get("guidance")).filter(|g| !g.is_empty()),
        evidence_level: get("evidence_level"),
        evidence_source: get("evidence_source"),
    };
    for (field, label) in [
        ("name_nl", "Naam (nl)"),
        ("name_en", "Naam (en)"),
        ("evidence_source", "Bron van de bewijskracht"),
    ] {
        if get(field).is_empty() {
            errors.push(format!("{label}: vul dit veld in."));
        }
    }
    if !levels.contains(&intervention.evidence_level) {
        errors.push("Bewijskracht: kies een niveau uit de lijst.".to_owned());
        intervention.evidence_level = levels.first().cloned().unwrap_or_default();
    }
    if intervention
        .guidance
        .as_deref()
        .is_some_and(|g| !["individual", "workplace", "both"].contains(&g))
    {
        errors.push("Soort begeleiding: kies een waarde uit de lijst.".to_owned());
        intervention.guidance = None;
    }
    let mut recognitions = Vec::new();
    for (n, line) in get("recognitions")
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let parts: Vec<&str> = line.split('|').map(str::trim).collect();
        let year = parts.get(1).copied().unwrap_or("");
        match (parts.as_slice(), year.parse::<i64>()) {
            ([institute, _, source], Ok(y))
                if !institute.is_empty() && !source.is_empty() && (1900..=2100).contains(&y) =>
            {
                recognitions.push(RecognitionRow {
                    intervention_slug: slug.to_owned(),
                    institute: institute.to_string(),
                    year: Some(y),
                    source: source.to_string(),
                })
            }
            ([institute, "", source], _) if !institute.is_empty() && !source.is_empty() => {
                recognitions.push(RecognitionRow {
                    intervention_slug: slug.to_owned(),
                    institute: institute.to_string(),
                    year: None,
                    source: source.to_string(),
                })
            }
            _ => errors.push(format!(
                "Erkenningen, regel {}: schrijf 'instituut | jaar | bron' (jaar mag leeg).",
                n + 1
            )),
        }
    }
    let mut texts = Vec::new();
    for field in TEXT_FIELDS {
        let (nl, en, source) = (
            get(&format!("{field}.nl")),
            get(&format!("{field}.en")),
            get(&format!("{field}.source")),
        );
        match (nl.is_empty(), en.is_empty(), source.is_empty()) {
            (true, true, true) => {}
            (false, false, false) => texts.push(TextRow {
                intervention_slug: slug.to_owned(),
                field: field.to_string(),
                text_nl: nl,
                text_en: en,
                source,
            }),
            _ => errors.push(format!(
                "{}: vul de tekst in het Nederlands én het Engels en de bron in, of laat alle drie leeg.",
                labels::text_field(field, Lang::Nl)
            )),
        }
    }
    (
        InterventionDraft {
            intervention,
            recognitions,
            texts,
        },
        errors,
    )
}

/// `POST /beheer/interventies/{slug}`: `action=preview` shows how the example clients' advice
/// would move; `action=save` saves, records the audit entry and swaps in the new knowledge base.
pub async fn submit(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let pairs = super::form_pairs(&body);
    let field = |name: &str| super::field(&pairs, name);
    if !admin.token_matches(field("csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    let snapshot = match current_rows(&state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(stored) = InterventionDraft::of(&snapshot, &slug) else {
        return crate::web::pages::PageError::NotFound(admin.lang).into_response();
    };
    let levels: Vec<String> = snapshot
        .evidence_levels
        .iter()
        .map(|l| l.code.clone())
        .collect();
    let (mut draft, mut errors) = parse_form(&slug, &pairs, &levels);
    draft.intervention.position = stored.intervention.position;
    errors.extend(crate::domain::bounds::problems_in(
        &serde_json::to_value(&draft).expect("rows serialise"),
    ));
    let built = build(draft.applied_to(&snapshot));
    if let Err(error) = &built {
        errors.push(error.to_string());
    }
    let (Ok(next), true) = (built, errors.is_empty()) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            form_page(&state, &admin, draft, errors, None),
        )
            .into_response();
    };
    if field("action") != "save" {
        let preview = preview(&state.knowledge_base(), &next, admin.lang);
        return form_page(&state, &admin, draft, Vec::new(), Some(preview)).into_response();
    }
    if let Err(error) = save_intervention(&state.db, &draft, admin.name()).await {
        return Refusal::write_failed(admin.lang, &error, "the intervention").into_response();
    }
    if let Err(error) = reload(&state).await {
        tracing::error!(%error, "cannot reload the knowledge base");
        return Refusal::Internal(admin.lang).into_response();
    }
    tracing::info!(user = %admin.name(), intervention = %slug, "intervention saved");
    (
        StatusCode::SEE_OTHER,
        [(LOCATION, format!("/beheer/interventies/{slug}"))],
    )
        .into_response()
}

/// `GET /beheer/logboek`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/log.html")]
pub struct LogPage {
    chrome: Chrome,
    entries: Vec<audit::Entry>,
}

/// `GET /beheer/logboek`: the newest 200 entries.
pub async fn log(State(state): State<AppState>, admin: Admin) -> Response {
    match audit::newest(&state.db, 200).await {
        Ok(entries) => LogPage {
            chrome: Chrome::new(admin.lang, "/beheer/logboek", "beheer"),
            entries,
        }
        .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot read the audit log");
            Refusal::Internal(admin.lang).into_response()
        }
    }
}
