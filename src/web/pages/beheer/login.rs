//! Signing in and out of beheer. A new session id at every login; failed logins are logged
//! without the password and limited per account name.

use askama::Template;
use askama_web::WebTemplate;
use axum::Form;
use axum::extract::State;
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::{COOKIE_NAME, SignedIn, id_hash, now};
use crate::accounts;
use crate::db::users;
use crate::state::AppState;
use crate::web::client::{ClientAddr, Https};
use crate::web::error::AppError;
use crate::web::pages::{Chrome, PageLang};
use crate::web::texts;

/// `GET /beheer/inloggen`.
#[derive(Template, WebTemplate)]
#[template(path = "beheer/login.html")]
pub struct LoginPage {
    chrome: Chrome,
    error: Option<&'static str>,
    name: String,
}

/// `GET /beheer/inloggen`.
pub async fn form(PageLang(lang): PageLang) -> LoginPage {
    LoginPage {
        chrome: Chrome::new(lang, "/beheer/inloggen", "beheer"),
        error: None,
        name: String::new(),
    }
}

#[derive(Deserialize)]
pub struct Credentials {
    #[serde(default)]
    name: String,
    #[serde(default)]
    password: String,
}

fn cookie(value: &str, secure: bool, max_age: Option<i64>) -> HeaderValue {
    let mut cookie = format!("{COOKIE_NAME}={value}; Path=/beheer; HttpOnly; SameSite=Strict");
    if secure {
        cookie.push_str("; Secure");
    }
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    HeaderValue::from_str(&cookie).expect("a cookie of hex characters is a valid header")
}

/// The longest account name accepted, in characters; a longer one is refused before it reaches
/// the limiter or the log.
pub const MAX_NAME_CHARS: usize = 64;
/// The longest password accepted, in bytes.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Whether `name` could be an account name at all: not empty, short, no control or bidi
/// characters.
pub fn plausible_name(name: &str) -> bool {
    !name.is_empty()
        && name.chars().count() <= MAX_NAME_CHARS
        && !name.chars().any(crate::logging::is_unsafe_char)
}

/// `POST /beheer/inloggen`. The attempt is reserved in the limiter before the password is
/// checked (on a blocking thread, a bounded number at a time), and given back only on success.
pub async fn submit(
    State(state): State<AppState>,
    PageLang(lang): PageLang,
    ClientAddr(address): ClientAddr,
    Https(secure): Https,
    Form(credentials): Form<Credentials>,
) -> Response {
    let name = credentials.name.trim().to_owned();
    let tx = texts::for_lang(lang);
    let refuse = |status: StatusCode, error: &'static str, name: String| {
        let page = LoginPage {
            chrome: Chrome::new(lang, "/beheer/inloggen", "beheer"),
            error: Some(error),
            name,
        };
        (status, page).into_response()
    };
    if !plausible_name(&name) || credentials.password.len() > MAX_PASSWORD_BYTES {
        tracing::warn!(%address, name_chars = name.chars().count(), "failed login: not a possible name or password");
        return refuse(
            StatusCode::UNAUTHORIZED,
            tx.beheer.wrong_login,
            String::new(),
        );
    }
    let Some(reservation) = state.login_limiter.reserve(address, &name) else {
        tracing::warn!(user = %name, %address, "login refused: too many failed attempts");
        return refuse(StatusCode::TOO_MANY_REQUESTS, tx.beheer.too_many, name);
    };
    let found = match users::with_hash(&state.db, &name).await {
        Ok(found) => found,
        Err(error) => return AppError::internal("cannot read the account", error).into_response(),
    };
    let stored = found
        .as_ref()
        .map_or(accounts::dummy_hash(), |(_, hash)| hash.as_str())
        .to_owned();
    let password_ok = match accounts::verify_off_workers(credentials.password, stored).await {
        Ok(ok) => ok,
        Err(accounts::VerifyBusy::Busy) => {
            tracing::warn!(%address, "login refused: password checks busy");
            return refuse(StatusCode::SERVICE_UNAVAILABLE, tx.beheer.busy, name);
        }
    };
    let Some((user, _)) = found.filter(|_| password_ok) else {
        tracing::warn!(user = %name, %address, "failed login");
        return refuse(StatusCode::UNAUTHORIZED, tx.beheer.wrong_login, name);
    };
    state.login_limiter.succeeded(reservation);
    let session_id = accounts::random_token();
    let csrf = accounts::random_token();
    if let Err(error) =
        users::start_session(&state.db, &id_hash(&session_id), user.id, &csrf, now()).await
    {
        return AppError::internal("cannot start a session", error).into_response();
    }
    tracing::info!(user = %user.name, "signed in");
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, "/beheer")]).into_response();
    response
        .headers_mut()
        .insert(SET_COOKIE, cookie(&session_id, secure, None));
    response
}

#[derive(Deserialize)]
pub struct TokenForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /beheer/uitloggen`: ends the session and clears the cookie; any signed-in account,
/// administrator or not.
pub async fn logout(
    State(state): State<AppState>,
    admin: SignedIn,
    Https(secure): Https,
    headers: HeaderMap,
    Form(form): Form<TokenForm>,
) -> Response {
    if !admin.token_matches(&form.csrf) {
        return AppError::BadToken.into_response();
    }
    if let Some(cookie_value) = super::session_cookie(&headers)
        && let Err(error) = users::end_session(&state.db, &id_hash(&cookie_value)).await
    {
        return AppError::internal("cannot end the session", error).into_response();
    }
    tracing::info!(user = %admin.name(), "signed out");
    let mut response = (StatusCode::SEE_OTHER, [(LOCATION, "/beheer/inloggen")]).into_response();
    response
        .headers_mut()
        .insert(SET_COOKIE, cookie("", secure, Some(0)));
    response
}
