//! The CDS Hooks service as a case-management system uses it: discovery, a call with a signed
//! token, the cards, feedback, and the aggregate in beheer. Keys are made for each test run
//! (p384), so nothing secret is committed and nothing is fetched.

use std::sync::atomic::{AtomicU64, Ordering};

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use p384::pkcs8::{EncodePrivateKey, EncodePublicKey, LineEnding};
use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::common::{TestApp, spawn_app, spawn_app_with};
use interventiewijzer::cds_auth::{CdsAuth, CdsService};

const BASE: &str = "https://iw.intranet.test";
const ISSUER: &str = "https://cms.uwv.test/";
const SERVICE: &str = "https://iw.intranet.test/cds-services/interventiewijzer-advice";
const HOOK: &str = "nl.interventiewijzer.client-profile-view";

/// A case-management system: its key pair and the issuer it signs as.
struct Caller {
    private_pem: String,
    public_pem: String,
    iss: &'static str,
    kid: &'static str,
}

impl Caller {
    fn new(iss: &'static str) -> Self {
        let key = p384::SecretKey::random(&mut rand_core::OsRng);
        Self {
            private_pem: key.to_pkcs8_pem(LineEnding::LF).unwrap().to_string(),
            public_pem: key.public_key().to_public_key_pem(LineEnding::LF).unwrap(),
            iss,
            kid: "key-1",
        }
    }

    /// A token for `aud`, issued now and valid for `lifetime` seconds.
    fn token_with(&self, aud: &str, iat_offset: i64, lifetime: i64) -> String {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let now = jsonwebtoken::get_current_timestamp() as i64 + iat_offset;
        let claims = json!({
            "iss": self.iss, "aud": aud, "iat": now, "exp": now + lifetime,
            "jti": format!("jti-{}-{}", std::process::id(), NEXT.fetch_add(1, Ordering::Relaxed)),
        });
        let mut header = Header::new(Algorithm::ES384);
        header.kid = Some(self.kid.to_owned());
        let key = EncodingKey::from_ec_pem(self.private_pem.as_bytes()).unwrap();
        jsonwebtoken::encode(&header, &claims, &key).unwrap()
    }

    fn token(&self, aud: &str) -> String {
        self.token_with(aud, 0, 120)
    }
}

/// The app with the CDS service on, trusting `caller`.
async fn cds_app(caller: &Caller) -> TestApp {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cms.pem"), &caller.public_pem).unwrap();
    let list = format!("# test\n{} ES384 cms.pem {}\n", caller.iss, caller.kid);
    std::fs::write(dir.path().join("issuers"), list).unwrap();
    let auth = CdsAuth::from_file(&dir.path().join("issuers")).expect("issuer file read");
    spawn_app_with(|state| state.with_cds(CdsService::new(auth, BASE))).await
}

fn profile() -> Value {
    json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
           "mental_health_care": "in_treatment", "work_wish": "paid_work_now"})
}

fn hook_call(profile: Value) -> Value {
    json!({"hook": HOOK, "hookInstance": "d1577c69-dfbe-44ad-ba6d-3e05e953b2ea",
           "context": {"profile": profile}})
}

