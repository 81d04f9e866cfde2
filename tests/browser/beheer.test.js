// An administrator's journey: sign in, preview and save a rule change, find it in the audit
// log, sign out. Every page state is checked by axe-core and the checks in helpers.js.
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
    assert.match(entry, new RegExp(`${process.env.ADMIN_NAME}.*wijzig.*regel ${ruleHref.split('/').pop()}`));

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
