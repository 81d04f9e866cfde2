// Journeys through the product in headless Chromium, each page state checked by axe-core and
// by the checks in helpers.js. Run by scripts/browser-tests (`node --test tests/browser/`).
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, Checks, launch, writeStats, tabUntil, keyUntilValue } = require('./helpers');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeStats(__filename);
});

const h1 = (page) => page.locator('h1').first().innerText();

test('coach completes the questionnaire by keyboard only and reads the advice (IPS first)', async () => {
  const checks = new Checks(browser, 'keyboard journey');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    // From the start page by keyboard: skip link, then Tab to the start button.
    await page.goto(`${BASE_URL}/`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    await checks.page(page, 'start page (nl)');
    await tabUntil(page, checks, 'the link to the questionnaire', () => {
      const a = document.activeElement;
      return a.tagName === 'A' && a.closest('main') && a.getAttribute('href') === '/vragenlijst';
    });
    await Promise.all([page.waitForURL(/\/vragenlijst$/), page.keyboard.press('Enter')]);
    assert.equal(await h1(page), 'Vragenlijst');
    await checks.page(page, 'questionnaire, empty (nl)');

    // The skip link left focus in main. Severity: Tab into the group, Arrow keys to "epa".
    const focusedName = (name) => document.activeElement.name === name;
    await tabUntil(page, checks, 'severity', focusedName, 'severity');
    await page.keyboard.press('Space'); // checks the first option ...
    await keyUntilValue(page, 'ArrowDown', 'epa'); // ... arrows move and check
    await tabUntil(page, checks, 'disorder', focusedName, 'disorder');
    await keyUntilValue(page, 'ArrowUp', 'psychotic'); // "unknown" is the last option
    await tabUntil(page, checks, 'work situation', focusedName, 'work_situation');
    await page.keyboard.press('Space');
    await keyUntilValue(page, 'ArrowDown', 'bijstand');
    await tabUntil(page, checks, 'mental-health care', focusedName, 'mental_health_care');
    await keyUntilValue(page, 'ArrowDown', 'in_treatment');
    await tabUntil(page, checks, 'work wish', focusedName, 'work_wish');
    await keyUntilValue(page, 'ArrowUp', 'paid_work_now');
    // A checkbox by Space, to show they work by keyboard too.
    await tabUntil(page, checks, 'a barrier checkbox', () => document.activeElement.value === 'self_stigma');
    await page.keyboard.press('Space');

    const values = await page.evaluate(() => {
      const f = new FormData(document.querySelector('form.questionnaire'));
      return { severity: f.get('severity'), disorder: f.get('disorder'), work_situation: f.get('work_situation'), mental_health_care: f.get('mental_health_care'), work_wish: f.get('work_wish'), barriers: f.getAll('barriers') };
    });
    assert.deepEqual(values, {
      severity: 'epa',
      disorder: 'psychotic',
      work_situation: 'bijstand',
      mental_health_care: 'in_treatment',
      work_wish: 'paid_work_now',
      barriers: ['self_stigma'],
    });

    await tabUntil(page, checks, 'the submit button', () => document.activeElement.type === 'submit');
    const [response] = await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['cache-control'] || '', /no-store/);
    assert.match(new URL(page.url()).pathname, /^\/advies\/[0-9a-f]{32}$/, 'the advice has its own case link');
    assert.equal(new URL(page.url()).search, '', 'no answer ends up in the URL');
    assert.equal(await h1(page), 'Advies');
    const cards = page.locator('.advice-card');
    assert.ok((await cards.count()) >= 3, 'several interventions fit');
    assert.equal(await cards.first().getAttribute('id'), 'advies-ips');
    assert.match(await cards.first().locator('h3').innerText(), /IPS/);
    // The card keeps what to check; the reasoning is a page of its own, one link away.
    assert.equal(await cards.first().locator('.ledger').count(), 0, 'no ledger on the card');
    await checks.page(page, 'advice (nl)');
    const why = cards.first().locator('.card-why a');
    // Its visible text; its name (for a screen reader) names the intervention.
    assert.equal((await why.innerText()).split('\n')[0], 'Waarom plaats 1? Bekijk de onderbouwing');
    const named = 'Waarom plaats 1? Bekijk de onderbouwing van Individuele Plaatsing en Steun (IPS)';
    assert.equal(await cards.first().getByRole('link', { name: named, exact: true }).count(), 1, named);
    await why.focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.match(new URL(page.url()).pathname, /^\/advies\/[0-9a-f]{32}\/onderbouwing$/);
    assert.equal(new URL(page.url()).hash, '#onderbouwing-ips');
    assert.equal(await h1(page), 'Onderbouwing van het advies');
    const ips = page.locator('#onderbouwing-ips');
    // The browser scrolls to IPS's reasoning (the chart above it is taller than the window).
    await page.waitForFunction(() => {
      const top = document.querySelector('#onderbouwing-ips h3').getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    });
    assert.match(await ips.locator('.ledger').innerText(), /EPA/, 'the EPA rule in IPS\'s ledger');
    assert.match(await ips.locator('.ledger tfoot').innerText(), /Totaal/);
    // Checked as it opens without a fragment (with one, the first Tab starts at the target).
    await page.goto(page.url().split('#')[0]);
    await checks.page(page, 'reasoning (nl)');
    await Promise.all([page.waitForNavigation(), page.getByRole('link', { name: 'Terug naar het advies' }).first().click()]);
    assert.equal(await h1(page), 'Advies');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('error flow: focus on the error summary, links to the fields, answers kept', async () => {
  const checks = new Checks(browser, 'error flow');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/vragenlijst`);
    // Nothing answered: submit at once.
    await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    const active = await page.evaluate(() => document.activeElement.className);
    assert.match(active, /error-summary/, 'focus is on the error summary');
    assert.match(await page.title(), /^Controleer/);
    const links = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#q-severity', '#q-work_situation']);
    for (const href of links) {
      const target = page.locator(href);
      assert.equal(await target.count(), 1, `${href} exists`);
      assert.equal(await target.locator('.field-error').count(), 1, `${href} shows its message`);
      assert.ok((await target.locator('input').count()) > 0, `${href} holds the field`);
    }
    await checks.page(page, 'questionnaire with errors (nl)', { fresh: false });
    // On a phone the summary's heading and list stack, each the summary's full width (laid out
    // in a row they became columns a few letters wide).
    const viewport = page.viewportSize();
    await page.setViewportSize({ width: 375, height: 800 });
    const widths = await page.locator('.error-summary').evaluate((box) => ({
      box: box.clientWidth,
      parts: [...box.children].map((c) => c.getBoundingClientRect().width),
    }));
    for (const w of widths.parts) assert.ok(w > widths.box * 0.7, `error summary part ${w}px of ${widths.box}px`);
    await page.setViewportSize(viewport);

    // By keyboard from the summary: the first link, Enter, then Tab lands in that question.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#q-severity');
    await checks.focusVisible(page, 'error summary link');
    await page.keyboard.press('Enter');
    // The question's "Meer uitleg" comes first, then its answers.
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.closest('#q-severity details.more-help') !== null), true, 'Tab after the link reaches the question\'s "Meer uitleg"');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.name), 'severity', 'the next Tab reaches the severity field');

    // Answer one required and some optional questions, leave work situation open.
    await page.locator('#severity-cmd').check();
    await page.locator('#field-disorder').selectOption('depression');
    await page.locator('#barrier-fear_of_return').check();
    await page.locator('#work_wish-paid_work_later').check();
    await page.locator('#prefers_no_group-yes').check();
    await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    const links2 = await page.locator('.error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links2, ['#q-work_situation']);
    assert.equal(await page.locator('#severity-cmd').isChecked(), true, 'severity kept');
    assert.equal(await page.locator('#field-disorder').inputValue(), 'depression', 'disorder kept');
    assert.equal(await page.locator('#barrier-fear_of_return').isChecked(), true, 'barrier kept');
    assert.equal(await page.locator('#work_wish-paid_work_later').isChecked(), true, 'work wish kept');
    assert.equal(await page.locator('#prefers_no_group-yes').isChecked(), true, 'preference kept');
    assert.equal(await page.locator('#q-work_situation [aria-invalid], #q-work_situation.question--invalid').count() > 0, true);
    await checks.page(page, 'questionnaire with one error (nl)', { fresh: false });
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('catalogue filter: CMD and back at work lists SHARP-at-work, not IPS', async () => {
  const checks = new Checks(browser, 'catalogue filter');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/interventies`);
    await checks.page(page, 'catalogue (nl)');
    assert.equal(await page.locator('a[href="/interventies/ips"]').count(), 1);
    await page.getByLabel('Doelgroep').selectOption('cmd');
    await page.getByLabel('Werksituatie').selectOption('back_at_work');
    await Promise.all([page.waitForNavigation(), page.locator('form.filter-form button[type=submit]').click()]);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('severity'), 'cmd');
    assert.equal(url.searchParams.get('work_situation'), 'back_at_work');
    const main = page.locator('main');
    assert.equal(await main.locator('a[href="/interventies/sharp-at-work"]').count(), 1, 'SHARP-at-work listed');
    assert.equal(await main.locator('a[href="/interventies/ips"]').count(), 0, 'IPS not listed');
    assert.equal(await page.getByLabel('Doelgroep').inputValue(), 'cmd', 'filter kept');
    await checks.page(page, 'catalogue filtered (nl)');

    await Promise.all([page.waitForNavigation(), main.locator('a[href="/interventies/sharp-at-work"]').click()]);
    assert.match(await h1(page), /SHARP/);
    await checks.page(page, 'intervention detail (nl)');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('English version: ?lang=en, html lang=en, English headings, the cookie keeps it', async () => {
  const checks = new Checks(browser, 'English version');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/?lang=en`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.match(await page.locator('main').innerText(), /\b(the|and|for)\b/);
    await checks.page(page, 'start page (en)');

    // Next page without the parameter: still English.
    await page.goto(`${BASE_URL}/vragenlijst`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await h1(page), 'Questionnaire');
    const cookies = await context.cookies();
    assert.ok(cookies.some((c) => c.name === 'lang' && c.value === 'en'), 'lang cookie set');
    await checks.page(page, 'questionnaire, empty (en)');

    await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    await page.waitForFunction(() => document.activeElement?.classList.contains('error-summary'));
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await checks.page(page, 'questionnaire with errors (en)', { fresh: false });

    await page.locator('#severity-epa').check();
    await page.locator('#work_situation-wajong').check();
    await page.locator('#work_wish-paid_work_now').check();
    await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.equal(await h1(page), 'Advice');
    assert.ok((await page.locator('.advice-card').count()) > 0);
    await checks.page(page, 'advice (en)');
    await Promise.all([page.waitForNavigation(), page.locator('.card-why a').first().click()]);
    assert.equal(await h1(page), 'Reasoning behind the advice');
    assert.match(await page.locator('.ledger tfoot').first().innerText(), /Total/);
    await page.goto(page.url().split('#')[0]);
    await checks.page(page, 'reasoning (en)');

    await page.goto(`${BASE_URL}/interventies?severity=cmd`);
    assert.equal(await h1(page), 'Interventions');
    await checks.page(page, 'catalogue filtered (en)');
    for (const [path, label] of [
      ['/interventies/ips', 'intervention detail (en)'],
      ['/uitleg', 'explanation (en)'],
      ['/voorbeelden', 'examples (en)'],
      ['/vergelijk', 'compare (en)'],
      ['/cijfers', 'figures (en)'],
      ['/toegankelijkheid', 'accessibility statement (en)'],
    ]) {
      await page.goto(`${BASE_URL}${path}`);
      assert.equal(await page.locator('html').getAttribute('lang'), 'en', path);
      await checks.page(page, label);
    }
    const notFound = await page.goto(`${BASE_URL}/does-not-exist`);
    assert.equal(notFound.status(), 404);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await checks.page(page, '404 page (en)');

    // And back to Dutch by the language switch, by keyboard.
    await page.goto(`${BASE_URL}/vragenlijst`);
    await page.locator('a.lang-switch').focus();
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.equal(await h1(page), 'Vragenlijst');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test("trainer: an example's advice, and the comparison of two profiles", async () => {
  const checks = new Checks(browser, 'examples and comparison');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/voorbeelden`);
    await checks.page(page, 'examples (nl)');
    const first = page.locator('main a[href^="/voorbeelden/"]').first();
    const href = await first.getAttribute('href');
    await Promise.all([page.waitForNavigation(), first.click()]);
    assert.equal(new URL(page.url()).pathname, href);
    assert.ok((await page.locator('.advice-card').count()) > 0, 'the example shows an advice');
    await checks.page(page, 'example advice (nl)');
    await Promise.all([page.waitForNavigation(), page.locator('.card-why a').first().click()]);
    assert.equal(new URL(page.url()).pathname, `${href}/onderbouwing`);
    assert.match(await h1(page), /^Onderbouwing van het advies: /);
    await page.goto(page.url().split('#')[0]);
    assert.equal(await page.locator('.reasoning-item').count(), await page.locator('#scores meter').count());
    await checks.page(page, 'example reasoning (nl)');

    await page.goto(`${BASE_URL}/vergelijk?a=jongere-autisme-ouders-remmen-af&b=jongere-autisme-ouders-stimuleren`);
    const changedRows = () => page.locator('table.changed-table tbody tr').allInnerTexts();
    const before = await changedRows();
    assert.ok(before.length >= 2, 'a table of changed answers');
    assert.ok(before.some((r) => r.startsWith('Vertrouwen')), 'self-efficacy differs');
    assert.ok((await page.locator('table.compare-table tbody tr').count()) >= 13);
    await checks.page(page, 'compare (nl)');

    // Profile B: self-efficacy from high to low, as A has it.
    assert.equal(await page.locator('input[name="b.self_efficacy"][value="high"]').isChecked(), true);
    await page.locator('input[name="b.self_efficacy"][value="low"]').check();
    await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: 'Vergelijk opnieuw' }).click()]);
    assert.equal(new URL(page.url()).pathname, '/vergelijk');
    const afterRows = await changedRows();
    assert.equal(afterRows.length, before.length - 1, 'one changed answer fewer');
    assert.ok(!afterRows.some((r) => r.startsWith('Vertrouwen')), 'self-efficacy no longer differs');
    assert.equal(await page.locator('input[name="b.self_efficacy"][value="low"]').isChecked(), true, 'the new answer is kept');
    await checks.page(page, 'compare after changing B (nl)');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('print: the advice prints without navigation, with date and knowledge-base version', async () => {
  const checks = new Checks(browser, 'print');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/vragenlijst`);
    await page.locator('#severity-cmd').check();
    await page.locator('#work_situation-sick_leave').check();
    await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    assert.equal(await h1(page), 'Advies');
    const meta = page.locator('.report-meta');
    await page.emulateMedia({ media: 'screen' });
    assert.equal(await page.locator('header.site-header').isVisible(), true);
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.site-header').isVisible(), false, 'header hidden in print');
    assert.equal(await page.locator('nav').first().isVisible(), false, 'navigation hidden in print');
    assert.equal(await page.locator('footer.site-footer').isVisible(), false, 'footer hidden in print');
    assert.equal(await page.locator('main form, main button').filter({ visible: true }).count(), 0, 'no controls in print');
    assert.equal(await meta.isVisible(), true, 'report meta visible');
    const text = await meta.innerText();
    assert.match(text, /\d{1,2} [a-z]+ \d{4}/, 'date printed as people write it');
    assert.match(text, /kb-[0-9a-f]{6,}/, 'knowledge-base version printed');
    assert.equal(await page.locator('.advice-card').first().isVisible(), true, 'the advice prints');
    assert.ok((await page.locator('.advice-card').first().innerText()).length > 20);
    await page.emulateMedia({ media: 'screen' });
  } finally {
    await context.close();
  }
  checks.assertClean();
});

test('the other pages: explanation, accessibility statement, figures, 404', async () => {
  const checks = new Checks(browser, 'other pages');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    for (const [path, label, heading] of [
      ['/uitleg', 'explanation (nl)', /Hoe werkt/],
      ['/toegankelijkheid', 'accessibility statement (nl)', /Toegankelijkheid/],
      ['/cijfers', 'figures (nl)', /Cijfers/],
      ['/interventies/ips', 'intervention detail IPS (nl)', /IPS/],
    ]) {
      const response = await page.goto(`${BASE_URL}${path}`);
      assert.equal(response.status(), 200, path);
      assert.match(await h1(page), heading);
      await checks.page(page, label);
    }
    const response = await page.goto(`${BASE_URL}/bestaat-niet`);
    assert.equal(response.status(), 404);
    assert.equal(await h1(page), 'Pagina niet gevonden');
    await checks.page(page, '404 page (nl)');
  } finally {
    await context.close();
  }
  checks.assertClean();
});
