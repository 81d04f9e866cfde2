//! Shared helpers: spawn the application on a free port over a fresh database, and talk to it
//! as a browser would: [`TestApp`] (no cookies) and [`Browser`] (its own cookie jar, e.g. a
//! signed-in administrator), both with `get_page`/`get_html`/`post_form`; [`sel`], [`text`],
//! [`texts`] and [`text_of`] read parsed HTML.

use std::net::SocketAddr;
use std::sync::{Arc, Mutex};

use reqwest::StatusCode;
use scraper::{ElementRef, Html, Selector};

use interventiewijzer::domain::knowledge::KnowledgeBase;
use interventiewijzer::state::AppState;
use tempfile::TempDir;

/// A running application over its own temporary database.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    /// Requests without cookies: what the `get_*`/`post_*` methods of the app use.
    plain: Browser,
    _dir: TempDir,
}

impl TestApp {
    /// GETs `path` without cookies.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.plain.get(path).await
    }

    /// GETs `path` without cookies: the body as text (whatever the status).
    pub async fn get_text(&self, path: &str) -> String {
        self.plain.get_text(path).await
    }

    /// GETs `path` without cookies: the status and the parsed page.
    pub async fn get_page(&self, path: &str) -> (StatusCode, Html) {
        self.plain.get_page(path).await
    }

    /// GETs `path` without cookies, asserts a 200 and parses the page.
    pub async fn get_html(&self, path: &str) -> Html {
        self.plain.get_html(path).await
    }

    /// POSTs `form` as `application/x-www-form-urlencoded`, without cookies.
    pub async fn post_form<K: AsRef<str>, V: AsRef<str>>(
        &self,
        path: &str,
        form: &[(K, V)],
    ) -> reqwest::Response {
        self.plain.post_form(path, form).await
    }

    /// POSTs an already encoded form body (`a=1&b=2`), without cookies.
    pub async fn post_body(&self, path: &str, body: &str) -> reqwest::Response {
        self.plain.post_body(path, body).await
    }

    /// Posts the questionnaire answers `body` to `POST /advies`, asserts the `303` that stores
    /// a case and returns the case's path (`/advies/{code}`).
    pub async fn store_case(&self, body: &str) -> String {
        let response = self.post_body("/advies", body).await;
        assert_eq!(
            response.status(),
            StatusCode::SEE_OTHER,
            "POST /advies {body}"
        );
        response.headers()["location"].to_str().unwrap().to_owned()
    }

    /// A new browser on this app, with an empty cookie jar.
    pub fn browser(&self) -> Browser {
        Browser::new(&self.address, &self.client, true)
    }

    /// A new browser that sends `cookie` (a `Cookie` header such as [`Browser::cookie`] gave):
    /// to replay a session after its own browser signed out.
    pub fn browser_with(&self, cookie: &str) -> Browser {
        let browser = self.browser();
        for pair in cookie.split("; ").filter(|p| !p.is_empty()) {
            let (name, value) = pair.split_once('=').expect("name=value");
            browser
                .jar
                .lock()
                .unwrap()
                .push((name.to_owned(), value.to_owned()));
        }
        browser
    }

    /// A browser signed in as the account `name` (made first, with [`PASSWORD`], an
    /// administrator when `admin`, unless it exists).
    pub async fn signed_in(&self, name: &str, admin: bool) -> Browser {
        let exists = interventiewijzer::db::users::with_hash(&self.state.db, name)
            .await
            .expect("account read")
            .is_some();
        if !exists {
            add_user(self, name, admin).await;
        }
        let browser = self.browser();
        let response = browser
            .post_form(
                "/beheer/inloggen",
                &[("name", name), ("password", PASSWORD)],
            )
            .await;
        assert_eq!(response.status(), StatusCode::SEE_OTHER, "signed in");
        let cookie = response.headers()["set-cookie"].to_str().unwrap();
        assert!(
            cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
            "{cookie}"
        );
        browser
    }

    /// A browser signed in as the administrator "beheerder".
    pub async fn signed_in_admin(&self) -> Browser {
        self.signed_in("beheerder", true).await
    }

    /// The full URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// Follows a `303 See Other` (as a browser does after posting a form) with a GET; any
    /// other response is returned as it is.
    pub async fn follow(&self, response: reqwest::Response) -> reqwest::Response {
        if response.status() != reqwest::StatusCode::SEE_OTHER {
            return response;
        }
        let location = response.headers()["location"].to_str().unwrap().to_owned();
        self.client
            .get(self.url(&location))
            .send()
            .await
            .expect("redirect followed")
    }

    /// POSTs `body` as JSON to the recommendations endpoint.
    pub async fn recommend(&self, body: &serde_json::Value) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/recommendations"))
            .json(body)
            .send()
            .await
            .expect("request sent")
    }

    /// POSTs the text `body` as it stands (malformed or odd JSON included) to the
    /// recommendations endpoint, as `application/json`.
    pub async fn recommend_raw(&self, body: impl Into<String>) -> reqwest::Response {
        self.client
            .post(self.url("/api/v1/recommendations"))
            .header("Content-Type", "application/json")
            .body(body.into())
            .send()
            .await
            .expect("request sent")
    }
}

