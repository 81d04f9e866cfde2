//! The audit log: compact entries (the changed fields, bounded in size even for an import of a
//! whole knowledge base), older entries with two full copies still readable, and the logbook
//! page: newest first, paged, in Dutch time, field by field before -> after.

use scraper::Html;
use serde_json::Value;

use crate::common::{
    Browser, TestApp, form_fields, sel, set_field, spawn_app, text, text_of, texts,
};

async fn logbook(anna: &Browser, query: &str) -> Html {
    anna.get_html(&format!("/beheer/logboek{query}")).await
}

/// The newest entry's changes as (field, before, after).
fn newest_changes(doc: &Html) -> Vec<(String, String, String)> {
    let entry = doc.select(&sel(".audit-entry")).next().expect("an entry");
    entry
        .select(&sel("table.changes tbody tr"))
        .map(|row| {
            let cell = |css: &str| {
                row.select(&sel(css))
                    .next()
                    .map(text_of)
                    .unwrap_or_default()
            };
            (cell("th"), cell("td.before"), cell("td.after"))
        })
        .collect()
}

/// An edit through the intervention form shows in the logbook with the form's labels and the
/// labels of the chosen codes, in Dutch and in English; the stored names and codes only behind
/// "ruwe gegevens".
#[tokio::test]
async fn an_edit_shows_in_the_logbook_with_the_forms_labels_in_dutch_and_english() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let path = "/beheer/interventies/coral";
    for (guidance, name) in [("individual", "Coral eerst"), ("workplace", "Coral daarna")] {
        let mut form = form_fields(&anna.get_doc(path).await, "form.beheer-form");
        set_field(&mut form, "guidance", guidance);
        set_field(&mut form, "name_nl", name);
        set_field(&mut form, "action", "save");
        assert_eq!(anna.post_form(path, &form).await.status(), 303);
    }

    let dutch = newest_changes(&logbook(&anna, "").await);
    let expected = |field: &str, before: &str, after: &str| {
        (field.to_owned(), before.to_owned(), after.to_owned())
    };
    assert!(
        dutch.contains(&expected("Naam (nl)", "Coral eerst", "Coral daarna")),
        "{dutch:?}"
    );
    assert!(
        dutch.contains(&expected(
            "Soort begeleiding",
            "Individuele begeleiding",
            "Begeleiding op de werkplek"
        )),
        "labels, not codes: {dutch:?}"
    );
    let english = newest_changes(&logbook(&anna, "?lang=en").await);
    assert!(
        english.contains(&expected("Name (nl)", "Coral eerst", "Coral daarna")),
        "{english:?}"
    );
    assert!(
        english.contains(&expected(
            "Kind of guidance",
            "Individual guidance",
            "Guidance at the workplace"
        )),
        "{english:?}"
    );
    let page = logbook(&anna, "?lang=nl").await;
    let table = text(&page, ".audit-entry:first-child table.changes");
    assert!(
        !table.contains("intervention.guidance") && !table.contains("workplace"),
        "{table}"
    );
    let raw = text(&page, ".audit-entry:first-child details pre");
    assert!(raw.contains("intervention.guidance") && raw.contains("workplace"));
}

