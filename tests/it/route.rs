//! Route, regie and funding (issue 13): the profile fields insurance, employment contract and
//! target group register; the route of every advice and who pays for each recommendation.

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{TestApp, sel, spawn_app, text};

async fn advice_page(app: &TestApp, body: &str, lang: &str) -> Html {
    let response = app.post_body(&format!("/advies?lang={lang}"), body).await;
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    Html::parse_document(&response.text().await.unwrap())
}

#[tokio::test]
async fn the_questionnaire_asks_the_three_route_questions_with_unknown_preselected() {
    let app = spawn_app().await;
    let doc = app.get_html("/vragenlijst").await;
    for (field, values) in [
        ("insurance", &["public", "eigenrisicodrager", "unknown"][..]),
        ("employment_contract", &["yes", "no", "unknown"][..]),
        ("target_group_register", &["yes", "no", "unknown"][..]),
    ] {
        for value in values {
            let radio = format!("input[type=radio][name={field}][value={value}]");
            assert_eq!(doc.select(&sel(&radio)).count(), 1, "{radio}");
        }
        let checked = format!("input[name={field}][checked]");
        let checked: Vec<_> = doc
            .select(&sel(&checked))
            .map(|e| e.value().attr("value").unwrap())
            .collect();
        assert_eq!(checked, ["unknown"], "{field}");
    }
    let hint = text(&doc, "#q-insurance-hint");
    assert!(
        hint.contains("Ziektewet") && hint.contains("WGA"),
        "the hint says where insurance matters: {hint}"
    );
}

#[tokio::test]
async fn the_api_accepts_the_route_fields_and_refuses_a_value_outside_the_list() {
    let app = spawn_app().await;
    let ok = app
        .recommend(
            &json!({"severity": "cmd", "work_situation": "wga", "insurance":
            "eigenrisicodrager", "employment_contract": "no", "target_group_register": "yes"}),
        )
        .await;
    assert_eq!(ok.status(), StatusCode::OK);
    for (field, bad) in [
        ("insurance", json!("private")),
        ("employment_contract", json!("maybe")),
        ("target_group_register", json!(2)),
    ] {
        let mut body = json!({"severity": "cmd", "work_situation": "wga"});
        body[field] = bad;
        let response = app.recommend(&body).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{field}"
        );
        let error: Value = response.json().await.unwrap();
        assert_eq!(error["field"], field);
    }
}

#[tokio::test]
async fn the_answers_on_the_advice_page_name_the_insurance() {
    let app = spawn_app().await;
    let doc = advice_page(
        &app,
        "severity=cmd&work_situation=sickness_benefit&insurance=eigenrisicodrager",
        "nl",
    )
    .await;
    let body = text(&doc, "main");
    assert!(body.contains("Eigenrisicodrager (vaak met een private verzekeraar)"));
}

async fn advice(app: &TestApp, profile: Value) -> Value {
    let response = app.recommend(&profile).await;
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

async fn advice_en(app: &TestApp, profile: &Value) -> Value {
    let response = app
        .client
        .post(app.url("/api/v1/recommendations"))
        .header("Accept-Language", "en")
        .json(profile)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    response.json().await.unwrap()
}

fn codes(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|l| l["code"].as_str().unwrap())
        .collect()
}

fn all_text(list: &Value) -> String {
    list.as_array()
        .unwrap()
        .iter()
        .map(|l| l["text"].as_str().unwrap())
        .collect::<Vec<_>>()
        .join(" | ")
}

