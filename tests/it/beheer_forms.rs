//! Beheer forms: two administrators saving the same item (the second gets a 409 with both
//! versions and nothing is overwritten), and a refused form that keeps every character typed
//! with the message at the field, in Dutch and in English.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{TestApp, error_at, form_fields, sel, set_field, spawn_app, text, text_of};

async fn stored_name(app: &TestApp) -> String {
    let kb = app.state.knowledge_base();
    kb.intervention("coral").unwrap().name.nl.clone()
}

#[tokio::test]
async fn the_second_of_two_administrators_gets_both_versions_and_the_first_edit_survives() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let bram = app.signed_in("bram", true).await;
    let path = "/beheer/interventies/coral";
    let mut first = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    let mut second = form_fields(&bram.get_doc(path).await, "form.beheer-form");
    set_field(&mut first, "name_nl", "Coral (versie van Anna)");
    set_field(&mut first, "action", "save");
    let saved = anna.post_form(path, &first).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);

    set_field(&mut second, "name_nl", "Coral (versie van Bram)");
    set_field(&mut second, "goal.nl", "Bram's nieuwe doel");
    set_field(&mut second, "action", "save");
    let refused = bram.post_form(path, &second).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let cells = |css: &str| -> Vec<String> {
        doc.select(&sel(css))
            .map(|c| c.text().collect::<String>())
            .collect()
    };
    assert!(cells("tr.differs td.theirs").contains(&"Coral (versie van Anna)".to_owned()));
    assert!(cells("tr.differs td.yours").contains(&"Coral (versie van Bram)".to_owned()));
    assert!(cells("td.yours").contains(&"Bram's nieuwe doel".to_owned()));
    assert!(
        cells("tr.differs th .field-label").contains(&"Naam (nl)".to_owned()),
        "the form's label: {:?}",
        cells("tr.differs th")
    );
    assert!(cells("th .field-label").contains(&"Doel (nl)".to_owned()));
    assert_eq!(
        stored_name(&app).await,
        "Coral (versie van Anna)",
        "nothing overwritten"
    );

    // Bram continues with his version: the editor opens with his input, based on Anna's save.
    let kept = form_fields(&doc, "form.conflict-continue");
    assert!(kept.contains(&("goal.nl".into(), "Bram's nieuwe doel".into())));
    let reopened = bram.post_form(path, &kept).await;
    assert_eq!(reopened.status(), StatusCode::OK);
    let mut again = form_fields(
        &Html::parse_document(&reopened.text().await.unwrap()),
        "form.beheer-form",
    );
    assert!(again.contains(&("name_nl".into(), "Coral (versie van Bram)".into())));
    set_field(&mut again, "action", "save");
    assert_eq!(
        bram.post_form(path, &again).await.status(),
        StatusCode::SEE_OTHER
    );
    assert_eq!(stored_name(&app).await, "Coral (versie van Bram)");
}

#[tokio::test]
async fn a_save_without_a_fingerprint_overwrites_nothing() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let path = "/beheer/interventies/coral";
    let mut form = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    form.retain(|(k, _)| k != "fingerprint");
    set_field(&mut form, "name_nl", "Zonder vingerafdruk");
    set_field(&mut form, "action", "save");
    assert_eq!(
        anna.post_form(path, &form).await.status(),
        StatusCode::CONFLICT
    );
    assert_ne!(stored_name(&app).await, "Zonder vingerafdruk");
}

