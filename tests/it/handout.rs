//! The client handout (`/advies/{code}/client`): the top options side by side answering the
//! same questions, in plain language, Dutch and English.
//!
//! Readability measure (documented in the README): over the handout's own text (the option
//! names and the source list left out), sentences split at `.`, `?` and `!`, counted in words
//! separated by white space. B1 asks for short sentences: the average must be at most 12 words
//! and no sentence may be longer than 20. No word of [`NOT_ALLOWED`] may appear: jargon a client
//! would not know, and the professionals' codes.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{TestApp, sel, spawn_app};

/// Words a client handout must not use (see [`uses`]).
const NOT_ALLOWED: &[&str] = &[
    "dbc",
    "self-efficacy",
    "epa",
    "cmd",
    "rct",
    "supported employment",
    "e-health",
    "blended",
    "interventie",
    "intervention",
    "re-integratie",
    "reintegration",
    "re-integration",
    "participatie",
    "modelgetrouw",
    "fidelity",
    "ggz",
    "zvw",
    "evidence",
    "effectstudie",
    "arbeidstoeleiding",
    "trajectprijs",
];

async fn handout(app: &TestApp, answers: &str, lang: &str) -> Html {
    let response = app.post_body("/advies", answers).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let case = response.headers()["location"].to_str().unwrap().to_owned();
    let advice = Html::parse_document(&app.follow(response).await.text().await.unwrap());
    let link = format!("{case}/client");
    assert_eq!(
        advice.select(&sel(&format!("a[href='{link}']"))).count(),
        1,
        "the advice links to the handout"
    );
    let response = app.get(&format!("{link}?lang={lang}")).await;
    assert_eq!(response.status(), StatusCode::OK);
    Html::parse_document(&response.text().await.unwrap())
}

/// The handout's own sentences: its text without the option names and the sources.
fn sentences(doc: &Html) -> Vec<String> {
    let mut text = String::new();
    for element in doc.select(&sel(
        ".handout h1, .handout-intro, .option-grid tbody th, .option-grid td, .handout-footer",
    )) {
        let skip: Vec<String> = element
            .select(&sel(".cell-label"))
            .map(|e| e.text().collect())
            .collect();
        let mut own: String = element.text().collect();
        for name in skip {
            own = own.replacen(&name, "", 1);
        }
        text.push_str(&own);
        text.push(' ');
    }
    text.split(['.', '?', '!'])
        .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|s| s.split(' ').count() > 1 || s.chars().any(char::is_alphabetic))
        .filter(|s| !s.is_empty() && !s.chars().all(|c| c.is_ascii_digit() || c == '-'))
        .collect()
}

/// Whether `sentence` uses `word`: a phrase or hyphenated word anywhere, a short code as a whole
/// word, a longer word also with an ending ("interventies").
fn uses(sentence: &str, word: &str) -> bool {
    let lower = sentence.to_lowercase();
    if word.contains([' ', '-']) {
        return lower.contains(word);
    }
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| w == word || (word.len() >= 5 && w.starts_with(word)))
}

fn check_readability(doc: &Html, label: &str) {
    let sentences = sentences(doc);
    assert!(sentences.len() > 10, "{label}: {sentences:?}");
    let words: Vec<usize> = sentences.iter().map(|s| s.split(' ').count()).collect();
    let average = words.iter().sum::<usize>() as f64 / words.len() as f64;
    assert!(average <= 12.0, "{label}: {average:.1} words per sentence");
    for (sentence, count) in sentences.iter().zip(&words) {
        assert!(*count <= 20, "{label}: {count} words: {sentence}");
        for word in NOT_ALLOWED {
            assert!(!uses(sentence, word), "{label}: '{word}' in: {sentence}");
        }
    }
}

#[tokio::test]
async fn the_handout_sets_the_top_options_side_by_side_in_plain_language() {
    let app = spawn_app().await;
    let profiles = [
        "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&region=haaglanden",
        "severity=cmd&work_situation=sick_leave&has_occupational_physician=true",
        "severity=cmd&work_situation=back_at_work&has_occupational_physician=true",
        "severity=epa&work_situation=wajong&lacks_fitness_or_structure=true&barriers=self_stigma",
    ];
    for answers in profiles {
        for lang in ["nl", "en"] {
            let doc = handout(&app, answers, lang).await;
            let names: Vec<String> = doc
                .select(&sel(".option-grid .option-name"))
                .map(|e| e.text().collect())
                .collect();
            assert!((2..=3).contains(&names.len()), "{answers}: {names:?}");
            // Every option answers the same six questions, none left empty.
            let rows: Vec<_> = doc.select(&sel(".option-grid tbody tr")).collect();
            assert_eq!(rows.len(), 6);
            for row in rows {
                let cells: Vec<String> = row
                    .select(&sel("td"))
                    .map(|c| c.text().collect::<String>())
                    .collect();
                assert_eq!(cells.len(), names.len());
                assert!(cells.iter().all(|c| c.trim().len() > 10), "{cells:?}");
            }
            // Cited, and silent where the seeds are.
            let sources: String = doc
                .select(&sel(".handout-sources"))
                .flat_map(|e| e.text())
                .collect();
            assert!(sources.contains("20"), "{sources}");
            check_readability(&doc, &format!("{answers} ({lang})"));
        }
    }
    // The EPA client's handout: IPS first, with what the seeds say about paying for it.
    let doc = handout(&app, profiles[0], "nl").await;
    let first: String = doc
        .select(&sel(".option-name"))
        .next()
        .unwrap()
        .text()
        .collect();
    assert!(first.contains("IPS"), "{first}");
    let grid: String = doc
        .select(&sel(".option-grid"))
        .flat_map(|e| e.text())
        .collect();
    // Who pays, from the funding lines for this client (bijstand): health insurance and the
    // gemeente for IPS; the sources are silent on who pays for the other options.
    assert!(
        grid.contains("Betalen kan: de zorgverzekering en de gemeente."),
        "{grid}"
    );
    assert!(grid.contains("Onze bronnen zeggen niet wie dit betaalt."));
    assert!(grid.contains("Dat staat niet in onze bronnen"));
    let english = handout(&app, profiles[0], "en").await;
    assert_eq!(english.root_element().attr("lang"), Some("en"));
    let grid: String = english
        .select(&sel(".option-grid"))
        .flat_map(|e| e.text())
        .collect();
    assert!(
        grid.contains("It can be paid by health insurance and the municipality."),
        "{grid}"
    );
}

