//! The reasoning behind an advice on a page of its own (`/advies/{code}/onderbouwing`,
//! `/voorbeelden/{slug}/onderbouwing`): every ranked intervention's ledger, with its total the
//! score on the advice page; the advice's cards keep their caveats and link there.

use reqwest::StatusCode;
use scraper::{ElementRef, Html};

use interventiewijzer::db::cases;

use crate::common::{sel, shown_number, spawn_app, text_of};

const SICK_LEAVE: &str = "severity=cmd&disorder=depression&work_situation=sick_leave\
    &absence_duration=6_weeks_to_3_months&mental_health_care=in_treatment\
    &work_wish=paid_work_now&has_occupational_physician=yes\
    &barriers=fear_of_return&barriers=performance_pressure";

/// The first match of `css` in `element`, as text.
fn part(element: ElementRef<'_>, css: &str) -> String {
    text_of(
        element
            .select(&sel(css))
            .next()
            .unwrap_or_else(|| panic!("{css}")),
    )
}

/// Checks the reasoning page `reasoning` against the advice page `advice` whose cards link to
/// it at `path`: the same interventions in the same order and groups, each ledger adding up to
/// the card's score, each card's caveats the ledger's caveat lines.
fn check_against_advice(advice: &Html, reasoning: &Html, path: &str, total: &str) {
    let cards: Vec<_> = advice.select(&sel(".advice-card")).collect();
    let items: Vec<_> = reasoning.select(&sel(".reasoning-item")).collect();
    assert!(cards.len() > 3);
    assert_eq!(items.len(), cards.len(), "every ranked intervention");
    assert_eq!(
        advice.select(&sel("table.ledger")).count(),
        0,
        "no ledger on the advice"
    );
    for (card, item) in cards.iter().zip(&items) {
        let slug = card.value().id().unwrap().trim_start_matches("advies-");
        let id = format!("onderbouwing-{slug}");
        assert_eq!(item.value().id(), Some(id.as_str()), "in rank order");
        // The card's link leads to this intervention's reasoning.
        let href = card.select(&sel(".card-why a")).next().expect(slug);
        assert_eq!(
            href.value().attr("href"),
            Some(format!("{path}#{id}").as_str())
        );
        // Heading: rank, name and score as on the card; the same group.
        let heading = part(*item, "h3");
        assert!(heading.starts_with(&part(*card, ".rank")), "{heading}");
        assert!(heading.contains(&part(*card, "h3 a")), "{heading}");
        let score = part(*card, ".score strong");
        assert!(heading.ends_with(&format!(": {score}")), "{heading}");
        let tier = card
            .value()
            .classes()
            .find(|c| c.starts_with("advice-card--"));
        let group = item.parent().and_then(ElementRef::wrap).unwrap();
        assert_eq!(
            group.value().id(),
            tier.map(|t| t.replace("advice-card--", "groep-"))
                .as_deref()
        );
        // The ledger: every line with points and source; its total is the card's score.
        let ledger = item.select(&sel("table.ledger")).next().expect("ledger");
        let points: f64 = ledger
            .select(&sel("tbody td:nth-child(2)"))
            .map(|td| shown_number(&text_of(td)))
            .sum();
        let foot = ledger.select(&sel("tfoot tr")).next().unwrap();
        assert_eq!(part(foot, "th"), total);
        assert_eq!(
            part(foot, "td"),
            score,
            "{slug}: total = score on the advice"
        );
        assert!(
            (points - shown_number(&score)).abs() < 1e-9,
            "{slug}: {points}"
        );
        for source in ledger.select(&sel("tbody td:nth-child(3)")) {
            assert!(
                text_of(source).contains(" 20"),
                "{slug}: {}",
                text_of(source)
            );
        }
        // The caveats are on the card, each with its source: those of the ledger.
        let caveats: Vec<(String, String)> = ledger
            .select(&sel("tr.caveat"))
            .map(|row| (part(row, "td:first-child"), part(row, "td:nth-child(3)")))
            .collect();
        let on_card: Vec<String> = card.select(&sel(".card-caveats li")).map(text_of).collect();
        assert_eq!(on_card.len(), caveats.len(), "{slug}: {on_card:?}");
        for (shown, (line, source)) in on_card.iter().zip(&caveats) {
            assert_eq!(*shown, format!("{line} ({source})"));
        }
    }
    // The chart: one bar per intervention, above the ledgers.
    assert_eq!(reasoning.select(&sel("#scores meter")).count(), cards.len());
}