#[tokio::test]
async fn the_responsible_party_follows_the_work_situation_and_the_insurance() {
    let app = spawn_app().await;
    for (situation, insurance, responsible, source) in [
        ("sick_leave", "unknown", "employer", "Panteia 2021, 1.1"),
        ("sick_leave", "public", "employer", "Panteia 2021, 1.1"),
        ("back_at_work", "unknown", "employer", "Panteia 2021, 1.1"),
        ("sickness_benefit", "public", "uwv", "Panteia 2021, 1.1"),
        (
            "sickness_benefit",
            "eigenrisicodrager",
            "employer_or_insurer",
            "Panteia 2021, 1.1",
        ),
        (
            "sickness_benefit",
            "unknown",
            "uwv_or_eigenrisicodrager",
            "Panteia 2021, 1.1",
        ),
        ("wga", "public", "uwv", "Panteia 2021, 1.1"),
        (
            "wga",
            "eigenrisicodrager",
            "employer_or_insurer",
            "Panteia 2021, 1.1",
        ),
        (
            "wga",
            "unknown",
            "uwv_or_eigenrisicodrager",
            "Panteia 2021, 1.1",
        ),
        ("iva", "unknown", "uwv", "Panteia 2021, 1.1"),
        ("ww", "unknown", "uwv", "Kamerbrief 2019, inleiding"),
        ("bijstand", "unknown", "gemeente", "Samenwerken 2017, 2.1"),
        ("no_benefit", "unknown", "unknown", "Panteia 2021, 1.1"),
    ] {
        let body = advice(
            &app,
            json!({"severity": "cmd", "work_situation": situation, "insurance": insurance}),
        )
        .await;
        let route = &body["route"];
        assert_eq!(
            route["responsible"]["code"], responsible,
            "{situation} x {insurance}"
        );
        assert_eq!(route["responsible"]["source"], source, "{situation}");
        assert!(route["client_duty"].is_null() || route["client_duty"]["source"].is_string());
    }
    let wajong = advice(&app, json!({"severity": "cmd", "work_situation": "wajong"})).await;
    assert_eq!(wajong["route"]["responsible"]["code"], "uwv");
    assert!(
        wajong["route"]["responsible"]["source"]
            .as_str()
            .unwrap()
            .starts_with("Kamerbrief 2019")
    );
    let none = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "no_benefit"}),
    )
    .await;
    assert!(
        none["route"]["responsible"]["text"]
            .as_str()
            .unwrap()
            .contains("de bronnen beschrijven niet"),
        "where the seeds are silent the text says so"
    );
}

#[tokio::test]
async fn who_is_involved_depends_on_the_insurance_and_ggz_and_gp_have_no_formal_role() {
    let app = spawn_app().await;
    let public_zw = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sickness_benefit", "insurance": "public"}),
    )
    .await;
    let involve = codes(&public_zw["route"]["involve"]);
    assert!(
        involve.contains(&"uwv_reintegration_counsellor"),
        "{involve:?}"
    );
    assert!(involve.contains(&"labour_expert"));
    assert!(
        !involve.contains(&"uwv_intensive_services_adviser"),
        "ZW only"
    );
    assert!(!involve.contains(&"insurer_professionals"));
    assert!(involve.contains(&"mental_health_care") && involve.contains(&"general_practitioner"));
    assert!(all_text(&public_zw["route"]["involve"]).contains("formeel geen directe rol"));

    let erd_wga = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "wga", "insurance": "eigenrisicodrager"}),
    )
    .await;
    let involve = codes(&erd_wga["route"]["involve"]);
    assert!(involve.contains(&"insurer_professionals"), "{involve:?}");
    assert!(!involve.contains(&"uwv_intensive_services_adviser"));
    assert!(!involve.contains(&"uwv_reintegration_counsellor"));

    let public_wga = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "wga", "insurance": "public"}),
    )
    .await;
    let involve = codes(&public_wga["route"]["involve"]);
    assert!(
        involve.contains(&"uwv_intensive_services_adviser"),
        "WIA only"
    );
    assert!(!involve.contains(&"uwv_reintegration_counsellor"));

    let sick = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave"}),
    )
    .await;
    let involve = codes(&sick["route"]["involve"]);
    assert!(involve.contains(&"occupational_physician"), "{involve:?}");
    assert!(all_text(&sick["route"]["involve"]).contains("casemanager"));
    assert!(
        sick["route"]["client_duty"]["text"]
            .as_str()
            .unwrap()
            .contains("Wet verbetering poortwachter")
    );
}

#[tokio::test]
async fn unknown_insurance_asks_to_check_it_and_consent_is_always_on_the_list() {
    let app = spawn_app().await;
    let unknown = advice(&app, json!({"severity": "cmd", "work_situation": "wga"})).await;
    let checks = all_text(&unknown["route"]["to_check"]);
    assert!(checks.contains("eigenrisicodrager"), "{checks}");
    assert!(checks.contains("toestemming"), "consent: {checks}");
    let known = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "wga", "insurance": "public",
               "employment_contract": "no", "target_group_register": "no"}),
    )
    .await;
    let checks = all_text(&known["route"]["to_check"]);
    assert!(!checks.contains("eigenrisicodrager is"), "{checks}");
    assert!(checks.contains("toestemming"));
    for line in known["route"]["to_check"].as_array().unwrap() {
        assert!(
            line["source"]
                .as_str()
                .unwrap()
                .starts_with("Samenwerken 2017")
        );
    }
}

fn funding_of<'a>(body: &'a Value, slug: &str) -> &'a Value {
    &body["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .unwrap_or_else(|| panic!("{slug} is recommended"))["funding"]
}

