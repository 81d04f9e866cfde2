//! Trainer mode: examples, the ledger, the comparison and the figures, through HTTP.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{sel, shown_number, spawn_app, text_of};

const ICF_PAIR: (&str, &str) = (
    "jongere-autisme-ouders-remmen-af",
    "jongere-autisme-ouders-stimuleren",
);

#[tokio::test]
async fn the_gallery_shows_at_least_eight_examples_each_with_its_advice_and_questionnaire() {
    let app = spawn_app().await;
    let (status, doc) = app.get_page("/voorbeelden").await;
    assert_eq!(status, StatusCode::OK);
    let cards: Vec<_> = doc.select(&sel(".example-card")).collect();
    assert!(cards.len() >= 8, "{} examples", cards.len());
    for card in cards {
        let links: Vec<&str> = card
            .select(&sel("a"))
            .filter_map(|a| a.value().attr("href"))
            .collect();
        let advice = links
            .iter()
            .find(|l| l.starts_with("/voorbeelden/"))
            .expect("advice link");
        let (status, advice_doc) = app.get_page(advice).await;
        assert_eq!(status, StatusCode::OK, "{advice}");
        assert!(
            advice_doc.select(&sel(".advice-card")).count() > 0,
            "{advice}"
        );
        assert!(advice_doc.select(&sel(".example-intro")).count() == 1);
        assert!(
            links
                .iter()
                .any(|l| l.starts_with("/vragenlijst?voorbeeld="))
        );
    }
}

#[tokio::test]
async fn every_ledger_of_an_examples_reasoning_adds_up_to_its_score() {
    let app = spawn_app().await;
    let (_, gallery) = app.get_page("/voorbeelden").await;
    let mut checked = 0;
    for link in gallery.select(&sel(".example-card a[href^='/voorbeelden/']")) {
        let href = link.value().attr("href").unwrap();
        let (status, doc) = app.get_page(&format!("{href}/onderbouwing")).await;
        assert_eq!(status, StatusCode::OK, "{href}");
        for ledger in doc.select(&sel("table.ledger")) {
            let sum: f64 = ledger
                .select(&sel("tbody td:nth-child(2)"))
                .map(|td| shown_number(&text_of(td)))
                .sum();
            let total = shown_number(&text_of(
                ledger.select(&sel("tfoot td:nth-child(2)")).next().unwrap(),
            ));
            assert!((sum - total).abs() < 1e-9, "{sum} != {total}");
            checked += 1;
        }
    }
    assert!(checked > 20);
}

