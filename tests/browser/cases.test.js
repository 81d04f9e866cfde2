// The case link in a real browser: the advice at /advies/{code} survives Back, reload, a
// reopened link and the language switch; one answer is changed in two clicks (and the submit),
// and the page then says what changed;
// "Verwijder nu" deletes it; an expired case gets a friendly page. Every state is checked by
// axe and the checks in helpers.js.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const { BASE_URL, Checks, launch, writeStats } = require('./helpers');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeStats(__filename);
});

const h1 = (page) => page.locator('h1').first().innerText();
const CASE_PATH = /^\/advies\/[0-9a-f]{32}$/;

/** Fills in and sends the questionnaire; returns the case's path. */
async function makeCase(page) {
  await page.goto(`${BASE_URL}/vragenlijst`);
  await page.locator('#severity-epa').check();
  await page.locator('#field-disorder').selectOption('psychotic');
  await page.locator('#work_situation-bijstand').check();
  await page.locator('#mental_health_care-in_treatment').check();
  await page.locator('#work_wish-paid_work_now').check();
  await page.locator('#field-region').selectOption('haaglanden');
  await Promise.all([page.waitForURL(/\/advies\/[0-9a-f]{32}$/), page.locator('form.questionnaire button[type=submit]').click()]);
  const path = new URL(page.url()).pathname;
  assert.match(path, CASE_PATH);
  return path;
}

const firstCard = (page) => page.locator('.advice-card').first().getAttribute('id');

