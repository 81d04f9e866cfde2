//! The reasoning page as a trainer and a printed appendix use it: the answers summed up as on
//! the advice (so that a printed appendix matches its advice), the ways to change them (a
//! case's "Antwoorden aanpassen", the comparison), the interventions that do not fit with why;
//! and on the advice page, the sources it cites itself and cards that name their intervention
//! in the link to their reasoning and introduce their caveats.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{form_fields, sel, spawn_app, text, text_of, texts};

/// A client on sick leave in a region: strong, possible and weak cards, caveats, funding, a
/// route, a plan and excluded interventions.
const SICK_LEAVE: &str = "severity=cmd&disorder=depression&work_situation=sick_leave\
    &absence_duration=3_to_12_months&mental_health_care=in_treatment\
    &work_wish=paid_work_now&has_occupational_physician=yes&region=groot-amsterdam";

/// The sources named by `css` on `doc` (brackets around a citation dropped, "A; B" as A and B,
/// empty cells left out).
fn citations(doc: &Html, css: &str) -> Vec<String> {
    texts(doc, css)
        .iter()
        .flat_map(|c| {
            let bare = c.strip_prefix('(').and_then(|b| b.strip_suffix(')'));
            let bare = bare.unwrap_or(c);
            bare.split("; ").map(str::to_owned).collect::<Vec<_>>()
        })
        .filter(|s| !s.is_empty())
        .collect()
}

#[tokio::test]
async fn a_cases_reasoning_page_sums_up_its_answers_and_lets_a_trainer_change_them() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let advice = app.get_html(&path).await;
    let reasoning = app.get_html(&format!("{path}/onderbouwing")).await;
    // The same answers as the advice lists, each with its change link.
    let answers = texts(&advice, ".answers .answers-summary :is(dt, dd)");
    assert!(answers.len() > 10, "{answers:?}");
    assert!(answers.iter().any(|a| a.contains("Groot Amsterdam")));
    assert_eq!(
        texts(&reasoning, ".answers .answers-summary :is(dt, dd)"),
        answers
    );
    assert_eq!(
        text(&reasoning, "#answers-title"),
        text(&advice, "#answers-title")
    );
    let edit = format!("{path}/wijzigen");
    let changes = reasoning
        .select(&sel(".answers a.change-one"))
        .filter_map(|a| a.value().attr("href"))
        .filter(|href| href.starts_with(&format!("{edit}#q-")))
        .count();
    assert!(changes >= 7, "{changes} change links");
    // "Antwoorden aanpassen" reopens the case's form.
    let change = reasoning
        .select(&sel(&format!(".actions a[href='{edit}']")))
        .next()
        .expect("a link to change the answers");
    assert_eq!(text_of(change), "Antwoorden aanpassen");
    assert_eq!(app.get_page(&edit).await.0, StatusCode::OK);
    // The comparison starts from the same answers as on the advice, and opens.
    let fields = form_fields(&reasoning, ".actions form[action='/vergelijk']");
    assert_eq!(
        fields,
        form_fields(&advice, ".actions form[action='/vergelijk']")
    );
    assert!(
        fields
            .iter()
            .any(|(k, v)| k == "a.region" && v == "groot-amsterdam")
    );
    let compared = app
        .client
        .post(app.url("/vergelijk"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(compared.status(), StatusCode::OK);
    // What does not fit, with every reason and source the advice lists for it.
    let excluded = texts(&advice, ".excluded-list li[id^='niet-']");
    assert!(!excluded.is_empty());
    assert_eq!(texts(&reasoning, "#niet-passend li[id^='niet-']"), excluded);
}

#[tokio::test]
async fn an_examples_reasoning_page_tells_its_story_and_compares_but_has_no_case_to_change() {
    let app = spawn_app().await;
    let gallery = app.get_html("/voorbeelden").await;
    let first = gallery
        .select(&sel(".example-card a[href^='/voorbeelden/']"))
        .next()
        .and_then(|a| a.value().attr("href"))
        .unwrap()
        .to_owned();
    let advice = app.get_html(&first).await;
    let reasoning = app.get_html(&format!("{first}/onderbouwing")).await;
    let story = text(&advice, ".example-intro");
    assert!(story.starts_with("Voorbeeld."), "{story}");
    assert_eq!(text(&reasoning, ".example-intro"), story);
    assert_eq!(
        texts(&reasoning, ".answers .answers-summary :is(dt, dd)"),
        texts(&advice, ".answers .answers-summary :is(dt, dd)")
    );
    assert_eq!(reasoning.select(&sel("a[href*='/wijzigen']")).count(), 0);
    assert_eq!(
        form_fields(&reasoning, ".actions form[action='/vergelijk']"),
        form_fields(&advice, ".actions form[action='/vergelijk']")
    );
}

/// The advice page's "Bronnen" lists what the advice page itself cites (its cards' facts,
/// caveats and funding, the plan, the route, what does not fit); a source only the ledgers cite
/// is listed on the reasoning page, not on the advice.
#[tokio::test]
async fn the_advice_lists_only_the_sources_it_cites_and_the_reasoning_the_ledgers() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let advice = app.get_html(&path).await;
    let reasoning = app.get_html(&format!("{path}/onderbouwing")).await;
    let listed = texts(&advice, ".sources-list li");
    // What the advice cites: its citations, and the sources of the facts its cards show (the
    // intervention's own page cites them beside each fact; its rules table is left out).
    let mut cited = citations(&advice, "main .source");
    for slug in advice
        .select(&sel(".advice-card h3 a"))
        .filter_map(|a| a.value().attr("href"))
    {
        cited.extend(citations(&app.get_html(slug).await, "main p > .source"));
    }
    for source in &listed {
        assert!(cited.contains(source), "'{source}' is not cited: {cited:?}");
    }
    let ledgers = citations(&reasoning, "table.ledger td:nth-child(3)");
    let only_ledgers: Vec<&String> = ledgers.iter().filter(|s| !cited.contains(s)).collect();
    assert!(!only_ledgers.is_empty(), "a source only the ledgers cite");
    let on_reasoning = texts(&reasoning, ".sources-list li");
    for source in only_ledgers {
        assert!(!listed.contains(source), "{source} listed on the advice");
        assert!(
            on_reasoning.contains(source),
            "{source} not on the reasoning"
        );
    }
    for source in citations(&reasoning, "#niet-passend .source") {
        assert!(
            on_reasoning.contains(&source),
            "{source} not on the reasoning"
        );
    }
}

