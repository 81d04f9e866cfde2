//! Three plan and ranking problems a re-integration professional found, as a coach sees them:
//! IPS offered to an employee on sick leave (migration 0057), SHARP-at-work planned while listed
//! as not fitting (0058 and the exclusion's "for later" link), and a plan step naming an
//! intervention that fits less (`domain::plan`); and, from the review of those fixes, the GGZ
//! first step promising IPS to an employee (0061) and a step for now naming an intervention
//! excluded now.

use reqwest::StatusCode;
use scraper::Html;
use serde_json::{Value, json};

use crate::common::{TestApp, sel, spawn_app, text_of};

/// The questionnaire of benches/http-profile-cmd-sick-leave.form: a CMD employee on sick leave.
const CMD_SICK_LEAVE: &str = "severity=cmd&work_situation=sick_leave&disorder=depression&absence_duration=6_weeks_to_3_months&mental_health_care=in_treatment&work_wish=paid_work_now&has_occupational_physician=true&barriers=fear_of_return&barriers=performance_pressure";
/// The questionnaire of benches/http-profile.form: an EPA client on bijstand in treatment.
const EPA_BIJSTAND: &str = "severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&barriers=self_stigma&barriers=financial_disincentives";

/// The advice page of a questionnaire posted to /advies, in `lang`.
async fn page(app: &TestApp, form: &str, lang: &str) -> Html {
    let response = app.post_body(&format!("/advies?lang={lang}"), form).await;
    assert_eq!(response.status(), StatusCode::SEE_OTHER);
    let response = app.follow(response).await;
    assert_eq!(response.status(), StatusCode::OK);
    Html::parse_document(&response.text().await.unwrap())
}

async fn advice(app: &TestApp, body: Value) -> Value {
    let response = app.recommend(&body).await;
    assert_eq!(response.status(), StatusCode::OK, "{body}");
    response.json().await.unwrap()
}

fn cmd_sick_leave_json() -> Value {
    json!({"severity": "cmd", "work_situation": "sick_leave", "disorder": "depression",
           "absence_duration": "6_weeks_to_3_months", "mental_health_care": "in_treatment",
           "work_wish": "paid_work_now", "has_occupational_physician": "yes",
           "barriers": ["fear_of_return", "performance_pressure"]})
}

/// The plan steps on a page, as their whole text.
fn plan_steps(doc: &Html) -> Vec<String> {
    doc.select(&sel("section#plan li.plan-step"))
        .map(text_of)
        .collect()
}

/// The text of the "not fitting" entry of `slug`, if the page lists it there.
fn excluded_entry(doc: &Html, slug: &str) -> Option<String> {
    doc.select(&sel(&format!(".excluded-list li#niet-{slug}")))
        .next()
        .map(text_of)
}