/// A database at `url` migrated up to, not including, migration `version`: as a release
/// before that migration left it.
pub async fn database_before(url: &str, version: i64) -> sqlx::SqlitePool {
    let pool = sqlx::SqlitePool::connect(url)
        .await
        .expect("database opens");
    let before = sqlx::migrate::Migrator::with_migrations(
        interventiewijzer::db::MIGRATOR
            .iter()
            .filter(|m| m.version < version)
            .cloned()
            .collect(),
    );
    before.run(&pool).await.expect("earlier migrations run");
    pool
}

/// Opens a fresh database in a temporary folder: created, migrated and filled.
pub async fn fresh_state() -> (AppState, TempDir) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("test.db").display());
    let state = interventiewijzer::prepare(&url)
        .await
        .expect("fresh database prepared");
    (state, dir)
}

/// The shipped knowledge base, loaded from a fresh database.
pub async fn shipped_knowledge_base() -> Arc<KnowledgeBase> {
    let (state, _dir) = fresh_state().await;
    let kb = state.knowledge_base();
    state.db.close().await;
    kb
}

/// Starts the application on `127.0.0.1:0` over a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|state| state).await
}

/// Starts the application over a fresh database, with its state changed by `change` first.
pub async fn spawn_app_with(change: impl FnOnce(AppState) -> AppState) -> TestApp {
    let (state, dir) = fresh_state().await;
    spawn_app_on(change(state), dir).await
}

/// Starts the application on `127.0.0.1:0` over `state`, whose database lies in `dir`.
pub async fn spawn_app_on(state: AppState, dir: TempDir) -> TestApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("free port");
    let address: SocketAddr = listener.local_addr().expect("bound address");
    let served = state.clone();
    tokio::spawn(async move {
        interventiewijzer::serve(listener, served, std::future::pending())
            .await
            .expect("server runs");
    });
    let address = format!("http://{address}");
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    TestApp {
        plain: Browser::new(&address, &client, false),
        address,
        client,
        state,
        _dir: dir,
    }
}

/// The password of the administrators the tests make.
pub const PASSWORD: &str = "kraanvogel-Zeewind-1987-lantaarn";

/// Adds an account (an administrator when `admin`) with [`PASSWORD`].
pub async fn add_user(app: &TestApp, name: &str, admin: bool) {
    interventiewijzer::db::users::add(
        &app.state.db,
        name,
        &interventiewijzer::accounts::hash(PASSWORD),
        admin,
    )
    .await
    .expect("account added");
}

/// A browser: requests to one app with a cookie jar of its own (when it keeps cookies). The
/// jar keeps every cookie the app sets (by name; `Max-Age=0` removes it) and sends them all.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    keeps_cookies: bool,
    jar: Mutex<Vec<(String, String)>>,
}

impl Browser {
    fn new(base: &str, client: &reqwest::Client, keeps_cookies: bool) -> Self {
        Self {
            base: base.to_owned(),
            client: client.clone(),
            keeps_cookies,
            jar: Mutex::new(Vec::new()),
        }
    }

    /// The `Cookie` header this browser sends ("" when it has none).
    pub fn cookie(&self) -> String {
        let jar = self.jar.lock().unwrap();
        jar.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    /// Sends `request` with this browser's cookies and keeps the ones the answer sets.
    pub async fn send(&self, request: reqwest::RequestBuilder) -> reqwest::Response {
        let cookie = self.cookie();
        let request = if cookie.is_empty() {
            request
        } else {
            request.header("Cookie", cookie)
        };
        let response = request.send().await.expect("request sent");
        if self.keeps_cookies {
            self.keep(response.headers());
        }
        response
    }

    fn keep(&self, headers: &reqwest::header::HeaderMap) {
        let mut jar = self.jar.lock().unwrap();
        for set in headers.get_all("set-cookie") {
            let set = set.to_str().unwrap_or("");
            let Some((name, value)) = set.split(';').next().and_then(|c| c.split_once('=')) else {
                continue;
            };
            jar.retain(|(k, _)| k != name);
            if !set.contains("Max-Age=0") {
                jar.push((name.to_owned(), value.to_owned()));
            }
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// GETs `path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.send(self.client.get(self.url(path))).await
    }

    /// GETs `path`: the body as text (whatever the status).
    pub async fn get_text(&self, path: &str) -> String {
        self.get(path).await.text().await.expect("a text body")
    }

    /// GETs `path`: the status and the parsed page.
    pub async fn get_page(&self, path: &str) -> (StatusCode, Html) {
        let response = self.get(path).await;
        let status = response.status();
        (
            status,
            Html::parse_document(&response.text().await.unwrap()),
        )
    }

    /// GETs `path` and parses the page, whatever its status.
    pub async fn get_doc(&self, path: &str) -> Html {
        self.get_page(path).await.1
    }

    /// GETs `path`, asserts a 200 and parses the page.
    pub async fn get_html(&self, path: &str) -> Html {
        let (status, html) = self.get_page(path).await;
        assert_eq!(status, StatusCode::OK, "GET {path}");
        html
    }

    /// POSTs `form` as `application/x-www-form-urlencoded` (repeated keys allowed).
    pub async fn post_form<K: AsRef<str>, V: AsRef<str>>(
        &self,
        path: &str,
        form: &[(K, V)],
    ) -> reqwest::Response {
        let pairs: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_ref(), v.as_ref())).collect();
        self.send(self.client.post(self.url(path)).form(&pairs))
            .await
    }

