//! Tiers and the tie-break through HTTP: the JSON `tier`, the advice page's groups and the
//! explanation on /uitleg (issue 14).

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{sel, spawn_app, text_of};

#[tokio::test]
async fn every_recommendation_has_a_tier_that_never_rises_and_zero_or_less_is_weak() {
    let app = spawn_app().await;
    let body = json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
                      "mental_health_care": "in_treatment", "work_wish": "paid_work_now"});
    let advice: Value = app.recommend(&body).await.json().await.unwrap();
    let recs = advice["recommendations"].as_array().unwrap();
    let rank = |t: &str| {
        ["strong", "possible", "weak"]
            .iter()
            .position(|x| *x == t)
            .unwrap()
    };
    assert_eq!(recs[0]["slug"], "ips");
    assert_eq!(recs[0]["tier"], "strong");
    let mut last = 0;
    for r in recs {
        let tier = rank(r["tier"].as_str().unwrap());
        assert!(tier >= last, "tiers never rise: {r}");
        last = tier;
        assert_eq!(
            r["score"].as_f64().unwrap() <= 0.0,
            r["tier"] == "weak",
            "{r}"
        );
    }
    assert!(recs.iter().any(|r| r["tier"] == "weak"), "some fit less");
}

#[tokio::test]
async fn the_advice_page_groups_the_cards_by_tier_with_the_weak_ones_folded() {
    let app = spawn_app().await;
    let response = app.post_body("/advies", "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now").await;
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let strong = doc
        .select(&sel("details#groep-strong[open]"))
        .next()
        .expect("strong, open");
    assert!(strong.select(&sel("#advies-ips")).next().is_some());
    let summary: String = strong
        .select(&sel("summary"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(summary.starts_with("Past goed"), "{summary}");
    let weak = doc
        .select(&sel("details#groep-weak"))
        .next()
        .expect("a weak group");
    assert!(weak.value().attr("open").is_none(), "folded");
    let summary: String = weak
        .select(&sel("summary"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(summary.starts_with("Past minder"), "{summary}");
}

#[tokio::test]
async fn the_explanation_names_the_tier_thresholds_and_the_caution_tie_break() {
    let app = spawn_app().await;
    let html = app.get("/uitleg").await.text().await.unwrap();
    let doc = Html::parse_document(&html);
    let text: String = doc.select(&sel("main")).flat_map(|m| m.text()).collect();
    assert!(
        text.contains("minstens 4 punten") && text.contains("75%"),
        "thresholds"
    );
    assert!(text.contains("zonder aandachtspunt"), "tie-break");
    assert!(text.contains("score van 0 of lager"));
}

/// The advice page of the EPA profile in `lang` (with a region, so providers are looked up).
async fn epa_advice(lang: &str) -> Html {
    let app = spawn_app().await;
    let response = app
        .client
        .post(app.url("/advies"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&region=groot-amsterdam")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let response = app
        .client
        .get(app.url(&format!("{location}?lang={lang}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    Html::parse_document(&response.text().await.unwrap())
}

#[tokio::test]
async fn the_advice_at_a_glance_summary_route_plan_then_cards_with_the_five_facts_but_the_weak() {
    let doc = epa_advice("nl").await;
    let html = doc.html();
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle}"));
    assert!(at("id=\"samenvatting\"") < at("id=\"route\""));
    assert!(at("id=\"route\"") < at("id=\"plan\""));
    assert!(at("id=\"plan\"") < at("id=\"recommended-title\""));
    // The intro sentence sits right above the groups of cards it introduces.
    let intro = doc
        .select(&sel("section.recommended > p.advice-intro"))
        .next()
        .expect("intro");
    assert!(text_of(intro).starts_with("De interventies die passen"));
    // Then what every card shares (said once), then the groups.
    let mut next = intro.next_siblings().filter_map(scraper::ElementRef::wrap);
    assert_eq!(next.next().unwrap().value().id(), Some("voor-elke"));
    assert_eq!(next.next().unwrap().value().id(), Some("groep-strong"));
    assert!(
        doc.select(&sel("details#groep-possible[open]"))
            .next()
            .is_some()
    );
    assert!(
        doc.select(&sel("details#groep-excluded:not([open])"))
            .next()
            .is_some()
    );
    // The chart is on the reasoning page, and the intro and the page's top link there.
    assert!(!html.contains("id=\"scores\""));
    let reasoning = |css: &str| {
        doc.select(&sel(css)).any(|a| {
            a.value()
                .attr("href")
                .is_some_and(|h| h.ends_with("/onderbouwing"))
        })
    };
    assert!(reasoning(".advice-intro a"), "the intro says where");
    assert!(reasoning(".actions a"), "the top says where");

    let cards: Vec<_> = doc.select(&sel(".advice-card")).collect();
    assert!(cards.len() > 3);
    let facts = [
        ".card-fact--what",
        ".card-fact--how-long",
        ".card-fact--delivered-by",
        ".funding",
        ".next-step",
    ];
    let weak: Vec<_> = doc.select(&sel("#groep-weak .advice-card")).collect();
    assert!(!weak.is_empty(), "the profile has cards that fit less");
    for card in &cards {
        let id = card.value().id().unwrap();
        let link = card.select(&sel("h3 a")).next().expect("name");
        assert_eq!(
            link.value().attr("href"),
            Some(format!("/interventies/{}", id.trim_start_matches("advies-")).as_str())
        );
        for part in [".rank", ".evidence", ".score"] {
            assert!(card.select(&sel(part)).next().is_some(), "{id}: {part}");
        }
        if weak.contains(card) {
            // "Past minder": why it ranks low, not the facts (on the intervention's page).
            for fact in facts {
                assert!(card.select(&sel(fact)).next().is_none(), "{id}: {fact}");
            }
        }
        for fact in facts.iter().filter(|_| !weak.contains(card)) {
            let found = card
                .select(&sel(fact))
                .next()
                .unwrap_or_else(|| panic!("{id}: {fact}"));
            assert!(
                text_of(found).len() > 20,
                "{id}: {fact}: {}",
                text_of(found)
            );
        }
        // The ledger is on the reasoning page; the card says its rank and links there.
        assert!(
            card.select(&sel(".ledger, details")).next().is_none(),
            "{id}"
        );
        let why = card
            .select(&sel(".card-why a"))
            .next()
            .expect("reasoning link");
        let rank = text_of(card.select(&sel(".rank")).next().unwrap());
        let rank = rank.trim_start_matches("Plaats ");
        let name = text_of(link);
        assert_eq!(
            text_of(why),
            format!("Waarom plaats {rank}? Bekijk de onderbouwing van {name}")
        );
        let href = why.value().attr("href").unwrap();
        assert!(
            href.ends_with(&format!(
                "/onderbouwing#onderbouwing-{}",
                id.trim_start_matches("advies-")
            )),
            "{href}"
        );
    }
    // IPS is in step 2 of the plan: its next step points there; a card outside the plan gets
    // the generic step.
    let ips_next = doc
        .select(&sel("#advies-ips .next-step a"))
        .next()
        .expect("plan link");
    let step = ips_next.value().attr("href").unwrap();
    assert!(
        doc.select(&sel(&format!("#plan li{step}")))
            .next()
            .is_some(),
        "{step}"
    );
    assert!(
        text_of(ips_next).starts_with("Stap 2 van het plan"),
        "{}",
        text_of(ips_next)
    );
    // The generic step is said once above the cards; a card outside the plan points there in
    // a few words.
    let shared = text_of(
        doc.select(&sel("#voor-elke #volgende-stap"))
            .next()
            .unwrap(),
    );
    assert!(
        shared.contains("): Bespreek met de cliënt of dit past. De sociale kaart kent"),
        "{shared}"
    );
    let irb = text_of(doc.select(&sel("#advies-irb .next-step")).next().unwrap());
    assert!(
        irb.starts_with(
            "Volgende stap: bespreken, dan met de financier een aanbieder zoeken (zie boven)"
        ),
        "{irb}"
    );
    assert_eq!(
        html.matches("Bespreek met de cliënt of dit past.").count(),
        1,
        "once above the cards"
    );
    // "Past minder" says where the facts are.
    let weak_intro = text_of(doc.select(&sel("#groep-weak .tier__intro")).next().unwrap());
    assert!(weak_intro.contains("op haar eigen pagina"), "{weak_intro}");
    // Counts carry their label.
    let strong = text_of(doc.select(&sel("#groep-strong > summary")).next().unwrap());
    assert!(strong.ends_with("(1 interventie)"), "{strong}");

    let english = epa_advice("en").await;
    let why = text_of(
        english
            .select(&sel("#advies-ips .card-why a"))
            .next()
            .unwrap(),
    );
    assert_eq!(
        why,
        "Why rank 1? See the reasoning for Individual Placement and Support (IPS)"
    );
}

#[tokio::test]
async fn a_cards_funding_line_names_its_payer_once() {
    let app = spawn_app().await;
    let body = "severity=epa&disorder=psychotic&work_situation=bijstand\
                &mental_health_care=in_treatment&work_wish=paid_work_now";
    let response = app.follow(app.post_body("/advies", body).await).await;
    assert_eq!(response.status(), StatusCode::OK);
    let doc = Html::parse_document(&response.text().await.unwrap());
    let lines: Vec<String> = doc
        .select(&sel("#advies-ips .funding-lines li"))
        .map(text_of)
        .collect();
    let zvw = lines
        .iter()
        .find(|l| l.starts_with("Zorgverzekering (Zvw):"))
        .expect("IPS names the health insurance for a client in treatment");
    assert!(
        zvw.starts_with("Zorgverzekering (Zvw): de eerste gesprekken"),
        "{zvw}"
    );
    for line in &lines {
        let payer = line.split(':').next().unwrap();
        assert_eq!(line.matches(&format!("{payer}:")).count(), 1, "{line}");
    }
}

/// The page's list of sources names every source the page cites: the ledgers, the funding
/// lines, the plan, the route and the excluded interventions (before, it named only the
/// ledgers' sources, and left out, for example, the route's Panteia 2021, 1.1).
#[tokio::test]
async fn the_sources_list_names_every_source_the_advice_cites() {
    let app = spawn_app().await;
    let body = "severity=cmd&disorder=depression&work_situation=sick_leave\
                &absence_duration=3_to_12_months&mental_health_care=in_treatment\
                &work_wish=paid_work_now&has_occupational_physician=yes&region=groot-amsterdam";
    let response = app.follow(app.post_body("/advies", body).await).await;
    let doc = Html::parse_document(&response.text().await.unwrap());
    let listed: Vec<String> = doc.select(&sel(".sources-list li")).map(text_of).collect();
    let cited: Vec<String> = doc
        .select(&sel("main .source"))
        .filter(|e| {
            !e.ancestors()
                .filter_map(scraper::ElementRef::wrap)
                .any(|a| a.value().classes().any(|c| c == "providers"))
        })
        .map(text_of)
        .collect();
    assert!(cited.len() > 10, "{cited:?}");
    for citation in &cited {
        // One pair of brackets around a citation (its own may end in one: "(tabel 7)").
        let bare = citation
            .strip_prefix('(')
            .and_then(|c| c.strip_suffix(')'))
            .unwrap_or(citation);
        for source in bare.split("; ") {
            assert!(
                listed.iter().any(|l| l == source),
                "'{source}' not in {listed:?}"
            );
        }
    }
    assert!(
        listed.iter().any(|l| l == "Panteia 2021, 1.1"),
        "{listed:?}"
    );
}
