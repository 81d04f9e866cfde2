//! The HTML pages through HTTP, asserting on parsed HTML (scraper), not on strings.

use interventiewijzer::domain::profile::Dimension;
use reqwest::StatusCode;
use scraper::Html;

use crate::common::{sel, spawn_app, texts};

const PAGES: &[&str] = &[
    "/",
    "/vragenlijst",
    "/interventies",
    "/interventies/ips",
    "/interventies/coral",
    "/uitleg",
    "/toegankelijkheid",
    "/voorbeelden",
    "/voorbeelden/epa-fact-wil-werken",
    "/vergelijk",
    "/cijfers",
];

#[tokio::test]
async fn every_profile_field_of_the_contract_is_in_the_form_with_a_label() {
    let app = spawn_app().await;
    let (status, doc) = app.get_page("/vragenlijst").await;
    assert_eq!(status, StatusCode::OK);
    let form = doc
        .select(&sel("form[method=post][action='/advies']"))
        .next()
        .expect("the form");
    for dimension in Dimension::ALL {
        let name = dimension.code();
        let controls: Vec<_> = form.select(&sel(&format!("[name='{name}']"))).collect();
        assert!(!controls.is_empty(), "{name} is in the form");
        for control in controls {
            let id = control
                .value()
                .id()
                .unwrap_or_else(|| panic!("{name} control has an id"));
            let labels = texts(&doc, &format!("label[for='{id}']"));
            assert!(
                labels.iter().any(|l| !l.is_empty()),
                "{name} control {id} has a label"
            );
        }
    }
    // A yes/no question is three radios (yes, no, unknown), with "unknown" chosen on a
    // fresh form: an unanswered question is never read as "no".
    let values: Vec<&str> = form
        .select(&sel("input[type=radio][name=multiple_problems]"))
        .filter_map(|r| r.value().attr("value"))
        .collect();
    assert_eq!(values, ["yes", "no", "unknown"]);
    let checked: Vec<&str> = form
        .select(&sel("input[type=radio][name=multiple_problems][checked]"))
        .filter_map(|r| r.value().attr("value"))
        .collect();
    assert_eq!(checked, ["unknown"]);
    // The interventions already followed are a checkbox per intervention.
    assert_eq!(
        form.select(&sel("input[type=checkbox][name=current_interventions]"))
            .count(),
        13
    );
    // Never a free-text field: no name, citizen number or notes about the client.
    assert_eq!(
        form.select(&sel("input[type=text], textarea, input:not([type])"))
            .count(),
        0
    );
}

#[tokio::test]
async fn a_posted_questionnaire_gives_the_ranked_advice_with_sources_and_no_store() {
    let app = spawn_app().await;
    let response = app.post_body("/advies",
        "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&barriers=financial_disincentives",
    )
    .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let doc = Html::parse_document(&response.text().await.unwrap());
    let cards: Vec<_> = doc.select(&sel(".advice-card")).collect();
    assert!(cards.len() > 3);
    assert_eq!(cards[0].value().id(), Some("advies-ips"));
    let first = texts(&doc, ".advice-card:first-child h3")[0].clone();
    assert!(first.contains("Individuele Plaatsing en Steun"), "{first}");
    // Each card links to its reasoning on a page of its own; the ledgers are there, not here.
    assert_eq!(doc.select(&sel("table.ledger")).count(), 0);
    let mut reasoning = None;
    for card in &cards {
        let id = card.value().id().unwrap();
        let href = card
            .select(&sel(".card-why a"))
            .next()
            .unwrap_or_else(|| panic!("{id}: a link to its reasoning"))
            .value()
            .attr("href")
            .unwrap()
            .to_owned();
        let (page, anchor) = href.split_once('#').unwrap();
        assert_eq!(anchor, id.replace("advies-", "onderbouwing-"));
        reasoning = Some(page.to_owned());
    }
    // There every ledger cites its sources (every line, in the third column) and its total is
    // the card's score.
    let (status, reasoning) = app.get_page(&reasoning.unwrap()).await;
    assert_eq!(status, StatusCode::OK);
    let items: Vec<_> = reasoning.select(&sel(".reasoning-item")).collect();
    assert_eq!(items.len(), cards.len());
    for item in &items {
        let rows: Vec<_> = item.select(&sel("table.ledger tbody tr")).collect();
        assert!(!rows.is_empty());
        for row in rows {
            let source = row.select(&sel("td:nth-child(3)")).next().unwrap();
            assert!(
                source.text().collect::<String>().contains(" 20"),
                "{}",
                row.html()
            );
        }
        assert!(item.select(&sel("table.ledger tfoot")).count() == 1);
    }
    let excluded = texts(&doc, ".excluded-list li[id^='niet-']");
    assert!(
        excluded.iter().any(|e| e.contains("SHARP-at-work")),
        "{excluded:?}"
    );
    // The scores as a chart, on the reasoning page: one meter per card.
    assert_eq!(doc.select(&sel("#scores")).count(), 0);
    assert!(reasoning.select(&sel("#scores .score-bars meter")).count() == cards.len());
    let answers = texts(&doc, ".answers-summary dd");
    assert!(answers.iter().any(|a| a.contains("EPA")));
    assert!(answers.iter().any(|a| a.contains("Financiële drempels")));
}

