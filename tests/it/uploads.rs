//! The two beheer uploads (knowledge-base JSON at `/beheer/import`, sociale-kaart CSV at
//! `/beheer/sociale-kaart`): both go through the administrator upload extractor, so a missing
//! or wrong CSRF token, a body over the route's limit and a body that is not multipart are
//! refused the same way on both, with nothing changed; so is an upload without a file. And the
//! sociale-kaart CSV's stale check: a file downloaded before a later change, in beheer and on the
//! command line.

use reqwest::StatusCode;
use reqwest::multipart::{Form, Part};

use crate::common::{Browser, TestApp, form_fields, sel, set_field, spawn_app};

/// The two uploads: the form's path, a file name and where the stored content can be read.
const UPLOADS: [(&str, &str, &str); 2] = [
    ("/beheer/import", "kennisbank.json", "/beheer/export"),
    (
        "/beheer/sociale-kaart",
        "kaart.csv",
        "/beheer/sociale-kaart.csv",
    ),
];

async fn audit_count(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT count(*) FROM audit_log")
        .fetch_one(&app.state.db)
        .await
        .unwrap()
}

async fn post_multipart(
    app: &TestApp,
    admin: &Browser,
    path: &str,
    form: Form,
) -> reqwest::Response {
    admin
        .send(app.client.post(app.url(path)).multipart(form))
        .await
}