#[tokio::test]
async fn ips_funding_names_the_zvw_the_participation_domain_and_the_past_uwv_subsidy() {
    let app = spawn_app().await;
    let profile = json!({"severity": "epa", "work_situation": "wga", "insurance": "public",
        "mental_health_care": "in_treatment", "work_wish": "paid_work_now"});
    let body = advice(&app, profile.clone()).await;
    let funding = funding_of(&body, "ips").as_array().unwrap();
    let payers: Vec<&str> = funding
        .iter()
        .map(|l| l["payer"].as_str().unwrap())
        .collect();
    assert!(
        payers.contains(&"zvw") && payers.contains(&"uwv"),
        "{payers:?}"
    );
    assert!(!payers.contains(&"gemeente") && !payers.contains(&"insurer"));
    let subsidy = funding
        .iter()
        .find(|l| l["period"] == "2017-2021")
        .expect("the UWV subsidy with its period");
    let text = subsidy["text"].as_str().unwrap();
    assert!(
        text.contains("Regeling volgens de bron: 2017-2021") && text.contains("voorbij"),
        "a past period is labelled as such: {text}"
    );
    assert!(!text.contains("subsidieert"), "never in the present tense");
    assert!(
        funding
            .iter()
            .all(|l| !l["source"].as_str().unwrap().is_empty())
    );

    let english = advice_en(&app, &profile).await;
    let en = funding_of(&english, "ips").as_array().unwrap();
    assert_eq!(en.len(), funding.len());
    for (nl, en) in funding.iter().zip(en) {
        assert_ne!(nl["text"], en["text"], "English differs from Dutch");
        assert_eq!(nl["source"], en["source"]);
    }
    assert_ne!(
        body["route"]["responsible"]["text"],
        english["route"]["responsible"]["text"]
    );

    let bijstand = advice(
        &app,
        json!({"severity": "epa", "work_situation": "bijstand",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now"}),
    )
    .await;
    let payers: Vec<&str> = funding_of(&bijstand, "ips")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["payer"].as_str().unwrap())
        .collect();
    assert!(
        payers.contains(&"gemeente") && !payers.contains(&"uwv"),
        "{payers:?}"
    );
}

#[tokio::test]
async fn every_recommendation_says_who_pays_and_silence_is_payer_unknown() {
    let app = spawn_app().await;
    let body = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "no_benefit"}),
    )
    .await;
    for r in body["recommendations"].as_array().unwrap() {
        let funding = r["funding"].as_array().unwrap();
        assert!(!funding.is_empty(), "{}", r["slug"]);
        for line in funding {
            assert!(line["source"].as_str().is_some_and(|s| !s.is_empty()));
            assert!(line.get("period").is_some());
        }
    }
    let sick = advice(
        &app,
        json!({"severity": "cmd", "work_situation": "sick_leave"}),
    )
    .await;
    let payers: Vec<&str> = funding_of(&sick, "w-cgt")
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["payer"].as_str().unwrap())
        .collect();
    assert_eq!(payers, ["unknown", "employer"]);
    let wcgt = &funding_of(&sick, "w-cgt")[0];
    assert!(
        wcgt["text"].as_str().unwrap().contains("zeggen niet"),
        "{wcgt}"
    );
}

async fn exported(app: &TestApp) -> Value {
    let json = interventiewijzer::db::exchange::export(&app.state.db)
        .await
        .unwrap();
    serde_json::from_str(&json).unwrap()
}

fn builds(snapshot: &Value) -> Result<(), String> {
    let rows = serde_json::from_value(snapshot.clone()).map_err(|e| e.to_string())?;
    interventiewijzer::db::knowledge::build(rows)
        .map(|_| ())
        .map_err(|e| e.to_string())
}

#[tokio::test]
async fn the_export_carries_route_facts_and_funding_lines_each_with_a_seed_source() {
    let app = spawn_app().await;
    let snapshot = exported(&app).await;
    let seeds = [
        "Panteia 2021",
        "Samenwerken 2017",
        "Kamerbrief 2019",
        "Trimbos 2015",
        "Factsheet 2018",
    ];
    let facts = snapshot["route_facts"].as_array().unwrap();
    let lines = snapshot["funding_lines"].as_array().unwrap();
    assert!(facts.len() >= 20 && lines.len() >= 20);
    for row in facts.iter().chain(lines) {
        let source = row["source"].as_str().unwrap();
        assert!(seeds.iter().any(|s| source.starts_with(s)), "{source}");
        assert_ne!(row["text_nl"], row["text_en"]);
    }
    for intervention in snapshot["interventions"].as_array().unwrap() {
        let slug = &intervention["slug"];
        assert!(
            lines
                .iter()
                .any(|l| &l["intervention_slug"] == slug && l["condition"] == ""),
            "{slug} has a funding line for every profile"
        );
    }
    assert!(builds(&snapshot).is_ok());
}