async fn record(app: &TestApp, n: usize, before: &Value, after: &Value) {
    let mut tx = app.state.db.begin().await.unwrap();
    interventiewijzer::db::audit::record(
        &mut tx,
        "anna",
        "wijzig",
        &format!("regel {n}"),
        Some(before),
        Some(after),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn the_logbook_is_paged_newest_first_with_each_change_before_and_after() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    // An entry as written before migration 0038: two full copies.
    sqlx::query(
        "INSERT INTO audit_log (at, user_name, action, entity, before, after) VALUES \
         ('2026-07-01T06:32:00Z', 'oud', 'wijzig', 'regel 99', '{\"points\":1.0,\"source\":\"A\"}', \
         '{\"points\":2.0,\"source\":\"A\"}')",
    )
    .execute(&app.state.db)
    .await
    .unwrap();
    for n in 1..=30 {
        let before = serde_json::json!({"points": 1.0, "text_nl": "oud", "source": "A"});
        let after =
            serde_json::json!({"points": 1.0, "text_nl": format!("nieuw {n}"), "source": "A"});
        record(&app, n, &before, &after).await;
    }

    let first = logbook(&anna, "").await;
    let headings = texts(&first, ".audit-entry h2");
    assert_eq!(headings.len(), 25, "25 entries a page");
    assert!(
        headings[0].contains("Regel 30"),
        "newest first: {}",
        headings[0]
    );
    assert!(headings[24].contains("Regel 6"));
    let changes = texts(&first, "#log-31 table.changes tr td");
    assert_eq!(
        changes,
        ["oud", "nieuw 30"],
        "only the changed field, before and after"
    );
    assert_eq!(
        texts(&first, "#log-31 table.changes th[scope=row]"),
        ["Uitleg (nl)"],
        "the rule form's label, not the stored field's name"
    );
    assert_eq!(
        first.select(&sel("#log-31 details pre")).count(),
        1,
        "raw data behind a disclosure"
    );
    let older = first
        .select(&sel("a[rel=next]"))
        .next()
        .expect("a link to older entries");
    assert_eq!(older.value().attr("href"), Some("/beheer/logboek?pagina=2"));
    assert!(first.select(&sel("a[rel=prev]")).next().is_none());

    let second = logbook(&anna, "?pagina=2").await;
    let headings = texts(&second, ".audit-entry h2");
    assert_eq!(headings.len(), 6);
    // The old entry: its two copies shown as a diff, its time in Dutch summer time.
    let old = texts(&second, "#log-1 h2").join("");
    assert!(old.contains("2026-07-01 08:32 CEST"), "{old}");
    assert_eq!(texts(&second, "#log-1 table.changes td"), ["1.0", "2.0"]);
    assert!(second.select(&sel("a[rel=prev]")).next().is_some());
    assert!(second.select(&sel("a[rel=next]")).next().is_none());
    // A nonsense page number shows the first page rather than failing.
    let fallback = logbook(&anna, "?pagina=abc").await;
    assert_eq!(texts(&fallback, ".audit-entry h2").len(), 25);
}

#[tokio::test]
async fn an_import_that_changes_much_writes_a_bounded_audit_entry() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let exported = anna.get_text("/beheer/export").await;
    let mut changed: Value = serde_json::from_str(&exported).unwrap();
    for rule in changed["rules"].as_array_mut().unwrap() {
        let text = format!("{} {}", rule["text_nl"].as_str().unwrap(), "x".repeat(3000));
        rule["text_nl"] = Value::String(text);
    }
    let imported = interventiewijzer::db::exchange::import(
        &app.state.db,
        &changed.to_string(),
        "anna",
        interventiewijzer::db::exchange::IfChanged::Refuse,
    )
    .await;
    assert!(imported.is_ok(), "{:?}", imported.err());
    let (size, changes): (i64, String) = sqlx::query_as(
        "SELECT length(coalesce(before, '')) + length(coalesce(after, '')) + length(changes), \
         changes FROM audit_log WHERE action = 'import'",
    )
    .fetch_one(&app.state.db)
    .await
    .unwrap();
    let rules = changed["rules"].as_array().unwrap().len();
    let diff: Value = serde_json::from_str(&changes).unwrap();
    let listed = diff["changes"].as_array().unwrap().len();
    assert_eq!(
        listed + diff["more"].as_u64().unwrap() as usize,
        rules,
        "every change counted"
    );
    assert!(
        size < 120_000,
        "an import of {} bytes wrote {size} bytes of audit",
        exported.len()
    );
    let page = logbook(&anna, "").await;
    assert!(texts(&page, ".audit-entry h2")[0].contains("Kennisbank (import)"));
    let fields = texts(
        &page,
        ".audit-entry:first-child table.changes th[scope=row]",
    );
    let first = changed["rules"][0]["id"].as_i64().unwrap();
    assert!(
        fields.contains(&format!("Regel {first}: Uitleg (nl)")),
        "an import's changes named by item and by the form's label: {fields:?}"
    );
    assert!(fields.iter().all(|f| f.starts_with("Regel ")), "{fields:?}");
}
