//! The questionnaire as a new user meets it: parts with progress, a time estimate, short plain
//! hints with more behind "Meer uitleg", and no preselected answer that changes a point.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{sel, spawn_app, text_of, texts};

#[tokio::test]
async fn the_questionnaire_has_parts_with_progress_a_time_estimate_and_short_plain_hints() {
    let app = spawn_app().await;
    let doc = app.get_html("/vragenlijst").await;
    let estimate = texts(&doc, ".time-estimate");
    assert!(estimate[0].contains("minuten"), "{estimate:?}");
    let progress = texts(
        &doc,
        "form.questionnaire > fieldset > legend .form-progress",
    );
    let parts = progress.len();
    assert!(parts >= 4, "{progress:?}");
    for (i, p) in progress.iter().enumerate() {
        assert_eq!(p, &format!("Deel {} van {parts}:", i + 1));
    }
    // Hints are short; more sits behind "Meer uitleg".
    let folded = texts(&doc, ".more-help p.hint");
    for hint in texts(&doc, "p.hint") {
        assert!(
            folded.contains(&hint) || hint.split_whitespace().count() <= 25,
            "{hint}"
        );
    }
    let summaries = texts(&doc, "details.more-help > summary");
    assert!(summaries.len() >= 2, "{summaries:?}");
    assert_eq!(summaries[0], "Meer uitleg");
    // Plain Dutch in the questions and hints (intervention names are names, kept as they are).
    let page = texts(&doc, "p.hint, legend, .question > label.utrecht-form-label").join(" ");
    for jargon in ["self-efficacy", "Zelfeffectiviteit", "DBC", "blended"] {
        assert!(!page.contains(jargon), "{jargon}");
    }
    assert!(page.to_lowercase().contains("vertrouwen in eigen kunnen"));
}

/// Every default a fresh form sends: checked inputs and selected options with a value.
fn defaults(doc: &Html) -> Vec<(String, String)> {
    let attr = |e: scraper::ElementRef<'_>, a: &str| e.value().attr(a).unwrap_or("").to_owned();
    let mut defaults: Vec<(String, String)> = doc
        .select(&sel("form.questionnaire input[checked]"))
        .map(|i| (attr(i, "name"), attr(i, "value")))
        .collect();
    defaults.extend(
        doc.select(&sel("form.questionnaire select"))
            .filter_map(|s| {
                let chosen = s.select(&sel("option[selected]")).next()?;
                Some((attr(s, "name"), attr(chosen, "value")))
            }),
    );
    defaults
}

#[tokio::test]
async fn nothing_preselected_in_the_questionnaire_changes_a_point() {
    let app = spawn_app().await;
    let doc = app.get_html("/vragenlijst").await;
    let defaults = defaults(&doc);
    assert!(defaults.len() >= 5, "{defaults:?}");
    let required = "severity=cmd&work_situation=sick_leave&mental_health_care=in_treatment\
                    &work_wish=paid_work_now";
    let mut with_defaults = required.to_owned();
    for (name, value) in &defaults {
        if !value.is_empty() && !required.contains(&format!("{name}=")) {
            with_defaults.push_str(&format!("&{name}={value}"));
        }
    }
    assert!(with_defaults.len() > required.len() + 40, "{with_defaults}");
    let mut rankings = Vec::new();
    for body in [required, with_defaults.as_str()] {
        let response = app.follow(app.post_body("/advies", body).await).await;
        assert_eq!(response.status(), StatusCode::OK, "{body}");
        let page = Html::parse_document(&response.text().await.unwrap());
        let ranking: Vec<String> = page
            .select(&sel(".advice-card"))
            .map(|c| {
                let score = c.select(&sel(".score strong")).next().unwrap();
                format!("{} {}", c.value().id().unwrap_or(""), text_of(score))
            })
            .collect();
        assert!(!ranking.is_empty());
        rankings.push(ranking);
    }
    assert_eq!(
        rankings[0], rankings[1],
        "the preselected answers change no score or rank"
    );
}