/// Each card's link to its reasoning names the intervention (visually hidden) and its caveats
/// follow a visible lead-in.
#[tokio::test]
async fn a_cards_reasoning_link_names_its_intervention_and_its_caveats_have_a_lead_in() {
    let app = spawn_app().await;
    let path = app.store_case(SICK_LEAVE).await;
    let advice = app.get_html(&path).await;
    let cards: Vec<_> = advice.select(&sel(".advice-card")).collect();
    assert!(cards.len() > 3);
    let mut with_caveats = 0;
    for card in cards {
        let name = text_of(card.select(&sel("h3 a")).next().unwrap());
        let rank = text_of(card.select(&sel("h3 .rank")).next().unwrap());
        let rank = rank.trim_start_matches("Plaats ");
        let why = text_of(card.select(&sel(".card-why a")).next().unwrap());
        assert_eq!(
            why,
            format!("Waarom plaats {rank}? Bekijk de onderbouwing van {name}")
        );
        let hidden = text_of(
            card.select(&sel(".card-why a .visually-hidden"))
                .next()
                .unwrap(),
        );
        assert_eq!(hidden, format!("van {name}"));
        if let Some(list) = card.select(&sel(".card-caveats")).next() {
            with_caveats += 1;
            assert_eq!(list.value().attr("aria-label"), None);
            let lead = list
                .prev_siblings()
                .find_map(scraper::ElementRef::wrap)
                .expect("a lead-in before the caveats");
            assert_eq!(lead.value().attr("class"), Some("caveats-lead"));
            assert_eq!(text_of(lead), "Om op te letten:");
        }
    }
    assert!(with_caveats >= 2, "{with_caveats} cards with caveats");
}
