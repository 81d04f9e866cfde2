//! `/vergelijk` as a trainer meets it: pickers first, two different examples by default, the
//! names kept on "Vergelijk opnieuw", and from an advice straight to the change form.

use reqwest::StatusCode;
use scraper::Html;

use crate::common::{sel, spawn_app, text_of};
use crate::trainer::compare_form_fields;

/// The value of the picked option in the picker `id`.
fn picked(doc: &Html, id: &str) -> String {
    doc.select(&sel(&format!("#{id} option[selected]")))
        .next()
        .and_then(|o| o.value().attr("value"))
        .expect("a picked example")
        .to_owned()
}

/// What the form posting to `/vergelijk` sends as it stands: hidden fields, checked inputs,
/// selected options.
fn posted_fields(form: scraper::ElementRef<'_>) -> Vec<(String, String)> {
    let attr = |e: scraper::ElementRef<'_>, a: &str| e.value().attr(a).unwrap_or("").to_owned();
    form.select(&sel("input[type=hidden], input[checked]"))
        .map(|i| (attr(i, "name"), attr(i, "value")))
        .chain(form.select(&sel("select")).filter_map(|s| {
            let o = s.select(&sel("option[selected]")).next()?;
            Some((attr(s, "name"), attr(o, "value")))
        }))
        .collect()
}

#[tokio::test]
async fn the_comparison_starts_with_two_different_examples_picked_at_the_top() {
    let app = spawn_app().await;
    let doc = app.get_html("/vergelijk").await;
    let (a, b) = (picked(&doc, "pick-a"), picked(&doc, "pick-b"));
    assert_ne!(a, b, "never a profile against itself");
    let page = doc.root_element().html();
    assert!(
        page.find("id=\"pick-a\"").unwrap() < page.find("compare-table").unwrap(),
        "the pickers come first"
    );
    // Changing B keeps both names: the form carries the examples' slugs, not free text.
    let form = doc
        .select(&sel("form[method=post][action='/vergelijk']"))
        .next()
        .unwrap();
    let names: Vec<_> = form
        .select(&sel("input[name=name_a], input[name=name_b]"))
        .map(|i| i.value().attr("value").unwrap().to_owned())
        .collect();
    assert_eq!(names, [a, b]);
    let again = app
        .client
        .post(app.url("/vergelijk"))
        .form(&posted_fields(form))
        .send()
        .await
        .unwrap();
    assert_eq!(again.status(), StatusCode::OK);
    let again = Html::parse_document(&again.text().await.unwrap());
    let title = |doc: &Html, id: &str| text_of(doc.select(&sel(id)).next().unwrap());
    assert_eq!(title(&again, "#a-title"), title(&doc, "#a-title"));
    assert_eq!(title(&again, "#b-title"), title(&doc, "#b-title"));
    assert!(!title(&again, "#b-title").contains("Ingevuld profiel"));
}

#[tokio::test]
async fn a_comparison_from_the_advice_opens_on_the_change_form_not_on_equal_rows() {
    let app = spawn_app().await;
    let advice = app
        .post_body(
            "/advies",
            "severity=epa&work_situation=bijstand&mental_health_care=in_treatment\
             &work_wish=paid_work_now",
        )
        .await;
    let doc = Html::parse_document(&app.follow(advice).await.text().await.unwrap());
    let fields = compare_form_fields(&doc);
    let same = app
        .client
        .post(app.url("/vergelijk"))
        .form(&fields)
        .send()
        .await
        .unwrap();
    assert_eq!(same.status(), StatusCode::OK);
    let same = Html::parse_document(&same.text().await.unwrap());
    assert!(same.select(&sel(".start-here")).next().is_some());
    assert_eq!(
        same.select(&sel(".compare-table")).count(),
        0,
        "no rows of '= gelijk'"
    );
    assert!(
        same.select(&sel(
            "#change-b + form input[name='b.severity'][value=epa][checked]"
        ))
        .next()
        .is_some()
    );
}