#[tokio::test]
async fn a_handout_of_an_unknown_case_is_a_friendly_404() {
    let app = spawn_app().await;
    let response = app
        .get("/advies/0123456789abcdef0123456789abcdef/client")
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn handout_texts_are_knowledge_base_data_exported_imported_and_validated() {
    use interventiewijzer::db::exchange::{IfChanged, export, import};
    let app = spawn_app().await;
    let db = &app.state.db;
    let mut file: serde_json::Value = serde_json::from_str(&export(db).await.unwrap()).unwrap();
    let texts = file["handout_texts"].as_array_mut().unwrap();
    assert!(texts.len() > 20, "exported with the rest");
    assert!(texts.iter().all(|t| t["field"] != "who_pays"));
    let ips_what = texts
        .iter_mut()
        .find(|t| t["intervention_slug"] == "ips" && t["field"] == "what")
        .unwrap();
    ips_what["text_nl"] = serde_json::json!("U krijgt hulp bij werk. Dit is een nieuwe tekst.");
    let version = app.state.knowledge_base().version().to_owned();
    let kb = import(db, &file.to_string(), "test", IfChanged::Refuse)
        .await
        .unwrap();
    assert_ne!(kb.version(), version, "part of the version digest");
    app.state.replace_knowledge_base(kb);
    let profile = "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now";
    let doc = handout(&app, profile, "nl").await;
    let grid: String = doc
        .select(&sel(".option-grid"))
        .flat_map(|e| e.text())
        .collect();
    assert!(grid.contains("Dit is een nieuwe tekst."), "{grid}");
    // Validated when the knowledge base is built: nothing changes.
    for (field, value) in [
        ("field", serde_json::json!("who_pays")),
        ("source", serde_json::json!("Onbekend 2020, 1.1")),
        ("text_en", serde_json::json!("x".repeat(401))),
        ("intervention_slug", serde_json::json!("geen-interventie")),
    ] {
        let mut bad = file.clone();
        bad["handout_texts"][0][field] = value;
        let error = import(db, &bad.to_string(), "test", IfChanged::Refuse)
            .await
            .unwrap_err();
        assert!(
            error.to_string().contains("handout text"),
            "{field}: {error}"
        );
    }
}

/// The handout shows the client only options that fit and that the sources describe for their
/// group: an employee on sick leave, for whom BW-IVB ranks "Past mogelijk" despite being
/// described for people without work, does not find it there (nor IPS, which the advice
/// excludes for an employee on sick leave, so no "Eerst zoekt u een baan").
#[tokio::test]
async fn the_handout_leaves_out_options_described_for_another_group() {
    let app = spawn_app().await;
    let answers = "severity=cmd&disorder=depression&work_situation=sick_leave\
                   &absence_duration=3_to_12_months&mental_health_care=in_treatment\
                   &work_wish=paid_work_now&has_occupational_physician=yes";
    let advice: serde_json::Value = app
        .recommend(
            &serde_json::json!({"severity": "cmd", "disorder": "depression",
            "work_situation": "sick_leave", "absence_duration": "3_to_12_months",
            "mental_health_care": "in_treatment", "work_wish": "paid_work_now",
            "has_occupational_physician": "yes"}),
        )
        .await
        .json()
        .await
        .unwrap();
    let top3: Vec<&str> = advice["recommendations"].as_array().unwrap()[..3]
        .iter()
        .map(|r| r["slug"].as_str().unwrap())
        .collect();
    assert!(
        top3.contains(&"bw-ivb"),
        "BW-IVB in the advice's top three: {top3:?}"
    );
    let doc = handout(&app, answers, "nl").await;
    let names: Vec<String> = doc
        .select(&sel(".option-grid .option-name"))
        .map(|e| e.text().collect())
        .collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| !n.contains("IPS")), "{names:?}");
    assert!(names.iter().all(|n| !n.contains("BW-IVB")), "{names:?}");
    assert!(!doc.html().contains("Eerst zoekt u een baan"));
}