#[tokio::test]
async fn every_ranked_intervention_has_its_ledger_on_the_reasoning_page_adding_up_to_its_score() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let response = app.get(&format!("{path}/onderbouwing")).await;
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(response.headers()["cache-control"], "no-store");
    let reasoning = Html::parse_document(&response.text().await.unwrap());
    let advice = app.get_html(&path).await;
    check_against_advice(
        &advice,
        &reasoning,
        &format!("{path}/onderbouwing"),
        "Totaal",
    );
    assert_eq!(
        part(reasoning.root_element(), "h1"),
        "Onderbouwing van het advies"
    );
    let intro = part(reasoning.root_element(), ".reasoning-intro");
    assert!(
        intro.contains("de score is de som van de punten"),
        "{intro}"
    );
    // A way back, and the caveats a coach must check are marked on the card.
    assert!(
        reasoning
            .select(&sel(&format!("main a[href='{path}']")))
            .next()
            .is_some()
    );
    let marked: Vec<String> = advice
        .select(&sel(".card-caveats li strong"))
        .map(text_of)
        .collect();
    assert!(marked.iter().any(|m| m == "Let op:"), "{marked:?}");
    // Its sources: every source a ledger cites.
    let listed: Vec<String> = reasoning
        .select(&sel(".sources-list li"))
        .map(text_of)
        .collect();
    for cited in reasoning
        .select(&sel("table.ledger td:nth-child(3)"))
        .map(text_of)
    {
        for source in cited.split("; ").filter(|s| !s.is_empty()) {
            assert!(
                listed.iter().any(|l| l == source),
                "{source} not in {listed:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_reasoning_page_speaks_english_by_query_or_cookie() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let reasoning = app.get_html(&format!("{path}/onderbouwing?lang=en")).await;
    let advice = app.get_html(&format!("{path}?lang=en")).await;
    check_against_advice(
        &advice,
        &reasoning,
        &format!("{path}/onderbouwing"),
        "Total",
    );
    assert_eq!(
        part(reasoning.root_element(), "h1"),
        "Reasoning behind the advice"
    );
    assert_eq!(
        part(reasoning.root_element(), "main a[href^='/advies/']"),
        "Back to the advice"
    );
    let why = part(advice.root_element(), ".card-why a");
    let first = part(advice.root_element(), ".advice-card h3 a");
    assert_eq!(why, format!("Why rank 1? See the reasoning for {first}"));
    // The language switch stays on the reasoning page.
    let switch = reasoning.select(&sel("a.lang-switch")).next().unwrap();
    assert_eq!(
        switch.value().attr("href"),
        Some(format!("{path}/onderbouwing?lang=nl").as_str())
    );
    let cookie = app
        .client
        .get(app.url(&format!("{path}/onderbouwing")))
        .header("cookie", "lang=en")
        .send()
        .await
        .unwrap();
    let doc = Html::parse_document(&cookie.text().await.unwrap());
    assert_eq!(
        part(doc.root_element(), "h1"),
        "Reasoning behind the advice"
    );
}

#[tokio::test]
async fn an_unknown_or_deleted_case_has_no_reasoning_page_as_it_has_no_advice() {
    let app = spawn_app().await;
    for code in ["0".repeat(32), "niet-een-code".to_owned()] {
        let (advice, advice_doc) = app.get_page(&format!("/advies/{code}")).await;
        let response = app.get(&format!("/advies/{code}/onderbouwing")).await;
        assert_eq!(response.status(), StatusCode::NOT_FOUND, "{code}");
        assert_eq!(advice, StatusCode::NOT_FOUND);
        assert_eq!(response.headers()["cache-control"], "no-store");
        let doc = Html::parse_document(&response.text().await.unwrap());
        assert_eq!(
            part(doc.root_element(), "h1"),
            part(advice_doc.root_element(), "h1")
        );
        assert_eq!(doc.select(&sel("table.ledger")).count(), 0);
    }
    let path = app.store_case(SICK_LEAVE).await;
    let code = path.trim_start_matches("/advies/");
    let response = app
        .post_body(&format!("/advies/{code}/verwijderen"), "")
        .await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.get(&format!("{path}/onderbouwing")).await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn an_expired_case_or_a_changed_knowledge_base_reads_as_on_the_advice() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let reasoning = format!("{path}/onderbouwing");
    assert_eq!(
        app.get_html(&reasoning)
            .await
            .select(&sel(".kb-changed"))
            .count(),
        0
    );
    sqlx::query("UPDATE cases SET kb_version = 'older'")
        .execute(&app.state.db)
        .await
        .unwrap();
    let note = part(app.get_html(&reasoning).await.root_element(), ".kb-changed");
    assert!(note.contains("kennisbank is gewijzigd"), "{note}");
    sqlx::query("UPDATE cases SET expires_at = ?")
        .bind(cases::now() - 1)
        .execute(&app.state.db)
        .await
        .unwrap();
    let (status, doc) = app.get_page(&reasoning).await;
    assert_eq!(status, StatusCode::GONE);
    assert_eq!(doc.select(&sel("table.ledger")).count(), 0);
    // The advice's lookup: the expired case is removed, so both pages are gone for good.
    assert_eq!(app.get_page(&path).await.0, StatusCode::NOT_FOUND);
    assert_eq!(app.get_page(&reasoning).await.0, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn every_example_has_its_reasoning_page_and_its_cards_link_there() {
    let app = spawn_app().await;
    let gallery = app.get_html("/voorbeelden").await;
    let mut checked = 0;
    for link in gallery.select(&sel(".example-card a[href^='/voorbeelden/']")) {
        let path = link.value().attr("href").unwrap();
        let advice = app.get_html(path).await;
        let reasoning = app.get_html(&format!("{path}/onderbouwing")).await;
        if advice.select(&sel(".advice-card")).count() > 3 {
            check_against_advice(
                &advice,
                &reasoning,
                &format!("{path}/onderbouwing"),
                "Totaal",
            );
            checked += 1;
        }
        let title = part(advice.root_element(), "h1");
        let example = title.trim_start_matches("Advies: ");
        assert_eq!(
            part(reasoning.root_element(), "h1"),
            format!("Onderbouwing van het advies: {example}")
        );
        let current = reasoning
            .select(&sel("nav a[aria-current=page]"))
            .next()
            .unwrap();
        assert_eq!(current.value().attr("href"), Some("/voorbeelden"));
    }
    assert!(checked >= 4, "{checked} examples checked");
    let (status, _) = app.get_page("/voorbeelden/bestaat-niet/onderbouwing").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

/// The advice page says where the reasoning is and, printed, that it is the appendix.
#[tokio::test]
async fn the_advice_says_where_the_reasoning_is_and_holds_no_ledger() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let advice = app.get_html(&path).await;
    let html = advice.html();
    assert!(!html.contains("Totaal"), "no ledger total on the advice");
    let intro = part(advice.root_element(), ".advice-intro");
    assert!(
        intro.contains("staat op een eigen pagina; print die als bijlage"),
        "{intro}"
    );
    let links: Vec<&str> = advice
        .select(&sel(".advice-intro a, .actions a"))
        .filter_map(|a| a.value().attr("href"))
        .collect();
    let own = format!("{path}/onderbouwing");
    assert_eq!(links.iter().filter(|l| **l == own).count(), 2, "{links:?}");
}