/// A stale save in English: the conflict page names the fields and the chosen codes as the
/// English form does, keeps the late administrator's input and overwrites nothing.
#[tokio::test]
async fn a_stale_save_shows_the_forms_labels_and_choices_in_english() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let bram = app.signed_in("bram", true).await;
    let path = "/beheer/interventies/coral?lang=en";
    let mut first = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    let mut second = form_fields(&bram.get_doc(path).await, "form.beheer-form");
    set_field(&mut first, "guidance", "individual");
    set_field(&mut first, "name_nl", "Coral (Anna)");
    set_field(&mut first, "action", "save");
    assert_eq!(
        anna.post_form(path, &first).await.status(),
        StatusCode::SEE_OTHER
    );
    set_field(&mut second, "guidance", "workplace");
    set_field(&mut second, "name_nl", "Coral (Bram)");
    set_field(&mut second, "action", "save");
    let refused = bram.post_form(path, &second).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let row = |label: &str| -> Vec<String> {
        let row = doc
            .select(&sel(".conflict-table tr.differs"))
            .find(|r| texts_in(r, "th .field-label") == label)
            .unwrap_or_else(|| panic!("a differing row labelled {label}"));
        vec![texts_in(&row, "td.theirs"), texts_in(&row, "td.yours")]
    };
    assert_eq!(
        row("Kind of guidance"),
        ["Individual guidance", "Guidance at the workplace"],
        "the choices by their labels, not their codes"
    );
    assert_eq!(row("Name (nl)"), ["Coral (Anna)", "Coral (Bram)"]);
    assert!(
        text(&doc, ".conflict-table th .field-path").contains("intervention.guidance"),
        "the stored name as a hint"
    );
    let kept = form_fields(&doc, "form.conflict-continue");
    assert!(
        kept.contains(&("guidance".into(), "workplace".into())),
        "input kept"
    );
    assert_eq!(
        stored_name(&app).await,
        "Coral (Anna)",
        "nothing overwritten"
    );
}