    /// POSTs an already encoded form body (`a=1&b=2`).
    pub async fn post_body(&self, path: &str, body: &str) -> reqwest::Response {
        let request = self
            .client
            .post(self.url(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .body(body.to_owned());
        self.send(request).await
    }

    /// Uploads `content` as the file `file_name` to the upload form at `path` (multipart
    /// `csrf` + `file`, the token read from that form first).
    pub async fn upload(&self, path: &str, file_name: &str, content: String) -> reqwest::Response {
        self.upload_with(path, file_name, content, &[]).await
    }

    /// [`Self::upload`] with further form fields (such as a confirmation checkbox).
    pub async fn upload_with(
        &self,
        path: &str,
        file_name: &str,
        content: String,
        fields: &[(&str, &str)],
    ) -> reqwest::Response {
        let token = self.csrf(path).await;
        let mut form = reqwest::multipart::Form::new().text("csrf", token).part(
            "file",
            reqwest::multipart::Part::text(content).file_name(file_name.to_owned()),
        );
        for (name, value) in fields {
            form = form.text(name.to_string(), value.to_string());
        }
        self.send(self.client.post(self.url(path)).multipart(form))
            .await
    }

    /// The CSRF token in the form on the page at `path` (whatever its status).
    pub async fn csrf(&self, path: &str) -> String {
        let (_, doc) = self.get_page(path).await;
        doc.select(&sel("input[name=csrf]"))
            .next()
            .expect("a CSRF field")
            .value()
            .attr("value")
            .unwrap()
            .to_owned()
    }
}

/// A CSS selector (panics on a wrong one: a test's own mistake).
/// A number as the pages show it (`+1,5`, `-2`, `9,5`).
pub fn shown_number(shown: &str) -> f64 {
    shown
        .trim()
        .trim_start_matches('+')
        .replace(',', ".")
        .parse()
        .unwrap_or_else(|_| panic!("a number: {shown}"))
}

pub fn sel(css: &str) -> Selector {
    Selector::parse(css).expect("valid selector")
}

/// The text of an element with its white space folded to single spaces.
pub fn text_of(element: ElementRef<'_>) -> String {
    element
        .text()
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The folded text of every element matching `css`, one string each.
pub fn texts(doc: &Html, css: &str) -> Vec<String> {
    doc.select(&sel(css)).map(text_of).collect()
}

/// The folded text of all elements matching `css` together.
pub fn text(doc: &Html, css: &str) -> String {
    texts(doc, css).join(" ")
}

/// The named fields of the form matching `css`, as a browser would submit them: text boxes and
/// hidden fields with their value, text areas with their text, a select with its chosen option,
/// a checkbox only when checked.
pub fn form_fields(doc: &Html, css: &str) -> Vec<(String, String)> {
    let form = doc.select(&sel(css)).next().expect("the form");
    let selected = sel("option[selected]");
    let mut fields = Vec::new();
    for e in form.select(&sel("input[name], textarea[name], select[name]")) {
        let (element, name) = (e.value(), e.value().attr("name").unwrap_or_default());
        let value = match element.name() {
            "textarea" => e.text().collect(),
            "select" => e
                .select(&selected)
                .next()
                .and_then(|o| o.value().attr("value"))
                .unwrap_or_default()
                .to_owned(),
            _ if matches!(element.attr("type"), Some("checkbox" | "radio"))
                && element.attr("checked").is_none() =>
            {
                continue;
            }
            _ => element.attr("value").unwrap_or_default().to_owned(),
        };
        fields.push((name.to_owned(), value));
    }
    fields
}

/// Sets the submitted field `name` to `value`, adding it when the form has none.
pub fn set_field(fields: &mut Vec<(String, String)>, name: &str, value: &str) {
    match fields.iter_mut().find(|(k, _)| k == name) {
        Some(field) => field.1 = value.to_owned(),
        None => fields.push((name.to_owned(), value.to_owned())),
    }
}

/// The message shown at the form field with id `id` (`#{id}-error`), or "".
pub fn error_at(doc: &Html, id: &str) -> String {
    text(doc, &format!("#{id}-error"))
}