#[tokio::test]
async fn an_upload_without_the_right_csrf_token_is_refused_and_changes_nothing() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    for (path, file_name, export) in UPLOADS {
        let stored = admin.get_text(export).await;
        let entries = audit_count(&app).await;
        let file = || Part::text(stored.clone()).file_name(file_name);
        let without = Form::new().part("file", file());
        let response = post_multipart(&app, &admin, path, without).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        let page = scraper::Html::parse_document(&response.text().await.unwrap());
        assert!(
            page.select(&sel("main, h1")).next().is_some(),
            "{path}: an error page"
        );
        let wrong = Form::new()
            .text("csrf", "not-the-token")
            .part("file", file());
        let response = post_multipart(&app, &admin, path, wrong).await;
        assert_eq!(response.status(), StatusCode::FORBIDDEN, "{path}");
        assert_eq!(audit_count(&app).await, entries, "{path}: nothing imported");
        // The same file with the token is taken: the refusal was the token's.
        let right = admin.upload(path, file_name, stored.clone()).await;
        assert_eq!(right.status(), StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn an_upload_over_the_limit_is_a_413_one_not_multipart_a_400_and_one_without_a_file_a_422() {
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    for (path, file_name, export) in UPLOADS {
        let before = admin.get_text(export).await;
        let empty = admin.upload(path, file_name, String::new()).await;
        assert_eq!(empty.status(), StatusCode::UNPROCESSABLE_ENTITY, "{path}");
        let page = empty.text().await.unwrap();
        assert!(
            page.contains("Er is geen bestand meegestuurd"),
            "{path}: {page}"
        );
        let token = admin.csrf(path).await;
        let no_file = Form::new().text("csrf", token.clone());
        let response = post_multipart(&app, &admin, path, no_file).await;
        assert_eq!(
            response.status(),
            StatusCode::UNPROCESSABLE_ENTITY,
            "{path}"
        );
        let huge = Form::new().text("csrf", token.clone()).part(
            "file",
            Part::text("x".repeat(9 * 1024 * 1024)).file_name(file_name),
        );
        let response = post_multipart(&app, &admin, path, huge).await;
        assert_eq!(response.status(), StatusCode::PAYLOAD_TOO_LARGE, "{path}");
        let form = admin
            .post_form(path, &[("csrf", token.as_str()), ("file", before.as_str())])
            .await;
        assert_eq!(form.status(), StatusCode::BAD_REQUEST, "{path}");
        let page = scraper::Html::parse_document(&form.text().await.unwrap());
        let message: String = page.select(&sel("main")).flat_map(|m| m.text()).collect();
        assert!(
            message.contains("kon niet worden gelezen; er is niets veranderd"),
            "{path}: beheer's error page, not a bare text: {message}"
        );
        assert_eq!(admin.get_text(export).await, before, "{path}");
    }
    assert_eq!(audit_count(&app).await, 0);
}

/// The contact of the organisation `id` as the running app has it.
fn contact_of(app: &TestApp, id: &str) -> String {
    let kb = app.state.knowledge_base();
    let map = kb.social_map();
    let organisation = map.organisations.iter().find(|o| o.id == id).unwrap();
    organisation.contact.clone()
}

/// Anna changes ergo-control's contact through the editor.
async fn anna_changes_a_contact(app: &TestApp) {
    let anna = app.signed_in("anna", true).await;
    let path = "/beheer/sociale-kaart/organisatie/ergo-control";
    let mut form = form_fields(&anna.get_doc(path).await, "form.beheer-form");
    set_field(&mut form, "contact", "Anna's contactpunt");
    let saved = anna.post_form(path, &form).await;
    assert_eq!(saved.status(), StatusCode::SEE_OTHER);
}

const MAP: &str = "/beheer/sociale-kaart";
const MAP_CSV: &str = "/beheer/sociale-kaart.csv";

/// Lost update through the CSV (issue 16): a file downloaded before a colleague's edit is
/// refused with 409, naming that edit, and changes nothing; only a deliberate "import anyway"
/// overwrites it.
#[tokio::test]
async fn a_csv_downloaded_before_a_colleagues_edit_is_refused_naming_it_unless_confirmed() {
    let app = spawn_app().await;
    let bram = app.signed_in("bram", true).await;
    let old_contact = contact_of(&app, "ergo-control");
    let downloaded = bram.get_text(MAP_CSV).await;
    let last = downloaded.lines().last().unwrap();
    assert!(last.starts_with("# exported_from: "), "{last}");
    assert_eq!(
        last.matches(',').count(),
        19,
        "a full row of 20 cells: {last}"
    );
    let brams_edit = downloaded.replacen("2026-11-23", "2026-11-24", 1);
    anna_changes_a_contact(&app).await;
    let after_anna = bram.get_text(MAP_CSV).await;

    let refused = bram.upload(MAP, "kaart.csv", brams_edit.clone()).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    let doc = scraper::Html::parse_document(&refused.text().await.unwrap());
    let alert: String = doc
        .select(&sel("[role=alert]"))
        .flat_map(|a| a.text())
        .collect();
    assert!(alert.contains("Er is niets veranderd"), "{alert}");
    let named: Vec<String> = doc
        .select(&sel(".changed-since li"))
        .map(|li| li.text().collect())
        .collect();
    assert_eq!(named.len(), 1, "{named:?}");
    assert!(
        named[0].contains("anna: gewijzigd Organisatie Ergo Control"),
        "{named:?}"
    );
    assert_eq!(bram.get_text(MAP_CSV).await, after_anna, "nothing changed");
    assert_eq!(contact_of(&app, "ergo-control"), "Anna's contactpunt");

    let english = bram
        .upload(
            "/beheer/sociale-kaart?lang=en",
            "kaart.csv",
            brams_edit.clone(),
        )
        .await;
    assert_eq!(english.status(), StatusCode::CONFLICT);
    let english = english.text().await.unwrap();
    assert!(english.contains("Nothing was changed"), "{english}");
    assert!(english.contains("anna: changed Organisation Ergo Control"));

    let confirmed = bram
        .upload_with(MAP, "kaart.csv", brams_edit, &[("overwrite", "yes")])
        .await;
    assert_eq!(confirmed.status(), StatusCode::OK);
    assert_eq!(
        contact_of(&app, "ergo-control"),
        old_contact,
        "Anna's edit overwritten"
    );
    assert!(
        bram.get_text(MAP_CSV).await.contains("2026-11-24"),
        "Bram's edit applied"
    );
}

#[tokio::test]
async fn a_fresh_csv_or_one_without_the_origin_line_imports_and_a_change_outside_beheer_counts_too()
{
    let app = spawn_app().await;
    let admin = app.signed_in_admin().await;
    let downloaded = admin.get_text(MAP_CSV).await;
    let unchanged = admin.upload(MAP, "kaart.csv", downloaded.clone()).await;
    assert_eq!(unchanged.status(), StatusCode::OK);
    assert_eq!(
        admin.get_text(MAP_CSV).await,
        downloaded,
        "same file, no entry"
    );
    anna_changes_a_contact(&app).await;

    let fresh = admin.get_text(MAP_CSV).await;
    let edited = fresh.replacen("2026-11-23", "2026-11-24", 1);
    let taken = admin.upload(MAP, "kaart.csv", edited.clone()).await;
    assert_eq!(
        taken.status(),
        StatusCode::OK,
        "downloaded after the change"
    );
    assert_eq!(contact_of(&app, "ergo-control"), "Anna's contactpunt");

    let without_origin: String = downloaded
        .lines()
        .filter(|l| !l.starts_with("# exported_from"))
        .map(|l| format!("{l}\n"))
        .collect();
    let unchecked = admin.upload(MAP, "kaart.csv", without_origin).await;
    assert_eq!(
        unchecked.status(),
        StatusCode::OK,
        "older files import unchecked"
    );
    assert_ne!(contact_of(&app, "ergo-control"), "Anna's contactpunt");

    let before_sql = admin.get_text(MAP_CSV).await;
    sqlx::query("UPDATE organisations SET contact = 'buiten beheer' WHERE id = 'ergo-control'")
        .execute(&app.state.db)
        .await
        .unwrap();
    let refused = admin.upload(MAP, "kaart.csv", before_sql).await;
    assert_eq!(refused.status(), StatusCode::CONFLICT);
    assert!(
        refused
            .text()
            .await
            .unwrap()
            .contains("Het logboek noemt geen wijziging sinds de export")
    );
    let damaged = edited.replace("# exported_from: ", "# exported_from: 12");
    let refused = admin.upload(MAP, "kaart.csv", damaged).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
}

#[tokio::test]
async fn the_command_line_exports_the_csv_and_refuses_an_old_file_unless_told_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("cli.db");
    let run = |args: &[&str]| {
        let out = crate::process::binary(&db).args(args).output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr).into_owned();
        (out.status.success(), err)
    };
    let path = |name: &str| dir.path().join(name).display().to_string();
    let (ok, err) = run(&["kb", "map-export", &path("old.csv")]);
    assert!(ok, "{err}");
    let old = std::fs::read_to_string(path("old.csv")).unwrap();
    assert!(old.lines().last().unwrap().starts_with("# exported_from: "));
    let colleague = old.replacen("2026-11-23", "2026-11-25", 1);
    std::fs::write(path("colleague.csv"), &colleague).unwrap();
    let (ok, err) = run(&["kb", "map-import", &path("colleague.csv")]);
    assert!(ok, "{err}");
    let mine = old.replacen("2026-11-23", "2026-11-24", 1);
    std::fs::write(path("mine.csv"), &mine).unwrap();

    let (ok, err) = run(&["kb", "map-import", &path("mine.csv")]);
    assert!(!ok, "an old file is refused");
    assert!(
        err.contains("opdrachtregel import sociale kaart (CSV)"),
        "{err}"
    );
    assert!(err.contains("--overwrite-changes"), "{err}");
    let (ok, _) = run(&["kb", "map-export", &path("now.csv")]);
    assert!(ok);
    let now = std::fs::read_to_string(path("now.csv")).unwrap();
    assert!(
        now.contains("2026-11-25") && !now.contains("2026-11-24"),
        "nothing changed"
    );

    let (ok, err) = run(&["kb", "map-import", &path("mine.csv"), "--overwrite-changes"]);
    assert!(ok, "{err}");
    let (_, _) = run(&["kb", "map-export", &path("after.csv")]);
    let after = std::fs::read_to_string(path("after.csv")).unwrap();
    assert!(after.contains("2026-11-24") && !after.contains("2026-11-25"));
}