fn texts_in(element: &scraper::ElementRef<'_>, css: &str) -> String {
    element
        .select(&sel(css))
        .map(text_of)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Submits coral's form with a Dutch text typed but no English text and an unknown source; the
/// page must come back with everything typed and the messages at the fields, in `lang`.
async fn refused_edit_keeps_input(lang: &str, expected: [&str; 2]) {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let path = format!("/beheer/interventies/coral?lang={lang}");
    let mut form = form_fields(&anna.get_doc(&path).await, "form.beheer-form");
    let typed = "Een lange Nederlandse tekst die net is getypt\nmet een tweede regel.";
    set_field(&mut form, "cost.nl", typed);
    set_field(&mut form, "cost.en", "");
    set_field(&mut form, "cost.source", "Samenwerken 2017, 3.6");
    set_field(&mut form, "evidence_source", "Onbekend boek, p. 3");
    set_field(&mut form, "action", "save");
    let before = stored_name(&app).await;
    let refused = anna.post_form(&path, &form).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let kept = form_fields(&doc, "form.beheer-form");
    assert!(
        kept.contains(&("cost.nl".into(), typed.into())),
        "the Dutch text is kept"
    );
    assert!(kept.contains(&("evidence_source".into(), "Onbekend boek, p. 3".into())));
    assert!(
        error_at(&doc, "cost-en").contains(expected[0]),
        "{}",
        error_at(&doc, "cost-en")
    );
    assert!(
        error_at(&doc, "evidence_source").contains(expected[1]),
        "{}",
        error_at(&doc, "evidence_source")
    );
    let input = doc.select(&sel("#cost-en")).next().unwrap();
    assert_eq!(input.value().attr("aria-invalid"), Some("true"));
    assert_eq!(
        input.value().attr("aria-describedby"),
        Some("cost-en-error")
    );
    let summary: String = doc
        .select(&sel(".error-summary a[href='#cost-en']"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(summary.contains(expected[0]));
    assert_eq!(stored_name(&app).await, before);
}

#[tokio::test]
async fn a_refused_edit_keeps_the_input_and_says_why_at_the_field_in_dutch() {
    refused_edit_keeps_input("nl", ["of laat alle drie leeg", "noemt geen bekende bron"]).await;
}

#[tokio::test]
async fn a_refused_edit_keeps_the_input_and_says_why_at_the_field_in_english() {
    refused_edit_keeps_input("en", ["or leave all three empty", "names no known source"]).await;
}

#[tokio::test]
async fn a_stale_rule_save_or_removal_is_refused_and_a_rule_error_is_at_the_field_in_english() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let bram = app.signed_in("bram", true).await;
    let path = "/beheer/regels/1";
    let mut first = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    let second = form_fields(&bram.get_doc(path).await, "form.beheer-form");
    let removal = form_fields(&bram.get_doc(path).await, "form[action$='/verwijderen']");
    set_field(&mut first, "text_nl", "Anna's uitleg");
    set_field(&mut first, "action", "save");
    assert_eq!(
        anna.post_form(path, &first).await.status(),
        StatusCode::SEE_OTHER
    );
    let mut late = second.clone();
    set_field(&mut late, "text_nl", "Bram's uitleg");
    set_field(&mut late, "action", "save");
    let refused = bram.post_form(path, &late).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    let yours: Vec<String> = doc
        .select(&sel("td.yours"))
        .map(|c| c.text().collect())
        .collect();
    assert!(yours.contains(&"Bram's uitleg".to_owned()));
    let mut remove = removal;
    set_field(&mut remove, "action", "save");
    let refused = bram
        .post_form("/beheer/regels/1/verwijderen", &remove)
        .await;
    assert_eq!(
        refused.status(),
        StatusCode::CONFLICT,
        "a removal of a changed rule"
    );
    let text: String = sqlx::query_scalar("SELECT text_nl FROM rules WHERE id = 1")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert_eq!(text, "Anna's uitleg");

    let mut wrong = form_fields(
        &anna.get_doc("/beheer/regels/1?lang=en").await,
        "form.beheer-form",
    );
    set_field(&mut wrong, "points", "veel");
    set_field(&mut wrong, "text_en", "");
    set_field(&mut wrong, "action", "save");
    let refused = anna.post_form("/beheer/regels/1?lang=en", &wrong).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    assert!(
        error_at(&doc, "points").contains("Fill in a number"),
        "{}",
        error_at(&doc, "points")
    );
    assert!(error_at(&doc, "text_en").contains("Fill in this field"));
    let kept = form_fields(&doc, "form.beheer-form");
    assert!(kept.contains(&("points".into(), "veel".into())));
    assert!(kept.contains(&("text_nl".into(), "Anna's uitleg".into())));
}

#[tokio::test]
async fn a_stale_sociale_kaart_save_is_refused_and_its_errors_are_at_the_field_in_english() {
    let app = spawn_app().await;
    let anna = app.signed_in("anna", true).await;
    let bram = app.signed_in("bram", true).await;
    let path = "/beheer/sociale-kaart/organisatie/ergo-control";
    let mut first = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    let mut second = form_fields(&bram.get_doc(path).await, "form.beheer-form");
    let kinds: Vec<String> = anna
        .get_doc(path)
        .await
        .select(&sel("select#kind option"))
        .map(|o| o.text().collect())
        .collect();
    assert!(
        kinds.contains(&"Re-integratiebedrijf".to_owned()),
        "labels, not codes: {kinds:?}"
    );
    set_field(&mut first, "contact", "Anna's contactpunt");
    assert_eq!(
        anna.post_form(path, &first).await.status(),
        StatusCode::SEE_OTHER
    );
    set_field(&mut second, "contact", "Bram's contactpunt");
    let refused = bram.post_form(path, &second).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let kb = app.state.knowledge_base();
    let stored = kb
        .social_map()
        .organisations
        .iter()
        .find(|o| o.id == "ergo-control")
        .unwrap();
    assert_eq!(stored.contact, "Anna's contactpunt");

    let english = format!("{path}?lang=en");
    let mut wrong = form_fields(&anna.get_doc(&english).await, "form.beheer-form");
    set_field(&mut wrong, "website", "javascript:alert(1)");
    set_field(&mut wrong, "last_checked", "yesterday");
    let refused = anna.post_form(&english, &wrong).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&refused.text().await.unwrap());
    assert!(
        error_at(&doc, "website").contains("starts with http"),
        "{}",
        error_at(&doc, "website")
    );
    assert!(error_at(&doc, "last_checked").contains("YYYY-MM-DD"));
    let kept = form_fields(&doc, "form.beheer-form");
    assert!(kept.contains(&("website".into(), "javascript:alert(1)".into())));
}