async fn call(app: &TestApp, token: &str, body: &Value) -> reqwest::Response {
    app.client
        .post(app.url("/cds-services/interventiewijzer-advice"))
        .bearer_auth(token)
        .json(body)
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn without_configuration_every_cds_route_answers_404() {
    let app = spawn_app().await;
    let caller = Caller::new(ISSUER);
    for (post, path) in [
        (false, "/cds-services"),
        (true, "/cds-services/interventiewijzer-advice"),
        (true, "/cds-services/interventiewijzer-advice/feedback"),
    ] {
        let url = app.url(path);
        let request = if post {
            app.client.post(url).json(&hook_call(profile()))
        } else {
            app.client.get(url)
        };
        let response = request
            .bearer_auth(caller.token(SERVICE))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn discovery_lists_the_one_service_for_a_signed_caller() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let response = app
        .client
        .get(app.url("/cds-services"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
    assert_eq!(response.headers()["www-authenticate"], "Bearer");
    let response = app
        .client
        .get(app.url("/cds-services"))
        .bearer_auth(caller.token(&format!("{BASE}/cds-services")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let service = &body["services"][0];
    assert_eq!(body["services"].as_array().unwrap().len(), 1);
    assert_eq!(service["id"], "interventiewijzer-advice");
    assert_eq!(service["hook"], HOOK);
    assert!(service["title"].is_string() && service["description"].is_string());
}

#[tokio::test]
async fn a_signed_call_gets_cards_in_the_json_apis_order() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let response = call(&app, &caller.token(SERVICE), &hook_call(profile())).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body: Value = response.json().await.unwrap();
    let cards = body["cards"].as_array().unwrap();
    let advice: Value = app.recommend(&profile()).await.json().await.unwrap();
    let recommendations = advice["recommendations"].as_array().unwrap();
    let expected: Vec<&Value> = recommendations
        .iter()
        .filter(|r| match r["tier"].as_str() {
            Some(tier) => tier == "strong" || tier == "possible",
            None => r["rank"].as_u64().unwrap() <= 3,
        })
        .collect();
    assert!(!cards.is_empty());
    assert_eq!(cards.len(), expected.len());
    let mut uuids = std::collections::HashSet::new();
    for (card, r) in cards.iter().zip(&expected) {
        let slug = r["slug"].as_str().unwrap();
        let name = r["name"].as_str().unwrap();
        assert!(card["summary"].as_str().unwrap().contains(name), "{card}");
        assert!(card["summary"].as_str().unwrap().chars().count() < 140);
        assert_eq!(card["indicator"], "info");
        assert_eq!(
            card["source"]["url"],
            format!("{BASE}/interventies/{slug}?lang=nl")
        );
        let detail = card["detail"].as_str().unwrap();
        let first_reason = r["reasons"][0]["source"].as_str().unwrap();
        assert!(detail.contains(first_reason), "{detail}");
        assert_eq!(card["selectionBehavior"], "at-most-one");
        let reasons = card["overrideReasons"].as_array().unwrap();
        assert!(reasons.iter().any(|r| r["code"] == "not-in-region"
            && r["display"] == "niet aangeboden in de regio"
            && r["system"].is_string()));
        assert!(uuids.insert(card["uuid"].as_str().unwrap().to_owned()));
        assert!(uuids.insert(card["suggestions"][0]["uuid"].as_str().unwrap().to_owned()));
    }
    assert!(cards[0]["summary"].as_str().unwrap().starts_with("1. "));
    let first = cards[0]["detail"].as_str().unwrap();
    if advice["route"].is_object() {
        assert!(
            first.contains("**Route**") && first.contains("- Regie: "),
            "{first}"
        );
    }
    if expected[0]["funding"].is_object() {
        assert!(first.contains("**Wie betaalt**"), "{first}");
    }
}

#[tokio::test]
async fn bad_tokens_are_refused() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let stranger = Caller::new("https://elsewhere.test/");
    let impostor = Caller {
        iss: ISSUER,
        ..Caller::new(ISSUER)
    };
    let cases = [
        ("no token", String::new()),
        ("not a JWT", "abc.def.ghi".to_owned()),
        ("unknown issuer", stranger.token(SERVICE)),
        ("signed with another key", impostor.token(SERVICE)),
        ("expired", caller.token_with(SERVICE, -400, 120)),
        ("lives too long", caller.token_with(SERVICE, 0, 3600)),
        ("issued in the future", caller.token_with(SERVICE, 600, 120)),
        (
            "for the discovery endpoint",
            caller.token(&format!("{BASE}/cds-services")),
        ),
        (
            "for another service",
            caller.token("https://other.test/cds-services/x"),
        ),
    ];
    for (why, token) in cases {
        let response = call(&app, &token, &hook_call(profile())).await;
        assert_eq!(response.status(), StatusCode::UNAUTHORIZED, "{why}");
        let body: Value = response.json().await.unwrap();
        assert!(
            body["error"].as_str().unwrap().contains("token"),
            "{why}: {body}"
        );
    }
    let mut header = Header::new(Algorithm::HS384);
    header.kid = Some("key-1".to_owned());
    let now = jsonwebtoken::get_current_timestamp();
    let claims = json!({"iss": ISSUER, "aud": SERVICE, "iat": now, "exp": now + 60, "jti": "hs"});
    let secret = EncodingKey::from_secret(caller.public_pem.as_bytes());
    let symmetric = jsonwebtoken::encode(&header, &claims, &secret).unwrap();
    let response = call(&app, &symmetric, &hook_call(profile())).await;
    assert_eq!(
        response.status(),
        StatusCode::UNAUTHORIZED,
        "HS384 with the public key"
    );
}

#[tokio::test]
async fn a_token_is_accepted_once() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let token = caller.token(SERVICE);
    assert_eq!(
        call(&app, &token, &hook_call(profile())).await.status(),
        StatusCode::OK
    );
    let again = call(&app, &token, &hook_call(profile())).await;
    assert_eq!(again.status(), StatusCode::UNAUTHORIZED);
    let body: Value = again.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("jti"), "{body}");
}

#[tokio::test]
async fn a_missing_or_invalid_profile_gets_the_contracts_422() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let cases = [
        (
            json!({"hook": HOOK, "hookInstance": "x", "context": {}}),
            "context.profile",
        ),
        (
            hook_call(json!({"severity": "epa"})),
            "context.profile.work_situation",
        ),
        (
            hook_call(json!({"severity": "heavy", "work_situation": "ww"})),
            "context.profile.severity",
        ),
        (
            hook_call(json!({"severity": "epa", "work_situation": "ww",
                "current_interventions": ["bestaat-niet"]})),
            "context.profile.current_interventions",
        ),
        (
            hook_call(json!({"severity": "epa", "work_situation": "ww", "region": "nergens"})),
            "context.profile.region",
        ),
        (
            json!({"hook": "patient-view", "hookInstance": "x", "context": {"profile": profile()}}),
            "hook",
        ),
        (
            json!({"hook": HOOK, "context": {"profile": profile()}}),
            "hookInstance",
        ),
    ];
    for (body, field) in cases {
        let response = call(&app, &caller.token(SERVICE), &body).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], field);
        assert!(error["error"].is_string());
    }
    let response = app
        .client
        .post(app.url("/cds-services/interventiewijzer-advice"))
        .bearer_auth(caller.token(SERVICE))
        .header("Content-Type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
}

