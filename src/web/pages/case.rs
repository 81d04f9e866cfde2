//! The case link: `POST /advies` stores the answers' codes under a random code and answers
//! `303 See Other` to `/advies/{code}`, the advice's own address. That page survives Back,
//! reload, bookmarks and the language switch; `/advies/{code}/wijzigen` reopens the form with
//! every answer kept; "Verwijder nu" deletes the case at once. No answer is ever in a URL or a
//! log line; cases expire and are bounded in number (see [`crate::db::cases`]).

use askama::Template;
use askama_web::WebTemplate;
use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::{Path, RawQuery, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_ENCODING, CONTENT_TYPE, LOCATION, VARY};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{Html, IntoResponse, Response};

use super::advice::{CaseView, advice_page, render_html};
use super::case_change;
use super::case_pages::{self, Made};
use super::questionnaire::{FormView, QuestionnairePage};
use super::{Chrome, MessagePage, PageLang};
use crate::db::cases::{self, Lookup, StoreError};
use crate::domain::knowledge::KnowledgeBase;
use crate::domain::lang::Lang;
use crate::domain::profile::ClientProfile;
use crate::state::AppState;
use crate::web::error::{AppError, BoxError};
use crate::web::gzip::accepts_gzip;
use crate::web::texts::{self, Texts};

/// Marks a response as never to be stored by a browser or a proxy.
pub fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `303 See Other` to `location` (a path of ours).
fn see_other(location: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(value) = HeaderValue::from_str(location) {
        response.headers_mut().insert(LOCATION, value);
    }
    no_store(response)
}

/// The case's address; with `?lang=` when the form was posted with one, so that the choice
/// holds even for a client that keeps no cookies.
fn case_path(code: &str, query: Option<&str>) -> String {
    match super::query_lang(query) {
        Some(lang) => format!("/advies/{code}?lang={}", lang.code()),
        None => format!("/advies/{code}"),
    }
}

/// A page with one message, answered with `status`; `text` picks title and body from the
/// page texts.
fn message(
    status: StatusCode,
    lang: Lang,
    text: fn(&'static Texts) -> (&'static str, &'static str),
) -> Response {
    let (title, body) = text(texts::for_lang(lang));
    let page = MessagePage {
        chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
        title,
        body: body.into(),
    };
    no_store((status, page).into_response())
}

/// A failure of the case store: logged and answered by [`AppError`], never cached.
fn internal(error: impl Into<BoxError>) -> Response {
    no_store(AppError::internal("case store failed", error).into_response())
}

/// The friendly page for a code that is not (or no longer) a case.
fn gone(lang: Lang, lookup: &Lookup) -> Response {
    match lookup {
        Lookup::Expired => message(StatusCode::GONE, lang, |tx| {
            (tx.case.expired_title, tx.case.expired)
        }),
        _ => message(StatusCode::NOT_FOUND, lang, |tx| {
            (tx.case.unknown_title, tx.case.unknown)
        }),
    }
}

/// The outcome of reading a posted questionnaire.
enum Posted {
    Profile(ClientProfile),
    /// The form again with its messages (422), or a 400 for a body that is not a form.
    Refused(Response),
}

/// Reads a posted questionnaire; on problems, the form again (posting to `action`).
fn read_form(
    kb: &KnowledgeBase,
    lang: Lang,
    body: Result<Bytes, BytesRejection>,
    action: &str,
) -> Posted {
    let pairs: Option<Vec<(String, String)>> = body
        .ok()
        .and_then(|body| serde_urlencoded::from_bytes(&body).ok());
    let Some(pairs) = pairs else {
        return Posted::Refused(message(StatusCode::BAD_REQUEST, lang, |tx| {
            (tx.error.title, tx.error.bad_request)
        }));
    };
    let parsed = ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .and_then(|profile| {
            crate::domain::references::check_against(kb, &profile)
                .map(|()| profile)
                .map_err(|e| vec![e])
        });
    match parsed {
        Ok(profile) => Posted::Profile(profile),
        Err(errors) => {
            let page = QuestionnairePage {
                chrome: Chrome::new(lang, "/vragenlijst", "questionnaire"),
                form: FormView::new(lang, &pairs, &errors, kb),
                action: action.to_owned(),
                case: None,
            };
            Posted::Refused(no_store(
                (StatusCode::UNPROCESSABLE_ENTITY, page).into_response(),
            ))
        }
    }
}

/// The profile as it is stored: its codes as form pairs.
fn serialise(profile: &ClientProfile) -> String {
    serde_urlencoded::to_string(profile.to_pairs()).unwrap_or_default()
}

/// A stored profile read back; `None` when it no longer parses (a code since removed).
pub(super) fn deserialise(kb: &KnowledgeBase, stored: &str) -> Option<ClientProfile> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(stored).ok()?;
    let profile = ClientProfile::parse(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str()))).ok()?;
    crate::domain::references::check_against(kb, &profile)
        .ok()
        .map(|()| profile)
}

