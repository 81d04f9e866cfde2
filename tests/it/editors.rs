//! The beheer editors of route facts, funding lines and plan rules: a change is previewed on
//! the example clients, saved with an audit entry, visible at once in the JSON API; bad input
//! is refused at the field with all input kept; a stale save is refused.

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{Browser, TestApp, error_at, form_fields, sel, spawn_app};

/// A signed-in administrator.
struct Beheer {
    app: TestApp,
    admin: Browser,
}

/// A page's status, its `Location` and its parsed body.
struct Answer {
    status: StatusCode,
    location: String,
    html: Html,
}

impl Answer {
    fn texts(&self, css: &str) -> Vec<String> {
        self.html
            .select(&sel(css))
            .map(|e| e.text().collect::<String>().trim().to_owned())
            .collect()
    }

    /// The named fields of the form posting to `action`, as they would be submitted.
    fn form(&self, action: &str) -> Vec<(String, String)> {
        form_fields(&self.html, &format!("form[action='{action}']"))
    }

    fn value(&self, css: &str) -> String {
        let e = self.html.select(&sel(css)).next();
        let e = e.unwrap_or_else(|| panic!("{css} on the page"));
        match e.value().name() {
            "textarea" => e.text().collect(),
            _ => e.value().attr("value").unwrap_or_default().to_owned(),
        }
    }
}

impl Beheer {
    async fn new() -> Self {
        let app = spawn_app().await;
        let admin = app.signed_in_admin().await;
        Self { app, admin }
    }

    async fn answer(response: reqwest::Response) -> Answer {
        let status = response.status();
        let location = response
            .headers()
            .get("location")
            .map(|l| l.to_str().unwrap().to_owned())
            .unwrap_or_default();
        let html = Html::parse_document(&response.text().await.unwrap());
        Answer {
            status,
            location,
            html,
        }
    }

    async fn get(&self, path: &str) -> Answer {
        Self::answer(self.admin.get(path).await).await
    }

    /// Posts `fields` to `action`, with `changes` in place of (or added to) them.
    async fn post(
        &self,
        action: &str,
        fields: &[(String, String)],
        changes: &[(&str, &str)],
    ) -> Answer {
        let mut form: Vec<(String, String)> = fields
            .iter()
            .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
            .cloned()
            .collect();
        form.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        Self::answer(self.admin.post_form(action, &form).await).await
    }

    /// Opens the editor at `path` and submits its form with `changes`.
    async fn edit(&self, path: &str, action: &str, changes: &[(&str, &str)]) -> Answer {
        let page = self.get(path).await;
        assert_eq!(page.status, StatusCode::OK, "{path}");
        self.post(action, &page.form(action), changes).await
    }

    async fn advice(&self, profile: Value) -> Value {
        self.app.recommend(&profile).await.json().await.unwrap()
    }
}

fn bijstand() -> Value {
    json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
        "mental_health_care": "in_treatment", "work_wish": "paid_work_now"})
}