test('a case link: reopened in a new browser, Back after the advice, reload, language switch', async () => {
  const checks = new Checks(browser, 'case link');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    const path = await makeCase(page);
    assert.equal(await firstCard(page), 'advies-ips');

    // Back goes to the questionnaire without "Confirm Form Resubmission"; Forward returns.
    const back = await page.goBack();
    assert.equal(new URL(page.url()).pathname, '/vragenlijst');
    assert.ok(back === null || back.status() === 200);
    await page.goForward();
    assert.equal(new URL(page.url()).pathname, path);
    assert.equal(await firstCard(page), 'advies-ips');
    // Reload: the same advice, no resubmission.
    const reloaded = await page.reload();
    assert.equal(reloaded.status(), 200);
    assert.equal(await firstCard(page), 'advies-ips');
    await checks.page(page, 'case advice (nl)');

    // The language switch keeps the case.
    await Promise.all([page.waitForNavigation(), page.locator('a.lang-switch').click()]);
    assert.equal(new URL(page.url()).pathname, path);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await h1(page), 'Advice');
    assert.equal(await firstCard(page), 'advies-ips');
    assert.match(await page.locator('.answers-summary').innerText(), /Haaglanden/);
    await checks.page(page, 'case advice (en)');

    // A bookmark opened in another browser (no cookies) shows the same advice.
    const other = await checks.context();
    const reopened = await other.newPage();
    const response = await reopened.goto(`${BASE_URL}${path}`);
    assert.equal(response.status(), 200);
    assert.equal(await firstCard(reopened), 'advies-ips');
    assert.equal(await reopened.locator('html').getAttribute('lang'), 'nl');
    await other.close();
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('change one answer in two clicks, then delete the case', async () => {
  const checks = new Checks(browser, 'case change and delete');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    const path = await makeCase(page);
    // Click 1: "wijzig" beside the answer opens the form at that question, every answer kept.
    await Promise.all([
      page.waitForURL(/\/wijzigen#q-severity$/),
      page.locator('.answers-summary a.change-one[href$="#q-severity"]').click(),
    ]);
    assert.equal(await page.locator('#work_situation-bijstand').isChecked(), true);
    assert.equal(await page.locator('#mental_health_care-in_treatment').isChecked(), true);
    assert.equal(await page.locator('#field-region').inputValue(), 'haaglanden');
    assert.equal(await page.locator('#severity-epa').isChecked(), true);
    // Opened at a fragment, so Tab starts there (not at the skip link).
    await checks.page(page, 'change form', { fresh: false });
    // Click 2: the other answer; then send.
    await page.locator('#severity-cmd').check();
    await Promise.all([page.waitForURL((u) => u.pathname === path), page.locator('form.questionnaire button[type=submit]').click()]);
    assert.match(await page.locator('.answers-summary').innerText(), /CMD|Common mental/i);
    assert.equal(await page.locator('#advies-ips').count() + (await page.locator('#niet-ips').count()), 1);

    // The saved change is confirmed near the top: the question, old → new, and the top's move.
    const notice = page.locator('.case-change[role=status]');
    assert.equal(await notice.isVisible(), true);
    const said = await notice.innerText();
    assert.match(said, /^Laatst aangepast op /);
    assert.match(
      said,
      /Ernst van de psychische problematiek: EPA: ernstige psychische aandoening → CMD: veelvoorkomende psychische klachten/,
    );
    // IPS stays first for this client, and "Past goed" holds the same: the notice says so.
    assert.equal(await firstCard(page), 'advies-ips');
    assert.match(said, /De eerste plaats en de groep 'Past goed' van het advies zijn gelijk gebleven\./);
    await checks.page(page, 'case changed (notice)');
    // Not in print: the report is the advice, not the history of its answers.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await notice.isVisible(), false, 'hidden in print');
    await page.emulateMedia({ media: 'screen' });
    // The same notice in English, and after a reload (the page kept by the server).
    await Promise.all([page.waitForNavigation(), page.locator('a.lang-switch').click()]);
    assert.match(await page.locator('.case-change').innerText(), /^Last changed on [\s\S]*Severity of the mental-health problems: EPA: severe mental illness → CMD: common mental disorder/);
    await checks.page(page, 'case changed (notice, en)');
    await page.reload();
    assert.match(await page.locator('.case-change').innerText(), /Severity of the mental-health problems: EPA/);
    await Promise.all([page.waitForNavigation(), page.locator('a.lang-switch').click()]);

    // "Verwijder nu" deletes at once; the link then gets a friendly page.
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Verwijder nu' }).click()]);
    assert.equal(await h1(page), 'Casus verwijderd');
    await checks.page(page, 'case deleted');
    const gone = await page.goto(`${BASE_URL}${path}`);
    assert.equal(gone.status(), 404);
    assert.equal(await h1(page), 'Casus niet gevonden');
    await checks.page(page, 'case not found');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('an expired case: a friendly page, and the answers are gone', async () => {
  const checks = new Checks(browser, 'case expired');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    const path = await makeCase(page);
    const code = path.split('/').pop();
    // Let the case expire in the test database (the server purges by time).
    execFileSync('sqlite3', [process.env.DATABASE_FILE, `UPDATE cases SET expires_at = 0 WHERE code = '${code}'`]);
    const expired = await page.reload();
    assert.equal(expired.status(), 410);
    assert.equal(await h1(page), 'Casus verlopen');
    await checks.page(page, 'case expired');
    const later = await page.reload();
    assert.equal(later.status(), 404);
  } finally {
    await context.close();
  }
  checks.assertClean();
});

/** The number of pages of a PDF made by Chromium. */
const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;

test('the client handout: from the advice, side by side, one A4 page in print, Dutch and English', async () => {
  const checks = new Checks(browser, 'client handout');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    const path = await makeCase(page);
    await Promise.all([page.waitForURL(/\/client$/), page.locator(`a[href="${path}/client"]`).click()]);
    assert.equal(await h1(page), 'Welke hulp bij werk past bij u?');
    assert.equal(await page.locator('.option-grid .option-name').count(), 3);
    await checks.page(page, 'handout (nl)');
    for (const width of [375, 768]) {
      await page.setViewportSize({ width, height: 900 });
      assert.equal(await page.locator('.option-grid .cell-label').first().isVisible(), true, `stacked at ${width} px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    assert.equal(pageCount(pdf), 1, 'the handout prints on one A4 page');
    await Promise.all([page.waitForNavigation(), page.locator('a.lang-switch').click()]);
    assert.equal(await h1(page), 'Which help with work suits you?');
    await checks.page(page, 'handout (en)');
    const english = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    assert.equal(pageCount(english), 1, 'the English handout prints on one A4 page');
  } finally {
    await context.close();
  }
  checks.assertClean();
});
