// Privacy: a canary placed in every answer of a submitted questionnaire (HTML form, comparison
// form, JSON API, query strings) appears nowhere in the server's log (SERVER_LOG, written by
// scripts/browser-tests). Invalid values are rejected with 422, which is fine: the point is that
// neither the rejection nor the acceptance logs what was sent.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const { BASE_URL, Checks, launch, writeStats } = require('./helpers');

const CANARY = `CANARY-7f3a-${process.pid}`;
const SINGLE = ['severity', 'work_situation', 'disorder', 'absence_duration', 'mental_health_care', 'work_wish', 'self_efficacy'];
const BOOLEAN = ['lacks_fitness_or_structure', 'multiple_problems', 'has_occupational_physician', 'prefers_no_online', 'prefers_no_group', 'partial_return', 'own_job_feasible'];
const FIELDS = [...SINGLE, ...BOOLEAN, 'barriers', 'current_interventions'];

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeStats(__filename);
});

const form = (pairs) => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(pairs).toString(),
});

test('a canary in every answer never reaches the server log', async () => {
  const logPath = process.env.SERVER_LOG;
  assert.ok(logPath, 'SERVER_LOG is set by scripts/browser-tests');
  const checks = new Checks(browser, 'privacy');
  const statuses = [];
  const send = async (label, url, init) => {
    const r = await fetch(`${BASE_URL}${url}`, init);
    await r.text();
    statuses.push(`${label}: ${r.status}`);
    return r.status;
  };

  // The questionnaire: every field a canary at once, then one field at a time (the others
  // valid), so that a message about one field cannot hide behind another's.
  const valid = { severity: 'epa', work_situation: 'bijstand' };
  const all = FIELDS.map((f) => [f, `${CANARY}-${f}`]);
  assert.equal(await send('advies, all canaries', '/advies', form(all)), 422);
  for (const field of FIELDS) {
    const pairs = Object.entries({ ...valid, [field]: `${CANARY}-${field}` });
    assert.equal(await send(`advies, ${field}`, '/advies', form(pairs)), 422, `${field} with a canary is rejected`);
  }
  // A field name of its own and a canary beside valid answers.
  await send('advies, unknown field', '/advies', form([...Object.entries(valid), [`${CANARY}-name`, CANARY]]));
  // The comparison form, both profiles.
  const compare = FIELDS.flatMap((f) => [[`a.${f}`, `${CANARY}-a-${f}`], [`b.${f}`, `${CANARY}-b-${f}`]]);
  await send('vergelijk, all canaries', '/vergelijk', form(compare));
  // The JSON API.
  const json = Object.fromEntries(SINGLE.map((f) => [f, `${CANARY}-${f}`]));
  json.barriers = [`${CANARY}-barrier`];
  await send('api, all canaries', '/api/v1/recommendations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  await send('api, malformed', '/api/v1/recommendations', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: `{"severity": "${CANARY}", `,
  });
  // Query strings and paths.
  await send('catalogue query', `/interventies?severity=${CANARY}&work_situation=${CANARY}&evidence=${CANARY}`, {});
  await send('example query', `/vragenlijst?voorbeeld=${CANARY}`, {});
  await send('compare query', `/vergelijk?a=${CANARY}&b=${CANARY}`, {});

  // And a valid submission through the browser, with every kind of answer given.
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/vragenlijst`);
    await page.locator('#severity-epa').check();
    await page.locator('#field-disorder').selectOption('psychotic');
    await page.locator('#work_situation-bijstand').check();
    await page.locator('#mental_health_care-in_treatment').check();
    await page.locator('#work_wish-paid_work_now').check();
    await page.locator('#barrier-self_stigma').check();
    await page.locator('#multiple_problems-yes').check();
    const [response] = await Promise.all([page.waitForNavigation(), page.locator('form.questionnaire button[type=submit]').click()]);
    assert.equal(response.status(), 200);
    assert.equal(await page.locator('.advice-card').first().getAttribute('id'), 'advies-ips');
  } finally {
    await context.close();
  }

  // Give the server a moment to flush its log, then look.
  await new Promise((r) => setTimeout(r, 300));
  const log = fs.readFileSync(logPath, 'utf8');
  assert.ok(log.includes('listening'), 'the log file is the server log');
  const lines = log.split('\n').filter((l) => l.includes('CANARY'));
  assert.deepEqual(lines, [], `the canary appears in the server log:\n${lines.join('\n')}`);
  // The answers of the valid submission are not in the log either.
  for (const value of ['psychotic', 'in_treatment', 'paid_work_now', 'self_stigma', 'multiple_problems']) {
    assert.ok(!log.includes(value), `answer ${value} appears in the server log`);
  }
  console.log(`# privacy: ${statuses.length} requests with canaries (${statuses.join(', ')}); log ${log.split('\n').length} lines, no canary`);
  checks.assertClean();
});