fn funding_of(advice: &Value, slug: &str) -> Vec<Value> {
    advice["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .unwrap()["funding"]
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn beheer_edits_a_funding_line_with_audit() {
    let b = Beheer::new().await;
    let before = b.advice(bijstand()).await;
    let line = funding_of(&before, "ips")
        .into_iter()
        .find(|l| l["payer"] == "gemeente")
        .expect("the gemeente pays IPS in the bijstand");
    let list = b.get("/beheer/financiering").await;
    assert_eq!(list.status, StatusCode::OK);
    let index = b.get("/beheer").await;
    assert!(index.texts("a[href='/beheer/financiering']").len() == 1);
    // Find the line's id in the list: the row of ips and Gemeente.
    let id = list
        .html
        .select(&sel("tbody tr"))
        .find(|tr| {
            let text = tr.text().collect::<String>();
            text.contains("ips") && text.contains("Gemeente")
        })
        .and_then(|tr| tr.select(&sel("a")).next())
        .map(|a| a.text().collect::<String>())
        .expect("the line in the list");
    let path = format!("/beheer/financiering/{id}");
    let new_nl = "Gemeente: betaalt de toeleiding uit het participatiebudget (gewijzigd).";
    let changes = [
        ("text_nl", new_nl),
        (
            "text_en",
            "Municipality: pays job placement from the participation budget (changed).",
        ),
        ("action", "preview"),
    ];
    let preview = b.edit(&path, &path, &changes).await;
    assert_eq!(preview.status, StatusCode::OK);
    let moves = preview.texts("#preview-title ~ ul li li").join("\n");
    assert!(
        moves.contains("(gewijzigd)"),
        "the preview shows the new line: {moves}"
    );
    assert_eq!(preview.value("#text_nl"), new_nl, "the input is kept");
    let unchanged = b.advice(bijstand()).await;
    assert_eq!(funding_of(&unchanged, "ips"), funding_of(&before, "ips"));

    let saved = b
        .post(&path, &preview.form(&path), &[("action", "save")])
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert_eq!(saved.location, path);
    let after = b.advice(bijstand()).await;
    let texts: Vec<String> = funding_of(&after, "ips")
        .iter()
        .map(|l| l["text"].as_str().unwrap().to_owned())
        .collect();
    assert!(texts.iter().any(|t| t == new_nl), "{texts:?}");
    assert!(!texts.iter().any(|t| t == line["text"].as_str().unwrap()));
    assert_ne!(
        after["knowledge_base_version"],
        before["knowledge_base_version"]
    );
    let log = b.get("/beheer/logboek").await;
    let entries = log.texts("body").join("\n");
    assert!(
        entries.contains(&format!("Financieringsregel {id}")),
        "{entries}"
    );
    assert!(entries.contains("wijzig"), "{entries}");
}

#[tokio::test]
async fn a_route_fact_added_then_removed_shows_in_the_json_route() {
    let b = Beheer::new().await;
    let text = "Testfeit: de klantmanager van de gemeente bespreekt het traject.";
    let added = b
        .edit(
            "/beheer/routefeiten/nieuw",
            "/beheer/routefeiten",
            &[
                ("kind", "involve"),
                ("code", "labour_expert"),
                ("condition", "work_situation=bijstand"),
                ("text_nl", text),
                (
                    "text_en",
                    "Test fact: the municipality's client manager discusses it.",
                ),
                ("source", "Samenwerken 2017, 2.1"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let involve = |advice: &Value| advice["route"]["involve"].to_string();
    assert!(involve(&b.advice(bijstand()).await).contains(text));
    let mut wga = bijstand();
    wga["work_situation"] = json!("wga");
    assert!(
        !involve(&b.advice(wga).await).contains(text),
        "only under its condition"
    );

    let path = added.location.clone();
    let removed = b
        .edit(&path, &format!("{path}/verwijderen"), &[("action", "save")])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(!involve(&b.advice(bijstand()).await).contains(text));
    assert_eq!(b.get(&path).await.status, StatusCode::NOT_FOUND);
    let log = b.get("/beheer/logboek").await.texts("body").join("\n");
    assert!(
        log.contains("verwijder") && log.contains("Routefeit"),
        "{log}"
    );
}

#[tokio::test]
async fn a_plan_rule_added_then_removed_shows_in_the_json_plan() {
    let b = Beheer::new().await;
    let text = "Testregel: spreek na drie maanden een evaluatie af.";
    let fields = [
        ("phase", "afterwards"),
        ("position", "90"),
        ("slugs", "ips"),
        ("requires", "ips"),
        ("condition", "work_situation=bijstand"),
        ("opens", ""),
        ("text_nl", text),
        (
            "text_en",
            "Test rule: agree an evaluation after three months.",
        ),
        ("source", "Panteia 2021, 4.2"),
    ];
    let mut preview = fields.to_vec();
    preview.push(("action", "preview"));
    let shown = b
        .edit("/beheer/planregels/nieuw", "/beheer/planregels", &preview)
        .await;
    assert_eq!(shown.status, StatusCode::OK);
    assert!(shown.texts("#preview-title ~ ul").join(" ").contains(text));
    let saved = b
        .post(
            "/beheer/planregels",
            &shown.form("/beheer/planregels"),
            &[("action", "save")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let steps = |advice: &Value| advice["plan"].to_string();
    let plan = steps(&b.advice(bijstand()).await);
    assert!(plan.contains(text) && plan.contains("afterwards"), "{plan}");

    let path = saved.location;
    let removed = b
        .edit(&path, &format!("{path}/verwijderen"), &[("action", "save")])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert!(!steps(&b.advice(bijstand()).await).contains(text));
}

#[tokio::test]
async fn bad_input_is_refused_at_the_field_with_the_input_kept() {
    let b = Beheer::new().await;
    let version = b.advice(bijstand()).await["knowledge_base_version"].clone();
    let blank = b.get("/beheer/financiering/nieuw?lang=en").await;
    let refused = b
        .post(
            "/beheer/financiering?lang=en",
            &blank.form("/beheer/financiering"),
            &[
                ("intervention_slug", "ips"),
                ("payer", "bank"),
                ("condition", "work_situation=mars"),
                ("text_nl", "Een bank betaalt."),
                ("text_en", ""),
                ("source", "Onbekend 2020, 1.1"),
                ("period", "2021-2017"),
                ("action", "save"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    let at = |name: &str| error_at(&refused.html, name);
    assert!(
        at("source").contains("names no known source"),
        "{}",
        at("source")
    );
    assert!(
        at("source").contains("Panteia 2021"),
        "lists the known sources"
    );
    assert!(
        at("text_en").contains("Fill in this field"),
        "{}",
        at("text_en")
    );
    assert!(at("payer").contains("'bank'"), "{}", at("payer"));
    assert!(at("condition").contains("'mars' is no answer to work_situation"));
    assert!(at("period").contains("YYYY-YYYY"));
    assert_eq!(refused.value("#text_nl"), "Een bank betaalt.");
    assert_eq!(refused.value("#source"), "Onbekend 2020, 1.1");
    assert_eq!(refused.value("#period"), "2021-2017");
    assert_eq!(refused.value("#condition"), "work_situation=mars");
    assert!(
        refused
            .texts("option[selected]")
            .contains(&"bank".to_owned())
    );
    assert_eq!(refused.texts(".error-summary li").len(), 5);

    let code = b
        .edit(
            "/beheer/routefeiten/nieuw",
            "/beheer/routefeiten",
            &[
                ("kind", "responsible"),
                ("code", "baas"),
                ("condition", "work_situation=bijstand"),
                ("text_nl", "De baas."),
                ("text_en", "The boss."),
                ("source", "Panteia 2021, 1.1"),
                ("action", "preview"),
            ],
        )
        .await;
    assert_eq!(code.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(code.texts("#code-error").join("").contains("'baas'"));
    // A valid code that would give the bijstand two responsible parties: the build's check.
    let twice = b
        .post(
            "/beheer/routefeiten",
            &code.form("/beheer/routefeiten"),
            &[("code", "gemeente"), ("action", "save")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    let summary = twice.texts(".error-summary li").join(" ");
    assert!(summary.contains("exactly one"), "{summary}");
    assert_eq!(twice.value("#text_nl"), "De baas.");
    assert_eq!(
        b.advice(bijstand()).await["knowledge_base_version"],
        version
    );
}

#[tokio::test]
async fn a_stale_save_is_refused_and_overwrites_nothing() {
    let b = Beheer::new().await;
    let path = "/beheer/planregels/2";
    let opened = b.get(path).await;
    let form = opened.form(path);
    let first = b
        .post(
            path,
            &form,
            &[("text_nl", "Eerste wijziging."), ("action", "save")],
        )
        .await;
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    let stale = b
        .post(
            path,
            &form,
            &[("text_nl", "Tweede wijziging."), ("action", "save")],
        )
        .await;
    assert_eq!(stale.status, StatusCode::CONFLICT);
    let differs = |side: &str| stale.texts(&format!(".conflict-table tr.differs td.{side}"));
    assert_eq!(differs("theirs"), ["Eerste wijziging."]);
    assert_eq!(differs("yours"), ["Tweede wijziging."]);
    assert_eq!(
        stale.texts(".conflict-table tr.differs th .field-label"),
        ["Tekst (Nederlands)"],
        "the form's label, the raw name only as a hint"
    );
    let phase = stale.texts(".conflict-table tr:not(.differs) td.theirs");
    assert!(
        phase.contains(&"Nu (now)".to_owned()),
        "a choice by its label: {phase:?}"
    );
    let plan = b.advice(bijstand()).await["plan"].to_string();
    assert!(
        plan.contains("Eerste wijziging.") && !plan.contains("Tweede"),
        "{plan}"
    );
    let removal = b
        .post(&format!("{path}/verwijderen"), &form, &[("action", "save")])
        .await;
    assert_eq!(removal.status, StatusCode::CONFLICT, "a stale removal too");
    // Going on with one's own input from the conflict page previews it against the stored
    // version; saving that replaces the stored version on purpose.
    let mine = b.post(path, &stale.form(path), &[]).await;
    assert_eq!(mine.status, StatusCode::OK);
    assert_eq!(mine.value("#text_nl"), "Tweede wijziging.");
    let again = b.post(path, &mine.form(path), &[("action", "save")]).await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    let plan = b.advice(bijstand()).await["plan"].to_string();
    assert!(plan.contains("Tweede wijziging."), "{plan}");
}
