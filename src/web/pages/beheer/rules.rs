//! Adding, changing and removing a rule, with the same preview over the example clients.

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::LOCATION;
use axum::response::{IntoResponse, Response};

use super::edit::{ExamplePreview, current_rows, preview};
use super::{Admin, Refusal, field, form_pairs, reload};
use crate::db::drafts::{RuleChange, save_rule};
use crate::db::knowledge::build;
use crate::db::rows::RuleRow;
use crate::domain::knowledge::Effect;
use crate::domain::profile::Dimension;
use crate::state::AppState;
use crate::web::labels;
use crate::web::pages::{Chrome, PageError};

/// A question and the codes its answers take, for the form's help.
pub struct DimensionHelp {
    pub code: &'static str,
    pub label: &'static str,
    pub values: String,
}

/// `GET|POST` of a rule.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/rule.html")]
pub struct RulePage {
    chrome: Chrome,
    csrf: String,
    /// Where the form posts to.
    action: String,
    /// None for a new rule.
    id: Option<i64>,
    intervention_slug: String,
    intervention_name: String,
    rule: RuleRow,
    dimensions: Vec<DimensionHelp>,
    effects: Vec<(&'static str, &'static str)>,
    errors: Vec<String>,
    preview: Option<Vec<ExamplePreview>>,
}

fn page(
    state: &AppState,
    admin: &Admin,
    id: Option<i64>,
    rule: RuleRow,
    errors: Vec<String>,
    preview: Option<Vec<ExamplePreview>>,
) -> RulePage {
    let lang = admin.lang;
    let kb = state.knowledge_base();
    let name = kb
        .intervention(&rule.intervention_slug)
        .map(|i| i.name.get(lang).to_owned())
        .unwrap_or_default();
    RulePage {
        chrome: Chrome::new(lang, "/beheer", "beheer"),
        csrf: admin.session.csrf_token.clone(),
        action: match id {
            Some(id) => format!("/beheer/regels/{id}"),
            None => format!("/beheer/interventies/{}/regels", rule.intervention_slug),
        },
        id,
        intervention_slug: rule.intervention_slug.clone(),
        intervention_name: name,
        rule,
        dimensions: Dimension::ALL
            .iter()
            .map(|d| DimensionHelp {
                code: d.code(),
                label: labels::question(*d, lang),
                values: d.allowed_values().join(" "),
            })
            .collect(),
        effects: [
            Effect::Require,
            Effect::Exclude,
            Effect::Fit,
            Effect::Caution,
        ]
        .iter()
        .map(|e| (e.code(), labels::effect(*e, lang)))
        .collect(),
        errors,
        preview,
    }
}

use crate::domain::knowledge::MAX_RULE_POINTS;

fn parse(slug: &str, id: i64, pairs: &[(String, String)]) -> (RuleRow, Vec<String>) {
    let get = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let mut errors = Vec::new();
    let dimension = Dimension::from_code(&get("dimension"));
    if dimension.is_none() {
        errors.push("Vraag: kies een vraag uit de lijst.".to_owned());
    }
    let values: Vec<String> = get("match_values")
        .split_whitespace()
        .map(str::to_owned)
        .collect();
    if values.is_empty() {
        errors.push("Antwoorden: noem ten minste één antwoordcode.".to_owned());
    }
    if let Some(d) = dimension {
        for v in values
            .iter()
            .filter(|v| !d.allowed_values().contains(&v.as_str()))
        {
            errors.push(format!(
                "Antwoorden: '{v}' is geen antwoord op deze vraag. Mogelijk: {}.",
                d.allowed_values().join(" ")
            ));
        }
    }
    let effect = Effect::from_code(&get("effect"));
    let points = get("points")
        .replace(',', ".")
        .parse::<f64>()
        .ok()
        .filter(|p| p.is_finite());
    match (effect, points) {
        (None, _) => errors.push("Werking: kies een werking uit de lijst.".to_owned()),
        (_, None) => errors.push("Punten: vul een getal in (bijvoorbeeld 1,5 of -1).".to_owned()),
        (Some(Effect::Fit), Some(p)) if p <= 0.0 => {
            errors.push("Punten: een regel 'Past' geeft meer dan 0 punten.".to_owned())
        }
        (Some(Effect::Caution), Some(p)) if p > 0.0 => {
            errors.push("Punten: een regel 'Let op' geeft 0 of minder punten.".to_owned())
        }
        (Some(Effect::Require | Effect::Exclude), Some(p)) if p != 0.0 => {
            errors.push("Punten: een regel 'Vereist' of 'Sluit uit' geeft 0 punten.".to_owned())
        }
        (_, Some(p)) if p.abs() > MAX_RULE_POINTS => errors.push(format!(
            "Punten: hoogstens {MAX_RULE_POINTS} en minstens -{MAX_RULE_POINTS}."
        )),
        _ => {}
    }
    for (field, label) in [
        ("text_nl", "Uitleg (nl)"),
        ("text_en", "Uitleg (en)"),
        ("source", "Bron"),
    ] {
        if get(field).is_empty() {
            errors.push(format!("{label}: vul dit veld in."));
        }
    }
    for field in ["text_nl", "text_en", "source", "match_values"] {
        let label = format!("veld {field}");
        let max = crate::domain::bounds::max_for(field);
        errors.extend(crate::domain::bounds::text_problem(
            &label,
            &get(field),
            max,
        ));
    }
    let rule = RuleRow {
        id,
        intervention_slug: slug.to_owned(),
        dimension: get("dimension"),
        match_values: values.join(" "),
        effect: get("effect"),
        points: points.unwrap_or(0.0),
        text_nl: get("text_nl"),
        text_en: get("text_en"),
        source: get("source"),
    };
    (rule, errors)
}