/// `POST /advies`: stores the answers as a new case and sends the browser to its advice; or
/// the form again with the problems beside the questions.
pub async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let kb = state.knowledge_base();
    let profile = match read_form(&kb, lang, body, "/advies") {
        Posted::Profile(profile) => profile,
        Posted::Refused(response) => return response,
    };
    let profile = serialise(&profile);
    let stored = state
        .case_store
        .create(&state.db, &profile, kb.version(), state.cases);
    match stored.await {
        Ok(code) => see_other(&case_path(&code, query.as_deref())),
        Err(StoreError::Full) => {
            tracing::warn!("case refused: the maximum number of cases is reached");
            message(StatusCode::SERVICE_UNAVAILABLE, lang, |tx| {
                (tx.case.full_title, tx.case.full)
            })
        }
        Err(StoreError::Database(error)) => internal(error),
    }
}

/// `GET /advies`: there is nothing to show without answers; to the questionnaire.
pub async fn start() -> Response {
    see_other("/vragenlijst")
}

/// The row of the live case `code`; the friendly 404/410 page when there is none.
async fn live_row(state: &AppState, lang: Lang, code: &str) -> Result<cases::Case, Response> {
    let lookup = state
        .case_store
        .find(&state.db, code)
        .await
        .map_err(internal)?;
    match lookup {
        Lookup::Found(case) => Ok(case),
        _ => {
            // Deleted or expired, whoever did it: nothing of it stays in memory either.
            state.case_pages.forget(code);
            Err(gone(lang, &lookup))
        }
    }
}

/// Looks up `code`; the friendly 404/410 page when it is not a live case.
pub(super) async fn live_case(
    state: &AppState,
    kb: &KnowledgeBase,
    lang: Lang,
    code: &str,
) -> Result<(cases::Case, ClientProfile), Response> {
    let case = live_row(state, lang, code).await?;
    match deserialise(kb, &case.profile) {
        Some(profile) => Ok((case, profile)),
        None => Err(gone(lang, &Lookup::Unknown)),
    }
}

/// `GET /advies/{code}`: the advice for a stored case, recomputed from the current knowledge
/// base, with a note when that changed since the case was saved.
///
/// A browser that accepts gzip gets the page kept from an earlier request for the same row
/// and knowledge base when there is one (see [`super::case_pages`]); the row is read either way.
pub async fn show(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
    headers: HeaderMap,
) -> Response {
    let kb = state.knowledge_base();
    let generation = state.case_pages.generation();
    let case = match live_row(&state, lang, &code).await {
        Ok(case) => case,
        Err(response) => return response,
    };
    let gzip = accepts_gzip(&headers);
    let day = case_pages::today();
    if gzip && let Some(kept) = state.case_pages.get(&case, lang, kb.version(), day) {
        return gzipped_page(kept);
    }
    let Some(profile) = deserialise(&kb, &case.profile) else {
        return gone(lang, &Lookup::Unknown);
    };
    let reasoning = format!("/advies/{}/onderbouwing", case.code);
    let mut page = advice_page(&kb, &profile, lang, reasoning);
    page.chrome = Chrome::new(lang, &format!("/advies/{code}"), "questionnaire");
    page.case = Some(CaseView {
        kb_changed: case.kb_version != kb.version(),
        expires: date_of(case.expires_at),
        code: case.code.clone(),
        change: case_change::of_case(&kb, &case, &profile, lang),
    });
    let html = match render_html(&page) {
        Ok(html) => html,
        Err(error) => {
            return no_store(AppError::internal("advice page not rendered", error).into_response());
        }
    };
    match gzip
        .then(|| crate::web::gzip::gzip(html.as_bytes()))
        .flatten()
    {
        Some(gzipped) => {
            let gzipped = Bytes::from(gzipped);
            let made = Made {
                case: &case,
                lang,
                knowledge_base: kb.version(),
                day,
            };
            state.case_pages.keep(made, generation, gzipped.clone());
            gzipped_page(gzipped)
        }
        None => no_store(Html(html).into_response()),
    }
}