#[tokio::test]
async fn a_knowledge_base_with_a_gap_or_a_bad_line_in_its_route_is_refused() {
    let app = spawn_app().await;
    let snapshot = exported(&app).await;
    let mut bad_period = snapshot.clone();
    bad_period["funding_lines"][5]["period"] = json!("2021-2017");
    assert!(builds(&bad_period).unwrap_err().contains("YYYY-YYYY"));
    let mut bad_source = snapshot.clone();
    bad_source["funding_lines"][0]["source"] = json!("Wikipedia");
    assert!(builds(&bad_source).unwrap_err().contains("no known source"));
    let mut bad_payer = snapshot.clone();
    bad_payer["funding_lines"][0]["payer"] = json!("bank");
    assert!(builds(&bad_payer).unwrap_err().contains("payer"));
    let mut gap = snapshot.clone();
    gap["route_facts"]
        .as_array_mut()
        .unwrap()
        .retain(|f| f["condition"] != "work_situation=bijstand");
    let error = builds(&gap).unwrap_err();
    assert!(error.contains("work_situation=bijstand"), "{error}");
    let mut bad_condition = snapshot.clone();
    bad_condition["route_facts"][0]["condition"] = json!("work_situation=ziek");
    assert!(builds(&bad_condition).unwrap_err().contains("ziek"));
}

#[tokio::test]
async fn the_advice_page_shows_the_route_near_the_top_and_who_pays_on_every_card() {
    let app = spawn_app().await;
    let body =
        "severity=epa&work_situation=wga&mental_health_care=in_treatment&work_wish=paid_work_now";
    let doc = advice_page(&app, body, "nl").await;
    let ids: Vec<&str> = doc
        .select(&sel("main section[id], main section h2[id]"))
        .filter_map(|e| e.value().attr("id"))
        .collect();
    let route_at = ids.iter().position(|i| *i == "route").expect("#route");
    let cards_at = ids.iter().position(|i| *i == "recommended-title").unwrap();
    assert!(
        route_at < cards_at,
        "the route comes before the cards: {ids:?}"
    );
    assert_eq!(
        doc.select(&sel("#route .route-responsible"))
            .next()
            .unwrap()
            .value()
            .attr("data-code"),
        Some("uwv_or_eigenrisicodrager")
    );
    assert!(text(&doc, "#route .route-check").contains("eigenrisicodrager"));
    // Every card that shows its facts says who pays ("Past minder" cards show why they rank
    // low; their facts are on the intervention's page).
    let cards = doc
        .select(&sel(".advice-card--strong, .advice-card--possible"))
        .count();
    assert!(cards > 0);
    assert_eq!(
        doc.select(&sel(
            ".advice-card--strong .funding, .advice-card--possible .funding"
        ))
        .count(),
        cards
    );
    let ips = text(&doc, "#advies-ips .funding");
    assert!(ips.starts_with("Wie betaalt"), "{ips}");
    assert!(ips.contains("Regeling volgens de bron: 2017-2021"), "{ips}");

    let english = advice_page(&app, body, "en").await;
    assert!(text(&english, "#advies-ips .funding").starts_with("Who pays"));
    assert_ne!(text(&english, "#route"), text(&doc, "#route"));
}

#[tokio::test]
async fn the_explanation_prints_the_regie_table_from_the_knowledge_base() {
    let app = spawn_app().await;
    let doc = app.get_html("/uitleg").await;
    let rows: Vec<String> = doc
        .select(&sel(".regie-table tbody tr"))
        .map(|r| r.text().collect::<String>())
        .collect();
    assert_eq!(rows.len(), 9, "one row per work situation");
    let wga = rows.iter().find(|r| r.contains("WGA-uitkering")).unwrap();
    assert!(
        wga.contains("UWV") && wga.contains("eigenrisicodrager"),
        "{wga}"
    );
    assert!(wga.contains("Panteia 2021, 1.1"));
    let no_benefit = rows
        .iter()
        .find(|r| r.contains("Geen werk en geen uitkering"))
        .unwrap();
    assert!(no_benefit.contains("bronnen beschrijven dit niet"));
}

#[tokio::test]
async fn compare_shows_how_the_route_differs_and_examples_show_the_route() {
    let app = spawn_app().await;
    let response = app.post_body("/vergelijk", "a.severity=cmd&a.work_situation=wga&a.insurance=public&b.severity=cmd&b.work_situation=wga&b.insurance=eigenrisicodrager").await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let diff = text(&doc, ".route-diff-table");
    assert!(
        diff.contains("UWV") && diff.contains("private verzekeraar"),
        "{diff}"
    );

    let example = app.get_html("/voorbeelden/wga-schaamte-zelfstigma").await;
    assert_eq!(
        example
            .select(&sel("#route .route-responsible"))
            .next()
            .unwrap()
            .value()
            .attr("data-code"),
        Some("uwv"),
        "the example's benefit comes from UWV"
    );
}