/// The whole journey of a case-management system: discover, call, show the cards, report
/// what the professional did; an administrator then sees the aggregate and the CSV.
#[tokio::test]
async fn feedback_is_stored_without_client_data_and_shows_in_beheer() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let body: Value = call(&app, &caller.token(SERVICE), &hook_call(profile()))
        .await
        .json()
        .await
        .unwrap();
    let cards = body["cards"].as_array().unwrap();
    let first = cards[0]["uuid"].as_str().unwrap();
    let second = cards[1]["uuid"].as_str().unwrap();
    let feedback = json!({"feedback": [
        {"card": first, "outcome": "overridden", "outcomeTimestamp": "2026-11-27T10:05:31Z",
         "overrideReason": {"reason": {"code": "not-in-region", "system": "urn:interventiewijzer:override-reason"},
                            "userComment": "mevrouw Jansen uit Zwolle"}},
        {"card": second, "outcome": "accepted", "outcomeTimestamp": "2026-11-27T10:06:00+01:00",
         "acceptedSuggestions": [{"id": cards[1]["suggestions"][0]["uuid"]}]},
    ]});
    let url = app.url("/cds-services/interventiewijzer-advice/feedback");
    let send = |body: Value| {
        app.client
            .post(&url)
            .bearer_auth(caller.token(&format!("{SERVICE}/feedback")))
            .json(&body)
            .send()
    };
    let response = send(feedback).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    let unknown = json!({"feedback": [{"card": "nope", "outcome": "accepted", "outcomeTimestamp": "2026-11-27T10:05:31Z"}]});
    let response = send(unknown).await.unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let error: Value = response.json().await.unwrap();
    assert_eq!(error["field"], "feedback[0].card");
    let bad_reason = json!({"feedback": [{"card": first, "outcome": "overridden", "outcomeTimestamp": "2026-11-27T10:05:31Z",
        "overrideReason": {"reason": {"code": "because", "system": "x"}}}]});
    assert_eq!(
        send(bad_reason).await.unwrap().status(),
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let stored: Vec<(String, String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT card_uuid, intervention_slug, outcome, reason_code, day FROM cds_feedback ORDER BY id",
    )
    .fetch_all(&app.state.db)
    .await
    .unwrap();
    let first_slug = cards[0]["source"]["url"]
        .as_str()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap();
    let first_slug = first_slug.split('?').next().unwrap();
    assert_eq!(stored.len(), 2);
    assert_eq!(
        stored[0],
        (
            first.to_owned(),
            first_slug.to_owned(),
            "overridden".to_owned(),
            Some("not-in-region".to_owned()),
            "2026-11-27".to_owned()
        )
    );
    assert_eq!(stored[1].2, "accepted");
    assert_eq!(stored[1].4, "2026-11-27", "the day in UTC");
    let dump: Vec<String> = sqlx::query_scalar(
        "SELECT sql FROM sqlite_master WHERE name LIKE 'cds_%' AND type = 'table'",
    )
    .fetch_all(&app.state.db)
    .await
    .unwrap();
    assert!(
        !dump.join(" ").contains("comment"),
        "no column for comments"
    );

    let admin = app.signed_in_admin().await;
    let page = admin.get("/beheer/cds-terugmeldingen").await;
    assert_eq!(page.status(), StatusCode::OK);
    let html = scraper::Html::parse_document(&page.text().await.unwrap());
    let selector = scraper::Selector::parse(".cds-summaries li").unwrap();
    let lines: Vec<String> = html
        .select(&selector)
        .map(|li| li.text().collect())
        .collect();
    let name = cards[0]["summary"]
        .as_str()
        .unwrap()
        .split(": ")
        .next()
        .unwrap()
        .trim_start_matches("1. ")
        .to_owned();
    assert!(
        lines.iter().any(|l| l.starts_with(&name)
            && l.contains("1 keer afgewezen")
            && l.contains("1 keer 'niet aangeboden in de regio'")),
        "{lines:?}"
    );
    let csv = admin.get("/beheer/cds-terugmeldingen.csv").await;
    assert_eq!(csv.status(), StatusCode::OK);
    let text = csv.text().await.unwrap();
    assert!(
        text.starts_with("day,card,intervention,outcome,reason_code\n"),
        "{text}"
    );
    assert!(
        text.contains(&format!(
            "2026-11-27,{first},{first_slug},overridden,not-in-region"
        )),
        "{text}"
    );
    assert!(!text.contains("Jansen"));
    let anonymous = app
        .client
        .get(app.url("/beheer/cds-terugmeldingen.csv"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), StatusCode::SEE_OTHER);
}