/// `GET /beheer/interventies/{slug}/regels/nieuw`.
pub async fn new_form(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
) -> Response {
    if state.knowledge_base().intervention(&slug).is_none() {
        return PageError::NotFound(admin.lang).into_response();
    }
    let rule = RuleRow {
        id: 0,
        intervention_slug: slug,
        dimension: "severity".to_owned(),
        match_values: String::new(),
        effect: "fit".to_owned(),
        points: 1.0,
        text_nl: String::new(),
        text_en: String::new(),
        source: String::new(),
    };
    page(&state, &admin, None, rule, Vec::new(), None).into_response()
}

/// `GET /beheer/regels/{id}`.
pub async fn form(State(state): State<AppState>, admin: Admin, Path(id): Path<i64>) -> Response {
    let snapshot = match current_rows(&state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    match snapshot.rules.into_iter().find(|r| r.id == id) {
        Some(rule) => page(&state, &admin, Some(id), rule, Vec::new(), None).into_response(),
        None => PageError::NotFound(admin.lang).into_response(),
    }
}

/// Previews or saves a change, then reloads the knowledge base.
async fn preview_or_save(
    state: &AppState,
    admin: &Admin,
    id: Option<i64>,
    rule: RuleRow,
    change: RuleChange,
    mut errors: Vec<String>,
    save: bool,
) -> Response {
    let snapshot = match current_rows(state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    let built = build(change.applied_to(&snapshot));
    if let Err(error) = &built {
        errors.push(error.to_string());
    }
    let (Ok(next), true) = (built, errors.is_empty()) else {
        return (
            StatusCode::UNPROCESSABLE_ENTITY,
            page(state, admin, id, rule, errors, None),
        )
            .into_response();
    };
    if !save {
        let preview = preview(&state.knowledge_base(), &next, admin.lang);
        return page(state, admin, id, rule, Vec::new(), Some(preview)).into_response();
    }
    let saved = match save_rule(&state.db, &change, admin.name()).await {
        Ok(saved) => saved,
        Err(error) => {
            return Refusal::write_failed(admin.lang, &error, "the rule").into_response();
        }
    };
    if let Err(error) = reload(state).await {
        tracing::error!(%error, "cannot reload the knowledge base");
        return Refusal::Internal(admin.lang).into_response();
    }
    tracing::info!(user = %admin.name(), rule = saved, "rule saved");
    let target = match change {
        RuleChange::Remove(_) => format!("/beheer/interventies/{}", rule.intervention_slug),
        _ => format!("/beheer/regels/{saved}"),
    };
    (StatusCode::SEE_OTHER, [(LOCATION, target)]).into_response()
}

/// `POST /beheer/interventies/{slug}/regels`: a new rule.
pub async fn create(
    State(state): State<AppState>,
    admin: Admin,
    Path(slug): Path<String>,
    body: Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    if !admin.token_matches(field(&pairs, "csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    if state.knowledge_base().intervention(&slug).is_none() {
        return PageError::NotFound(admin.lang).into_response();
    }
    let (rule, errors) = parse(&slug, 0, &pairs);
    let save = field(&pairs, "action") == "save";
    preview_or_save(
        &state,
        &admin,
        None,
        rule.clone(),
        RuleChange::Add(rule),
        errors,
        save,
    )
    .await
}

/// `POST /beheer/regels/{id}`: a changed rule.
pub async fn submit(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    if !admin.token_matches(field(&pairs, "csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    let snapshot = match current_rows(&state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(stored) = snapshot.rules.iter().find(|r| r.id == id) else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let (rule, errors) = parse(&stored.intervention_slug, id, &pairs);
    let save = field(&pairs, "action") == "save";
    preview_or_save(
        &state,
        &admin,
        Some(id),
        rule.clone(),
        RuleChange::Change(rule),
        errors,
        save,
    )
    .await
}

/// `POST /beheer/regels/{id}/verwijderen`: `action=preview` first shows the effect.
pub async fn delete(
    State(state): State<AppState>,
    admin: Admin,
    Path(id): Path<i64>,
    body: Bytes,
) -> Response {
    let pairs = form_pairs(&body);
    if !admin.token_matches(field(&pairs, "csrf")) {
        return Refusal::BadToken(admin.lang).into_response();
    }
    let snapshot = match current_rows(&state, admin.lang).await {
        Ok(s) => s,
        Err(refusal) => return refusal.into_response(),
    };
    let Some(stored) = snapshot.rules.iter().find(|r| r.id == id).cloned() else {
        return PageError::NotFound(admin.lang).into_response();
    };
    let save = field(&pairs, "action") == "save";
    preview_or_save(
        &state,
        &admin,
        Some(id),
        stored,
        RuleChange::Remove(id),
        Vec::new(),
        save,
    )
    .await
}
