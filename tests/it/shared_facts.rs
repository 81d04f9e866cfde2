//! What every card of an advice would say alike is said once above the cards, with its
//! source, and each card points there (issue 19: a typical advice page under 40 KB).

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{TestApp, sel, spawn_app, text_of};

const SICK_LEAVE: &str = "severity=cmd&disorder=depression&work_situation=sick_leave\
    &absence_duration=6_weeks_to_3_months&mental_health_care=in_treatment\
    &work_wish=paid_work_now&has_occupational_physician=yes";

/// The stored case's advice page for `body` in `lang`.
async fn advice(app: &TestApp, body: &str, lang: &str) -> Html {
    let response = app.post_body("/advies", body).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    let (status, html) = app.get_page(&format!("{location}?lang={lang}")).await;
    assert_eq!(status, StatusCode::OK);
    html
}

#[tokio::test]
async fn the_employers_line_on_sick_leave_is_said_once_and_every_card_points_to_it() {
    let app = spawn_app().await;
    let doc = advice(&app, SICK_LEAVE, "nl").await;
    let html = doc.html();
    let line = "bij verzuim met loondoorbetaling kan de werkgever";
    assert_eq!(html.matches(line).count(), 1, "said once");
    let shared = text_of(doc.select(&sel("#voor-elke")).next().expect("said above"));
    assert!(
        shared.starts_with("Voor elke interventie hieronder"),
        "{shared}"
    );
    assert!(
        shared.contains(&format!("Wie betaalt, Werkgever: {line}")),
        "{shared}"
    );
    assert!(shared.contains("(Panteia 2021, 1.1)"), "with its source");

    let cards: Vec<_> = doc
        .select(&sel(".advice-card--strong, .advice-card--possible"))
        .collect();
    assert!(cards.len() > 3);
    for card in &cards {
        let id = card.value().id().unwrap();
        let pays = text_of(card.select(&sel(".funding")).next().expect(id));
        assert!(pays.starts_with("Wie betaalt:"), "{id}: {pays}");
        assert!(pays.contains("Werkgever (zie boven)"), "{id}: {pays}");
    }
    // The folded "Past minder" cards repeat neither the shared line nor a pointer to it.
    let weak: Vec<String> = doc
        .select(&sel(".advice-card--weak"))
        .map(text_of)
        .collect();
    assert!(!weak.is_empty());
    for card in &weak {
        assert!(!card.contains("Werkgever"), "{card}");
        assert!(card.contains("Bekijk de onderbouwing"), "{card}");
    }

    let english = advice(&app, SICK_LEAVE, "en").await;
    let w_cgt = text_of(
        english
            .select(&sel("#advies-w-cgt .funding"))
            .next()
            .unwrap(),
    );
    assert!(w_cgt.contains("Employer (see above)"), "{w_cgt}");
    let shared = text_of(english.select(&sel("#voor-elke")).next().unwrap());
    assert!(
        shared.starts_with("For every intervention below"),
        "{shared}"
    );
}

#[tokio::test]
async fn a_line_only_some_cards_have_stays_on_those_cards() {
    let app = spawn_app().await;
    // Without sick leave no funding line holds for every card: nothing is shared about who
    // pays, and IPS keeps its own lines in full.
    let body = "severity=epa&disorder=psychotic&work_situation=bijstand\
                &mental_health_care=in_treatment&work_wish=paid_work_now";
    let doc = advice(&app, body, "nl").await;
    assert!(
        doc.select(&sel("#voor-elke li strong"))
            .all(|s| !text_of(s).starts_with("Wie betaalt")),
        "nothing about who pays is shared"
    );
    let ips = text_of(doc.select(&sel("#advies-ips .funding")).next().unwrap());
    assert!(ips.contains("Gemeente: de toeleiding naar werk"), "{ips}");
    assert!(!ips.contains("zie boven"), "{ips}");
}