#[tokio::test]
async fn ips_is_not_offered_to_a_cmd_employee_on_sick_leave_nor_planned_alongside() {
    let app = spawn_app().await;
    for (lang, reason, alongside) in [
        (
            "nl",
            "Niet voor een werknemer die ziek gemeld is en nog een baan heeft",
            "Daarnaast",
        ),
        (
            "en",
            "Not for an employee on sick leave who still has a job",
            "Alongside",
        ),
    ] {
        let doc = page(&app, CMD_SICK_LEAVE, lang).await;
        assert!(
            doc.select(&sel("li#advies-ips")).next().is_none(),
            "{lang}: no IPS card"
        );
        let entry = excluded_entry(&doc, "ips").expect("IPS under not fitting");
        assert!(entry.contains(reason), "{lang}: {entry}");
        assert!(
            entry.contains("Panteia 2021, 4.1 (tabel 6), 4.2"),
            "{entry}"
        );
        for step in plan_steps(&doc) {
            assert!(!step.contains("IPS"), "{lang}: a step about IPS: {step}");
            assert!(!step.starts_with(alongside), "{lang}: {step}");
        }
    }
    let a = advice(&app, cmd_sick_leave_json()).await;
    assert!(
        a["recommendations"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["slug"] != "ips"),
        "IPS is not ranked"
    );
    assert!(
        a["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["slug"] == "ips")
    );
    assert!(
        a["plan"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["phase"] != "alongside"),
        "{}",
        a["plan"]
    );
}

#[tokio::test]
async fn ips_stays_first_with_its_step_for_an_epa_client_on_bijstand_and_fits_on_sickness_benefit()
{
    let app = spawn_app().await;
    let doc = page(&app, EPA_BIJSTAND, "nl").await;
    assert!(excluded_entry(&doc, "ips").is_none());
    let steps = plan_steps(&doc);
    assert!(
        steps
            .iter()
            .any(|s| s.starts_with("Daarnaast (Individuele Plaatsing en Steun (IPS))")),
        "{steps:?}"
    );
    let a = advice(
        &app,
        json!({"severity": "epa", "disorder": "psychotic", "work_situation": "bijstand",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now",
               "barriers": ["self_stigma", "financial_disincentives"]}),
    )
    .await;
    assert_eq!(a["recommendations"][0]["slug"], "ips");
    assert_eq!(a["recommendations"][0]["tier"], "strong");
    // The Ziektewet benefit (no employer) is named in the seeds' target group.
    let zw = advice(
        &app,
        json!({"severity": "epa", "work_situation": "sickness_benefit",
               "mental_health_care": "in_treatment", "work_wish": "paid_work_now"}),
    )
    .await;
    assert_eq!(zw["recommendations"][0]["slug"], "ips", "{zw}");
}

#[tokio::test]
async fn sharp_at_work_is_planned_for_later_and_its_exclusion_points_to_that_step() {
    let app = spawn_app().await;
    for (lang, phase, later, note) in [
        (
            "nl",
            "Bij de werkhervatting (SHARP-at-work):",
            "Voor later, niet voor nu",
            "Nu niet, wel voor later: Stap",
        ),
        (
            "en",
            "At the return to work (SHARP-at-work):",
            "For later, not for now",
            "Not now, but for later: Step",
        ),
    ] {
        let doc = page(&app, CMD_SICK_LEAVE, lang).await;
        let steps: Vec<_> = doc.select(&sel("section#plan li.plan-step")).collect();
        let step = steps
            .iter()
            .find(|s| text_of(**s).starts_with(phase))
            .unwrap_or_else(|| panic!("{lang}: a step at the return"));
        let text = text_of(*step);
        assert!(text.contains(later), "{lang}: {text}");
        let id = step.value().attr("id").unwrap();
        let entry = excluded_entry(&doc, "sharp-at-work").expect("SHARP under not fitting");
        assert!(entry.contains(note), "{lang}: {entry}");
        let link = doc
            .select(&sel(".excluded-list li#niet-sharp-at-work .later-step a"))
            .next()
            .expect("a link to the step");
        assert_eq!(link.value().attr("href"), Some(format!("#{id}").as_str()));
    }
    // Excluded and not named by any step: no "for later" line (W-CGT for someone back at work).
    let back = page(
        &app,
        "severity=cmd&work_situation=back_at_work&work_wish=paid_work_now",
        "nl",
    )
    .await;
    let entry = excluded_entry(&back, "w-cgt").expect("W-CGT under not fitting");
    assert!(!entry.contains("voor later"), "{entry}");
}

/// Makes Werk passend maken fit less for an employee (the work-situation fit becomes a caution),
/// as an administrator could, and reloads the knowledge base.
async fn werk_passend_maken_fits_less(app: &TestApp) {
    change_werk_passend_maken_for_employees(app, "caution", -1.0).await;
}

/// Gives Werk passend maken's work-situation rule another `effect` and `points`, as an
/// administrator could, and reloads the knowledge base.
async fn change_werk_passend_maken_for_employees(app: &TestApp, effect: &str, points: f64) {
    let changed = sqlx::query(
        "UPDATE rules SET effect = ?, points = ? WHERE intervention_slug = 'werk-passend-maken' AND dimension = 'work_situation'",
    )
    .bind(effect)
    .bind(points)
    .execute(&app.state.db)
    .await
    .unwrap();
    assert_eq!(changed.rows_affected(), 1);
    let kb = interventiewijzer::db::knowledge::load(&app.state.db)
        .await
        .unwrap();
    app.state.replace_knowledge_base(kb);
}

/// The alternative-work step (plan rule 3, Panteia 2021, 3.1.2).
fn alternative_work(a: &Value) -> &Value {
    a["plan"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["source"] == "Panteia 2021, 3.1.2")
        .expect("the alternative-work step")
}

fn tier_of<'a>(a: &'a Value, slug: &str) -> &'a Value {
    &a["recommendations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["slug"] == slug)
        .expect("ranked")["tier"]
}

