//! Shared helpers: spawn the application on a free port over a fresh database.

use std::net::SocketAddr;
use std::sync::Arc;

use interventiewijzer::domain::knowledge::KnowledgeBase;
use interventiewijzer::state::AppState;
use tempfile::TempDir;

/// A running application over its own temporary database.
pub struct TestApp {
    pub address: String,
    pub client: reqwest::Client,
    pub state: AppState,
    _dir: TempDir,
}

impl TestApp {
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
    let state = change(state);
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
    TestApp {
        address: format!("http://{address}"),
        client: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client"),
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

/// Signs in and returns the session cookie (`iw_beheer=...`).
pub async fn sign_in(app: &TestApp, name: &str) -> String {
    let response = app
        .client
        .post(app.url("/beheer/inloggen"))
        .form(&[("name", name), ("password", PASSWORD)])
        .send()
        .await
        .expect("login sent");
    assert_eq!(response.status(), reqwest::StatusCode::SEE_OTHER);
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"),
        "{cookie}"
    );
    cookie.split(';').next().unwrap().to_owned()
}

/// The session's CSRF token, read from the form on the beheer page at `path`.
pub async fn csrf(app: &TestApp, cookie: &str, path: &str) -> String {
    let page = app
        .client
        .get(app.url(path))
        .header("Cookie", cookie)
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let doc = scraper::Html::parse_document(&page);
    doc.select(&scraper::Selector::parse("input[name=csrf]").unwrap())
        .next()
        .expect("a CSRF field")
        .value()
        .attr("value")
        .unwrap()
        .to_owned()
}
