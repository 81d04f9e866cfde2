// An administrator's journey: sign in, preview and save a rule change, find it in the audit
// log, sign out; Save in reach on a long form (sticky action bar, 375 and 1280 px); two
// administrators saving the same intervention (409 with both versions, labelled, input kept,
// nothing overwritten); a sociale-kaart CSV downloaded before a colleague's edit (409 naming it,
// "Toch inlezen" to overwrite). Every page state is checked by axe-core and the checks in helpers.js.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, Checks, launch, writeStats } = require('./helpers');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeStats(__filename);
});

test('an administrator signs in, previews and saves a rule change, and finds it in the audit log', async () => {
  const checks = new Checks(browser, 'beheer journey');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/beheer`);
    assert.match(page.url(), /\/beheer\/inloggen$/, 'an anonymous visitor is sent to the login');
    await checks.page(page, 'beheer login');
    await page.fill('#name', process.env.ADMIN_NAME);
    await page.fill('#password', process.env.ADMIN_PASSWORD);
    await Promise.all([page.waitForURL(/\/beheer$/), page.press('#password', 'Enter')]);
    await checks.page(page, 'beheer dashboard');

    await Promise.all([page.waitForURL(/\/beheer\/interventies\/coral$/), page.click('a[href="/beheer/interventies/coral"]')]);
    await checks.page(page, 'beheer intervention form');
    const ruleLink = page.locator('.rule-list a').first();
    const ruleHref = await ruleLink.getAttribute('href');
    await Promise.all([page.waitForURL(new RegExp(`${ruleHref}$`)), ruleLink.click()]);
    await checks.page(page, 'beheer rule form');

    await page.fill('#points', '0,5');
    await Promise.all([page.waitForLoadState('load'), page.click('button[name=action][value=preview]')]);
    assert.ok(await page.locator('section.preview').isVisible(), 'the preview shows before saving');
    // The preview takes focus (autofocus), like an error summary: no skip-link check here.
    await checks.page(page, 'beheer rule preview', { fresh: false });

    await Promise.all([page.waitForURL(new RegExp(`${ruleHref}$`)), page.click('button[name=action][value=save]')]);
    assert.equal(await page.locator('#points').inputValue(), '0.5');

    await page.goto(`${BASE_URL}/beheer/logboek`);
    await checks.page(page, 'beheer audit log');
    const entry = await page.locator('.audit-entry').first().innerText();
    assert.match(entry, new RegExp(`${process.env.ADMIN_NAME}.*wijzig.*Regel ${ruleHref.split('/').pop()}`));

    // One entry of the sociale kaart: a refused form keeps what was typed, then it saves.
    await page.goto(`${BASE_URL}/beheer/sociale-kaart`);
    await checks.page(page, 'beheer sociale kaart');
    await Promise.all([page.waitForURL(/\/beheer\/sociale-kaart\/organisatie$/), page.click('a[href="/beheer/sociale-kaart/organisatie"]')]);
    await checks.page(page, 'beheer new organisation form');
    await page.fill('#id', 'ggz-twente');
    await page.fill('#name', 'GGZ Twente');
    await Promise.all([page.waitForLoadState('load'), page.click('form.beheer-form button[type=submit]')]);
    assert.ok(await page.locator('.error-summary').isVisible(), 'no source: refused');
    assert.equal(await page.locator('#name').inputValue(), 'GGZ Twente');
    await checks.page(page, 'beheer organisation refused', { fresh: false });
    await page.fill('#source', 'Opgave van de organisatie');
    await Promise.all([page.waitForURL(/organisatie\/ggz-twente\?opgeslagen=1$/), page.click('form.beheer-form button[type=submit]')]);
    await checks.page(page, 'beheer organisation saved');

    await page.goto(`${BASE_URL}/beheer`);
    await Promise.all([page.waitForURL(/\/beheer\/inloggen$/), page.click('form[action="/beheer/uitloggen"] button')]);
    await page.goto(`${BASE_URL}/beheer`);
    assert.match(page.url(), /\/beheer\/inloggen$/, 'signed out');
  } finally {
    await context.close();
  }
  checks.assertClean();
});

/** Signs `page` in as the suite's administrator and waits for the dashboard. */
async function signIn(page) {
  await page.goto(`${BASE_URL}/beheer/inloggen`);
  await page.fill('#name', process.env.ADMIN_NAME);
  await page.fill('#password', process.env.ADMIN_PASSWORD);
  await Promise.all([page.waitForURL(/\/beheer$/), page.press('#password', 'Enter')]);
}

/** Whether the element is wholly inside the window (no scrolling needed to reach it). */
async function inWindow(locator) {
  return locator.evaluate((e) => {
    const r = e.getBoundingClientRect();
    return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
  });
}

test('Save stays in reach on a long edit form at 375 and 1280 px', async () => {
  const checks = new Checks(browser, 'beheer sticky action bar');
  for (const [width, height] of [[375, 740], [1280, 900]]) {
    const context = await checks.context({ viewport: { width, height } });
    const page = await context.newPage();
    try {
      await signIn(page);
      await page.goto(`${BASE_URL}/beheer/interventies/coral`);
      const save = page.locator('.action-bar button[name=action][value=save]');
      const long = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
      assert.ok(long > 3, `the form is long at ${width} px (${long.toFixed(1)} windows)`);
      assert.ok(await inWindow(save), `Save is visible without scrolling at ${width} px`);
      await page.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) / 2));
      assert.ok(await page.evaluate(() => window.scrollY > 0), 'the page scrolled');
      assert.ok(await inWindow(save), `Save is visible halfway down at ${width} px`);
      assert.ok(await inWindow(page.locator('.action-bar button[value=preview]')), 'and Preview');
    } finally {
      await context.close();
    }
  }
  checks.assertClean();
});

test('a stale save shows both versions with labels, keeps the input and overwrites nothing', async () => {
  const checks = new Checks(browser, 'beheer stale save');
  const first = await checks.context();
  const second = await checks.context();
  const anna = await first.newPage();
  const bram = await second.newPage();
  const path = `${BASE_URL}/beheer/interventies/coral`;
  try {
    await signIn(anna);
    await signIn(bram);
    await anna.goto(path);
    await bram.goto(path);

    await bram.selectOption('#guidance', 'workplace');
    await bram.fill('#name_nl', 'Coral (opgeslagen door B)');
    await Promise.all([bram.waitForLoadState('load'), bram.click('.action-bar button[value=save]')]);
    assert.equal(await bram.locator('#name_nl').inputValue(), 'Coral (opgeslagen door B)');

    const typed = 'Coral (getypt door A)';
    await anna.selectOption('#guidance', 'both');
    await anna.fill('#name_nl', typed);
    const [answer] = await Promise.all([
      anna.waitForResponse((r) => r.request().method() === 'POST'),
      anna.click('.action-bar button[value=save]'),
    ]);
    assert.equal(answer.status(), 409, 'a stale save is refused');
    await anna.waitForLoadState('load');
    await checks.page(anna, 'beheer conflict');

    const row = (label) => anna.locator('.conflict-table tr.differs', {
      has: anna.locator('.field-label', { hasText: new RegExp(`^${label.replace(/[()]/g, '\\$&')}$`) }),
    });
    assert.equal(await row('Naam (nl)').locator('td.theirs').innerText(), 'Coral (opgeslagen door B)');
    assert.equal(await row('Naam (nl)').locator('td.yours').innerText(), typed);
    assert.equal(await row('Soort begeleiding').locator('td.theirs').innerText(), 'Begeleiding op de werkplek');
    assert.equal(await row('Soort begeleiding').locator('td.yours').innerText(), 'Individueel en op de werkplek');
    const heads = await anna.locator('.conflict-table tr.differs .field-label').allInnerTexts();
    assert.ok(heads.length >= 2 && !heads.some((h) => /[._[\]]/.test(h)), `labels, not paths: ${heads}`);

    // A's input is kept: continuing reopens the editor with it, based on B's version.
    await Promise.all([anna.waitForLoadState('load'), anna.click('form.conflict-continue button[type=submit]')]);
    assert.equal(await anna.locator('#name_nl').inputValue(), typed, "A's input is not lost");
    assert.equal(await anna.locator('#guidance').inputValue(), 'both');
    // Nothing was overwritten: B still sees B's version.
    await bram.goto(path);
    assert.equal(await bram.locator('#name_nl').inputValue(), 'Coral (opgeslagen door B)');
    assert.equal(await bram.locator('#guidance').inputValue(), 'workplace');
  } finally {
    await first.close();
    await second.close();
  }
  checks.assertClean();
});

test('a sociale-kaart CSV downloaded before a colleague\'s edit is refused, naming it, until "Toch inlezen"', async () => {
  const checks = new Checks(browser, 'beheer stale CSV');
  const first = await checks.context();
  const second = await checks.context();
  const anna = await first.newPage();
  const bram = await second.newPage();
  const editor = `${BASE_URL}/beheer/sociale-kaart/organisatie/ergo-control`;
  try {
    await signIn(anna);
    await signIn(bram);
    const csv = await (await anna.request.get(`${BASE_URL}/beheer/sociale-kaart.csv`)).text();
    assert.match(csv.trimEnd().split('\n').pop(), /^# exported_from: [0-9a-f]{64} logboek \d+/);

    await bram.goto(editor);
    const before = await bram.locator('#contact').inputValue();
    await bram.fill('#contact', 'Contactpunt van Bram');
    await Promise.all([bram.waitForURL(/opgeslagen=1$/), bram.click('form.beheer-form button[type=submit]')]);

    const upload = async (overwrite) => {
      await anna.goto(`${BASE_URL}/beheer/sociale-kaart`);
      await anna.setInputFiles('#file', { name: 'sociale-kaart.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
      if (overwrite) await anna.check('#overwrite');
      const [answer] = await Promise.all([
        anna.waitForResponse((r) => r.request().method() === 'POST'),
        anna.click('form[enctype="multipart/form-data"] button[type=submit]'),
      ]);
      await anna.waitForLoadState('load');
      return answer.status();
    };
    assert.equal(await upload(false), 409, 'the old file is refused');
    await checks.page(anna, 'beheer stale CSV refused', { fresh: false });
    const named = await anna.locator('.changed-since li').allInnerTexts();
    assert.ok(named.some((n) => /gewijzigd Organisatie Ergo Control/.test(n)), `names the edit: ${named}`);
    await bram.goto(editor);
    assert.equal(await bram.locator('#contact').inputValue(), 'Contactpunt van Bram', 'nothing overwritten');

    assert.equal(await upload(true), 200, '"Toch inlezen" imports it');
    await bram.goto(editor);
    assert.equal(await bram.locator('#contact').inputValue(), before, 'now overwritten, deliberately');
  } finally {
    await first.close();
    await second.close();
  }
  checks.assertClean();
});

/** Every beheer page an administrator opens (GET), with a stored item of each kind. */
const BEHEER_PAGES = [
  '/beheer',
  '/beheer/interventies/coral',
  '/beheer/interventies/coral/regels/nieuw',
  '/beheer/regels/1',
  '/beheer/logboek',
  '/beheer/cds-terugmeldingen',
  '/beheer/import',
  '/beheer/sociale-kaart',
  '/beheer/sociale-kaart/regio',
  '/beheer/sociale-kaart/organisatie',
  '/beheer/sociale-kaart/aanbod',
  '/beheer/routefeiten',
  '/beheer/routefeiten/nieuw',
  '/beheer/routefeiten/1',
  '/beheer/financiering',
  '/beheer/financiering/1',
  '/beheer/planregels',
  '/beheer/planregels/1',
];

test('every beheer page fits 375 px: text areas wrap, tables scroll in their own box', async () => {
  const checks = new Checks(browser, 'beheer at 375 px');
  const context = await checks.context({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  try {
    await signIn(page);
    // One stored entry of each sociale-kaart kind, found from the list page.
    await page.goto(`${BASE_URL}/beheer/sociale-kaart`);
    const stored = [];
    for (const kind of ['regio', 'organisatie', 'aanbod']) {
      const href = await page.locator(`a[href^="/beheer/sociale-kaart/${kind}/"]`).first().getAttribute('href');
      assert.ok(href, `a stored ${kind} on the sociale-kaart page`);
      stored.push(href);
    }
    for (const path of [...BEHEER_PAGES, ...stored]) {
      const response = await page.goto(`${BASE_URL}${path}`);
      assert.equal(response.status(), 200, path);
      const m = await page.evaluate(() => {
        const de = document.documentElement;
        const stiff = [...document.querySelectorAll('textarea')]
          .filter((t) => ['pre', 'nowrap'].includes(getComputedStyle(t).whiteSpace) || t.getBoundingClientRect().right > de.clientWidth)
          .map((t) => t.id || t.name);
        const loose = [...document.querySelectorAll('main table')]
          .filter((t) => {
            const box = t.closest('.table-scroll');
            return t.getBoundingClientRect().width > de.clientWidth
              && !(box && ['auto', 'scroll'].includes(getComputedStyle(box).overflowX) && box.getBoundingClientRect().right <= de.clientWidth + 1);
          })
          .map((t) => t.className);
        return { overflow: de.scrollWidth - de.clientWidth, stiff, loose };
      });
      assert.ok(m.overflow <= 0, `${path}: ${m.overflow} px wider than the window at 375 px`);
      assert.deepEqual(m.stiff, [], `${path}: text areas that do not wrap or stick out`);
      assert.deepEqual(m.loose, [], `${path}: wide tables outside a scrolling box`);
      await checks.page(page, `beheer ${path} at 375 px`);
    }
  } finally {
    await context.close();
  }
  checks.assertClean();
});