/// A gzipped HTML page, not to be stored, varying by `Accept-Encoding`.
fn gzipped_page(gzipped: Bytes) -> Response {
    let headers = [
        (
            CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=utf-8"),
        ),
        (CONTENT_ENCODING, HeaderValue::from_static("gzip")),
        (VARY, HeaderValue::from_static("accept-encoding")),
        (CACHE_CONTROL, HeaderValue::from_static("no-store")),
    ];
    (headers, gzipped).into_response()
}

/// A Unix time as `YYYY-MM-DD` (UTC).
pub(super) fn date_of(seconds: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(seconds)
        .map(|t| t.date().to_string())
        .unwrap_or_default()
}

/// `GET /advies/{code}/wijzigen`: the questionnaire with every answer of the case, posting
/// back to the case.
pub async fn edit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
) -> Response {
    let kb = state.knowledge_base();
    let (case, profile) = match live_case(&state, &kb, lang, &code).await {
        Ok(found) => found,
        Err(response) => return response,
    };
    let answers: Vec<(String, String)> = profile
        .to_pairs()
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    let page = QuestionnairePage {
        chrome: Chrome::new(lang, &format!("/advies/{code}/wijzigen"), "questionnaire"),
        form: FormView::new(lang, &answers, &[], &kb),
        action: format!("/advies/{}", case.code),
        case: Some(case.code),
    };
    no_store(page.into_response())
}

/// `POST /advies/{code}`: changed answers for the same case; back to its advice, which then
/// says what this save changed (the answers it replaced are kept in the row, see
/// [`super::case_change`]).
pub async fn update(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
    RawQuery(query): RawQuery,
    body: Result<Bytes, BytesRejection>,
) -> Response {
    let kb = state.knowledge_base();
    if !cases::is_code(&code) {
        return gone(lang, &Lookup::Unknown);
    }
    let profile = match read_form(&kb, lang, body, &format!("/advies/{code}")) {
        Posted::Profile(profile) => profile,
        Posted::Refused(response) => return response,
    };
    match state
        .case_store
        .update(
            &state.db,
            &code,
            &serialise(&profile),
            kb.version(),
            state.cases,
        )
        .await
    {
        Ok(true) => see_other(&case_path(&code, query.as_deref())),
        Ok(false) => match state.case_store.find(&state.db, &code).await {
            Ok(lookup) => gone(lang, &lookup),
            Err(error) => internal(error),
        },
        Err(error) => internal(error),
    }
}

/// `POST /advies/{code}/verwijderen`: deletes the case at once.
pub async fn remove(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    Path(code): Path<String>,
) -> Response {
    if !cases::is_code(&code) {
        return gone(lang, &Lookup::Unknown);
    }
    // Before and after: a page being made while the row goes is not kept past the deletion
    // (see `CasePages::generation`).
    state.case_pages.forget(&code);
    let deleted = state.case_store.delete(&state.db, &code).await;
    state.case_pages.forget(&code);
    match deleted {
        Ok(_) => see_other("/advies/verwijderd"),
        Err(error) => internal(error),
    }
}

/// `GET /advies/verwijderd`: confirms a deletion.
pub async fn deleted(PageLang(lang): PageLang) -> Response {
    let page = DeletedPage {
        chrome: Chrome::new(lang, "/advies/verwijderd", "questionnaire"),
    };
    no_store(page.into_response())
}

/// The page after "Verwijder nu".
#[derive(Template, WebTemplate)]
#[template(path = "case_deleted.html")]
pub struct DeletedPage {
    chrome: Chrome,
}