#[tokio::test]
async fn a_plan_step_keeps_its_text_but_names_no_intervention_that_fits_less() {
    let app = spawn_app().await;
    let body = json!({"severity": "cmd", "work_situation": "sick_leave",
                      "own_job_feasible": "no", "work_wish": "paid_work_now"});
    let form = "severity=cmd&work_situation=sick_leave&own_job_feasible=no&work_wish=paid_work_now";
    let shipped = advice(&app, body.clone()).await;
    assert_eq!(tier_of(&shipped, "werk-passend-maken"), "possible");
    assert_eq!(
        alternative_work(&shipped)["slugs"],
        json!(["werk-passend-maken"])
    );
    werk_passend_maken_fits_less(&app).await;
    let a = advice(&app, body).await;
    assert_eq!(tier_of(&a, "werk-passend-maken"), "weak");
    let step = alternative_work(&a);
    assert_eq!(step["slugs"], json!([]), "{step}");
    assert!(
        step["text"]
            .as_str()
            .unwrap()
            .starts_with("Begin met alternatief werk"),
        "{step}"
    );
    for (lang, now, name) in [
        ("nl", "Nu:", "Werk passend maken"),
        ("en", "Now:", "Making work fit"),
    ] {
        let doc = page(&app, form, lang).await;
        let steps = plan_steps(&doc);
        let step = steps
            .iter()
            .find(|s| s.contains("Panteia 2021, 3.1.2"))
            .expect("the step on the page");
        assert!(step.starts_with(now), "{lang}: {step}");
        assert!(!step.contains(name), "{lang}: {step}");
    }
    let explained = app.get_text("/uitleg").await;
    assert!(explained.contains("een stap noemt geen interventie die minder past"));
}

/// An EPA employee on sick leave without GGZ treatment: IPS is excluded for them (0057), so the
/// plan does not begin with "Behandeling in de GGZ ... komt IPS in beeld" (plan rule 1, 0061);
/// the same client on bijstand still gets that first step.
#[tokio::test]
async fn the_ggz_first_step_promises_ips_only_where_ips_can_fit() {
    let app = spawn_app().await;
    let profile = |situation: &str| {
        json!({"severity": "epa", "work_situation": situation,
               "mental_health_care": "none", "work_wish": "paid_work_now"})
    };
    let first_step = |a: &Value| {
        a["plan"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["phase"] == "first")
            .cloned()
    };
    let employee = advice(&app, profile("sick_leave")).await;
    assert!(first_step(&employee).is_none(), "{}", employee["plan"]);
    let ips_named = employee["plan"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["text"].as_str().unwrap().contains("IPS"));
    assert!(!ips_named, "{}", employee["plan"]);
    assert!(
        employee["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["slug"] == "ips"),
        "IPS is excluded for the employee"
    );
    let on_bijstand = advice(&app, profile("bijstand")).await;
    let step = first_step(&on_bijstand).expect("the GGZ step first");
    assert!(
        step["text"].as_str().unwrap().contains("komt IPS in beeld"),
        "{step}"
    );
}

/// A step for now never names an intervention excluded for the client: only a later step
/// (at the return to work, afterwards) may, and only there does the exclusion say "for later".
#[tokio::test]
async fn a_step_for_now_names_no_intervention_excluded_now() {
    let app = spawn_app().await;
    let body = json!({"severity": "cmd", "work_situation": "sick_leave",
                      "own_job_feasible": "no", "work_wish": "paid_work_now"});
    assert_eq!(
        alternative_work(&advice(&app, body.clone()).await)["slugs"],
        json!(["werk-passend-maken"])
    );
    // An administrator excludes Werk passend maken for employees on sick leave.
    change_werk_passend_maken_for_employees(&app, "exclude", 0.0).await;
    let a = advice(&app, body).await;
    assert!(
        a["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["slug"] == "werk-passend-maken"),
        "{}",
        a["excluded"]
    );
    let step = alternative_work(&a);
    assert_eq!(step["phase"], "now");
    assert_eq!(step["slugs"], json!([]), "{step}");
    let form = "severity=cmd&work_situation=sick_leave&own_job_feasible=no&work_wish=paid_work_now";
    let doc = page(&app, form, "nl").await;
    let entry = excluded_entry(&doc, "werk-passend-maken").expect("listed as not fitting");
    assert!(!entry.contains("wel voor later"), "{entry}");
}