#[tokio::test]
async fn a_key_twice_in_a_cds_call_or_feedback_is_refused_naming_it_with_its_path() {
    let caller = Caller::new(ISSUER);
    let app = cds_app(&caller).await;
    let send = |path: &str, token: String, body: &'static str| {
        app.client
            .post(app.url(path))
            .bearer_auth(token)
            .header("Content-Type", "application/json")
            .body(body)
            .send()
    };
    let advice = "/cds-services/interventiewijzer-advice";
    let feedback = "/cds-services/interventiewijzer-advice/feedback";
    let cases = [
        (
            advice,
            r#"{"hook": "nl.interventiewijzer.client-profile-view", "hookInstance": "a",
                "context": {"profile": {"severity": "cmd", "work_situation": "ww", "severity": "epa"}}}"#,
            "context.profile.severity",
        ),
        (
            advice,
            r#"{"hook": "patient-view", "hook": "nl.interventiewijzer.client-profile-view",
                "hookInstance": "a", "context": {"profile": {"severity": "epa", "work_situation": "ww"}}}"#,
            "hook",
        ),
        (
            feedback,
            r#"{"feedback": [{"card": "x", "outcome": "accepted", "outcome": "overridden",
                "outcomeTimestamp": "2026-11-27T10:05:31Z"}]}"#,
            "feedback[0].outcome",
        ),
    ];
    for (path, body, field) in cases {
        let token = caller.token(&format!("{BASE}{path}"));
        let response = send(path, token, body).await.unwrap();
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], field);
        assert!(
            error["error"].as_str().unwrap().contains("twee keer"),
            "{error}"
        );
    }
    let remembered: i64 = sqlx::query_scalar("SELECT count(*) FROM cds_feedback")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(remembered, 0, "nothing of a refused call is kept");
}