#[tokio::test]
async fn an_invalid_questionnaire_shows_the_form_again_with_messages_and_the_answers_kept() {
    let app = spawn_app().await;
    let response = app.post_body("/advies",
        "work_situation=ww&disorder=autism&barriers=self_stigma&multiple_problems=true&self_efficacy=bogus",
    )
    .await;
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let doc = Html::parse_document(&response.text().await.unwrap());
    let summary: Vec<_> = doc
        .select(&sel(".error-summary[role=alert][tabindex='-1']"))
        .collect();
    assert_eq!(summary.len(), 1);
    let links: Vec<&str> = summary[0]
        .select(&sel("a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert!(
        links.contains(&"#q-severity") && links.contains(&"#q-self_efficacy"),
        "{links:?}"
    );
    assert_eq!(texts(&doc, "#q-severity .field-error").len(), 1);
    assert!(
        doc.select(&sel("#work_situation-ww[checked]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#barrier-self_stigma[checked]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#multiple_problems-yes[checked]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#field-disorder option[value=autism][selected]"))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn pages_are_dutch_by_default_and_english_with_lang_en_remembered_in_a_cookie() {
    let app = spawn_app().await;
    let (_, dutch) = app.get_page("/vragenlijst").await;
    assert_eq!(
        dutch
            .select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("nl")
    );
    assert_eq!(texts(&dutch, "h1"), ["Vragenlijst"]);
    let response = app.get("/vragenlijst?lang=en").await;
    let cookie = response.headers()["set-cookie"]
        .to_str()
        .unwrap()
        .to_owned();
    assert!(cookie.starts_with("lang=en"), "{cookie}");
    let english = Html::parse_document(&response.text().await.unwrap());
    assert_eq!(
        english
            .select(&sel("html"))
            .next()
            .unwrap()
            .value()
            .attr("lang"),
        Some("en")
    );
    assert_eq!(texts(&english, "h1"), ["Questionnaire"]);
    let remembered = app
        .client
        .get(app.url("/interventies/ips"))
        .header("Cookie", "lang=en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let remembered = Html::parse_document(&remembered);
    assert_eq!(
        texts(&remembered, "h1"),
        ["Individual Placement and Support (IPS)"]
    );
}

#[tokio::test]
async fn every_page_renders_in_both_languages_without_missing_texts_or_outside_assets() {
    let app = spawn_app().await;
    for lang in ["nl", "en"] {
        for page in PAGES {
            let path = format!("{page}?lang={lang}");
            let (status, doc) = app.get_page(&path).await;
            assert_eq!(status, StatusCode::OK, "{path}");
            let body = doc.root_element().text().collect::<String>();
            assert!(!body.contains("[?]"), "{path} has a missing text");
            assert_eq!(
                doc.select(&sel("a.skip-link[href='#inhoud']")).count(),
                1,
                "{path}"
            );
            assert_eq!(doc.select(&sel("main#inhoud")).count(), 1, "{path}");
            for element in doc.select(&sel("[href], [src], [action]")) {
                for attr in ["href", "src", "action"] {
                    if let Some(url) = element.value().attr(attr) {
                        assert!(
                            url.starts_with('/') || url.starts_with('#') || url.starts_with('?'),
                            "{path}: {url} is not ours"
                        );
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn the_stylesheets_are_served_from_the_server_itself_with_a_long_cache_lifetime() {
    let app = spawn_app().await;
    let (_, doc) = app.get_page("/").await;
    let sheets: Vec<String> = doc
        .select(&sel("link[rel=stylesheet]"))
        .map(|l| l.value().attr("href").unwrap().to_owned())
        .collect();
    assert!(sheets.len() >= 2, "{sheets:?}");
    for href in sheets {
        assert!(href.starts_with("/static/"));
        let response = app.get(&href).await;
        assert_eq!(response.status(), StatusCode::OK, "{href}");
        assert_eq!(response.headers()["content-type"], "text/css");
        assert!(
            response.headers()["cache-control"]
                .to_str()
                .unwrap()
                .contains("immutable")
        );
        assert!(!response.text().await.unwrap().is_empty());
    }
}

#[tokio::test]
async fn the_catalogue_filters_by_target_group_and_work_situation_without_javascript() {
    let app = spawn_app().await;
    let (_, all) = app.get_page("/interventies").await;
    assert_eq!(all.select(&sel(".catalogue-entry")).count(), 13);
    let (_, back) = app
        .get_page("/interventies?severity=cmd&work_situation=back_at_work&evidence=")
        .await;
    let names = texts(&back, ".catalogue-entry h2");
    assert!(names.iter().any(|n| n.contains("SHARP")), "{names:?}");
    assert!(!names.iter().any(|n| n.contains("IPS")), "{names:?}");
    assert!(
        back.select(&sel(
            "#filter-work_situation option[value=back_at_work][selected]"
        ))
        .next()
        .is_some()
    );
    let (_, strong) = app
        .get_page("/interventies?evidence=effective_strong")
        .await;
    assert_eq!(texts(&strong, ".catalogue-entry h2").len(), 2);
    let (status, odd) = app.get_page("/interventies?severity=zwaar").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(odd.select(&sel(".catalogue-entry")).count(), 13);
}

#[tokio::test]
async fn an_intervention_page_shows_its_sources_and_says_where_the_sources_are_silent() {
    let app = spawn_app().await;
    let (status, doc) = app.get_page("/interventies/irb").await;
    assert_eq!(status, StatusCode::OK);
    assert!(
        !texts(&doc, ".not-described").is_empty(),
        "IRB's cost is not in the seeds"
    );
    assert!(
        texts(&doc, ".source")
            .iter()
            .any(|s| s.starts_with("Panteia 2021"))
    );
    assert!(doc.select(&sel("table.rules-table tbody tr")).count() > 5);
    let (status, _) = app.get_page("/interventies/bestaat-niet").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_unknown_address_gets_the_404_page_in_the_site_style() {
    let app = spawn_app().await;
    let (status, doc) = app.get_page("/bestaat/niet?lang=en").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(texts(&doc, "h1"), ["Page not found"]);
    assert_eq!(doc.select(&sel("header.site-header nav")).count(), 1);
}

#[tokio::test]
async fn the_explanation_page_lists_every_rule_in_the_database_including_a_new_one() {
    let app = spawn_app().await;
    let count: i64 = sqlx::query_scalar("SELECT count(*) FROM rules")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    let (_, doc) = app.get_page("/uitleg").await;
    assert_eq!(doc.select(&sel("tr.rule")).count() as i64, count);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO rules (intervention_slug, dimension, match_values, effect, points, text_nl, text_en, source) \
         VALUES ('coral', 'disorder', 'eating', 'fit', 0.5, 'Proefregel voor de uitleg', 'Trial rule', 'Samenwerken 2017, 3.6') RETURNING id",
    )
    .fetch_one(&app.state.db)
    .await
    .unwrap();
    let kb = interventiewijzer::db::knowledge::load(&app.state.db)
        .await
        .unwrap();
    app.state.replace_knowledge_base(kb);
    let (_, doc) = app.get_page("/uitleg").await;
    assert_eq!(doc.select(&sel("tr.rule")).count() as i64, count + 1);
    let row = texts(&doc, &format!("#regel-{id}"));
    assert!(row[0].contains("Proefregel voor de uitleg"), "{row:?}");
    for level in [
        "effective_strong",
        "practice_insight",
        "research_indications",
    ] {
        assert_eq!(doc.select(&sel(&format!("#niveau-{level}"))).count(), 1);
    }
}

#[tokio::test]
async fn every_response_carries_the_security_headers_and_no_server_version() {
    let app = spawn_app().await;
    for path in ["/", "/api/v1/interventions", "/bestaat-niet", "/healthz"] {
        let response = app.get(path).await;
        let headers = response.headers();
        let csp = headers["content-security-policy"].to_str().unwrap();
        assert!(
            csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"),
            "{path}"
        );
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("form-action 'self'"));
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(headers.contains_key("referrer-policy"));
        assert!(!headers.contains_key("server"));
    }
}