#[tokio::test]
async fn the_questionnaire_opens_prefilled_from_an_example() {
    let app = spawn_app().await;
    let (_, doc) = app
        .get_page(&format!("/vragenlijst?voorbeeld={}", ICF_PAIR.1))
        .await;
    assert!(
        doc.select(&sel("#field-disorder option[value=autism][selected]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#work_wish-paid_work_now[checked]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#self_efficacy-high[checked]"))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn the_icf_pair_gets_different_advice_and_the_comparison_names_the_answers_that_caused_it() {
    let app = spawn_app().await;
    let (status, doc) = app
        .get_page(&format!("/vergelijk?a={}&b={}", ICF_PAIR.0, ICF_PAIR.1))
        .await;
    assert_eq!(status, StatusCode::OK);
    let changed: Vec<String> = doc
        .select(&sel(".changed-table tbody th"))
        .map(text_of)
        .collect();
    assert!(
        changed.iter().any(|q| q.contains("betaald te werken")),
        "{changed:?}"
    );
    assert!(
        changed.iter().any(|q| q.contains("Vertrouwen")),
        "{changed:?}"
    );
    assert!(
        !changed
            .iter()
            .any(|q| q.contains("Categorie van de aandoening")),
        "same diagnosis"
    );
    let rows = sel(".compare-table tbody tr");
    let moved = doc.select(&rows).filter(|r| {
        let class = r.value().attr("class").unwrap_or("");
        !class.contains("movement--same") && !class.contains("movement--none")
    });
    assert!(moved.count() >= 3);
    let first_a = doc
        .select(&sel(".compare-table tbody tr"))
        .find(|r| text_of(r.select(&sel("td")).next().unwrap()).starts_with("1 "));
    let first_b = doc.select(&sel(".compare-table tbody tr")).next().unwrap();
    assert_ne!(
        first_a.map(|r| r.value().id()),
        Some(first_b.value().id()),
        "a different intervention comes first"
    );
}

#[tokio::test]
async fn a_trainer_can_show_that_ips_falls_away_without_a_wish_for_paid_work() {
    let app = spawn_app().await;
    let (_, doc) = app
        .get_page("/vergelijk?a=epa-fact-wil-werken&b=epa-fact-geen-werkwens")
        .await;
    let ips = doc.select(&sel("#verschil-ips")).next().expect("IPS row");
    assert!(ips.value().attr("class").unwrap().contains("movement--out"));
    let reasons: Vec<String> = ips.select(&sel(".differences li")).map(text_of).collect();
    assert!(
        reasons
            .iter()
            .any(|r| r.contains("alleen bij B") && r.contains("regulier betaald werk")),
        "{reasons:?}"
    );
}

#[tokio::test]
async fn a_posted_advice_can_be_compared_by_changing_one_answer_without_answers_in_the_url() {
    let app = spawn_app().await;
    let advice = app.post_body("/advies", "severity=epa&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now").await;
    let advice = app.follow(advice).await.text().await.unwrap();
    let doc = Html::parse_document(&advice);
    let mut fields = compare_form_fields(&doc);
    let same = app
        .client
        .post(app.url("/vergelijk"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), StatusCode::OK);
    assert_eq!(same.headers()["cache-control"], "no-store");
    let same = Html::parse_document(&same.text().await.unwrap());
    assert_eq!(same.select(&sel(".changed-table")).count(), 0);
    // The advice posts its answers once, as A, with `b=a`; B as the comparison's own form
    // posts it: A's answers with one changed.
    assert!(
        fields.iter().any(|(k, v)| k == "b" && v == "a"),
        "{fields:?}"
    );
    assert!(
        !fields.iter().any(|(k, _)| k.starts_with("b.")),
        "{fields:?}"
    );
    fields.retain(|(k, _)| k != "b");
    let b: Vec<(String, String)> = fields
        .iter()
        .filter_map(|(k, v)| k.strip_prefix("a.").map(|k| (k, v)))
        .map(|(k, v)| match k {
            "work_wish" => (format!("b.{k}"), "not_now".to_owned()),
            _ => (format!("b.{k}"), v.clone()),
        })
        .collect();
    fields.extend(b);
    let changed = app
        .client
        .post(app.url("/vergelijk"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    let changed = Html::parse_document(&changed.text().await.unwrap());
    assert_eq!(changed.select(&sel(".changed-table tbody tr")).count(), 1);
    let ips = changed.select(&sel("#verschil-ips")).next().unwrap();
    assert!(ips.value().attr("class").unwrap().contains("movement--out"));
}

#[tokio::test]
async fn an_invalid_profile_b_shows_the_comparison_form_again_with_a_message() {
    let app = spawn_app().await;
    let fields = [
        ("a.severity", "cmd"),
        ("a.work_situation", "ww"),
        ("b.work_situation", "ww"),
    ];
    let response = app
        .client
        .post(app.url("/vergelijk"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let doc = Html::parse_document(&response.text().await.unwrap());
    assert!(
        doc.select(&sel(".error-summary a[href='#b-q-severity']"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("#b-work_situation-ww[checked]"))
            .next()
            .is_some()
    );
}

#[tokio::test]
async fn the_figures_page_draws_every_figure_set_with_its_source_and_the_seed_numbers() {
    let app = spawn_app().await;
    let sets: i64 = sqlx::query_scalar("SELECT count(*) FROM figure_sets")
        .fetch_one(&app.state.db)
        .await
        .unwrap();
    assert!(sets >= 3);
    let (status, doc) = app.get_page("/cijfers").await;
    assert_eq!(status, StatusCode::OK);
    let sections: Vec<_> = doc.select(&sel("section.figure-set")).collect();
    assert_eq!(sections.len() as i64, sets);
    for s in &sections {
        assert!(s.select(&sel("svg rect.bar")).count() > 0);
        assert!(!text_of(s.select(&sel(".source")).next().unwrap()).is_empty());
    }
    let cells: Vec<String> = doc
        .select(&sel(".figures-table td.num"))
        .map(text_of)
        .collect();
    assert!(
        cells.iter().any(|c| c == "64,6"),
        "bipolar sick-leave days as in Panteia 2021, table 4"
    );
}

#[tokio::test]
async fn every_examples_advice_starts_a_comparison_of_the_same_profile_twice() {
    let app = spawn_app().await;
    let kb = crate::common::shipped_knowledge_base().await;
    for example in kb.examples() {
        let advice = app
            .get(&format!("/voorbeelden/{}", example.slug))
            .await
            .text()
            .await
            .unwrap();
        let doc = Html::parse_document(&advice);
        let fields = compare_form_fields(&doc);
        let compared = app
            .client
            .post(app.url("/vergelijk"))
            .form(&fields)
            .send()
            .await
            .unwrap();
        assert_eq!(compared.status(), StatusCode::OK, "{}", example.slug);
        let page = Html::parse_document(&compared.text().await.unwrap());
        assert_eq!(
            page.select(&sel(".changed-table")).count(),
            0,
            "{}",
            example.slug
        );
    }
}

/// The hidden fields of an advice page's form that starts a comparison.
pub(crate) fn compare_form_fields(doc: &Html) -> Vec<(String, String)> {
    let form = doc
        .select(&sel("form[method=post][action='/vergelijk']"))
        .next()
        .expect("compare form");
    form.select(&sel("input[type=hidden]"))
        .map(|i| {
            (
                i.value().attr("name").unwrap().to_owned(),
                i.value().attr("value").unwrap().to_owned(),
            )
        })
        .collect()
}
