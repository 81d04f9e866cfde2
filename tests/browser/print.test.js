// The advice in print: Chromium prints the case page to an A4 PDF; pdfjs-dist reads the text
// of each page. The advice prints the summary and the route on page one, then every option in
// rank order with what it is, how long, who delivers it, who pays, the next step, the
// providers in the region and its caveats, then the answers; the pointer to the reasoning
// carries its address. The reasoning page, printed, is the appendix: the answers on its first
// page, every ledger, what does not fit. Printed without background graphics, the rank and
// evidence labels keep a border.
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

/** The text of every page of a PDF, one string per page. */
async function pageTexts(pdf) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => item.str).join(' ').replace(/\s+/g, ' '));
  }
  await doc.destroy();
  return pages;
}

test('the advice prints summary and route on page one, then each option with its facts, providers, who pays, next step and caveats, and the answers; the reasoning page is the appendix', async () => {
  const checks = new Checks(browser, 'advice in print');
  const context = await checks.context();
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/vragenlijst`);
    await page.locator('#severity-epa').check();
    await page.locator('#field-disorder').selectOption('psychotic');
    await page.locator('#work_situation-bijstand').check();
    await page.locator('#mental_health_care-in_treatment').check();
    await page.locator('#work_wish-paid_work_now').check();
    await page.locator('#field-region').selectOption('groot-amsterdam');
    await Promise.all([page.waitForURL(/\/advies\/[0-9a-f]{32}$/), page.locator('form.questionnaire button[type=submit]').click()]);
    const advice = page.url();
    await checks.page(page, 'advice before printing');
    const summary = (await page.locator('#samenvatting .summary-text').innerText()).trim();
    // What every card says on screen, in rank order: its name, and what paper must show of it.
    const cards = await page.locator('.advice-card').evaluateAll((list) =>
      list.map((card) => {
        const all = (css) => [...card.querySelectorAll(css)].map((e) => e.textContent.trim());
        return {
          name: card.querySelector('h3 a').textContent.trim(),
          weak: card.classList.contains('advice-card--weak'),
          facts: all('.card-fact--what, .card-fact--how-long, .card-fact--delivered-by'),
          providers: all('.providers li, .providers-short'),
          lines: all('.funding-lines li, .card-caveats li'),
        };
      }),
    );
    const answers = await page.locator('.answers .answers-summary dd').evaluateAll((dds) =>
      dds.map((dd) => dd.firstChild.textContent.trim()),
    );
    const options = cards.filter((c) => !c.weak);
    assert.ok(options.length >= 2, 'strong and possible options to print');
    assert.ok(options.every((c) => c.facts.length === 3), 'three facts per option');
    assert.ok(options.some((c) => c.providers.length > 0), 'providers in the region to print');
    assert.ok(cards.flatMap((c) => c.lines).some((l) => l.startsWith('Let op:')), 'caveats to print');

    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = await pageTexts(pdf);
    const squeeze = (s) => s.replace(/\s+/g, '');
    // pdf.js may split or join words at line ends: compare without white space.
    const all = squeeze(pages.join(' '));
    assert.ok(squeeze(pages[0]).includes(squeeze(summary)), 'the summary on page one');
    assert.ok(squeeze(pages[0]).includes('Routeenregie'), 'the route on page one');
    // Where the reasoning is, with its address on paper.
    const pointer = squeeze(`staat op een eigen pagina; print die als bijlage: Onderbouwing van het advies (${new URL(advice).pathname}/onderbouwing)`);
    assert.ok(all.includes(pointer), 'where the reasoning is, with its address');
    // Each card in rank order, and between its name and the next card's what it says: for an
    // option its three facts, who pays, the next step and the providers; for every card its
    // funding lines and caveats.
    let at = all.indexOf(pointer);
    const starts = cards.map((c) => {
      at = all.indexOf(squeeze(c.name), at + 1);
      assert.ok(at > 0, `${c.name} printed in rank order`);
      return at;
    });
    const answersAt = all.indexOf('Uwantwoorden', at);
    assert.ok(answersAt > at, 'the answers after the options');
    cards.forEach((card, i) => {
      const block = all.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : answersAt);
      const expected = [...card.facts, ...card.providers, ...card.lines];
      if (!card.weak) expected.push('Wie betaalt:', 'Volgende stap:');
      for (const text of expected) {
        assert.ok(block.includes(squeeze(text)), `${card.name}: "${text.slice(0, 60)}" printed with it`);
      }
    });
    for (const answer of answers) assert.ok(all.slice(answersAt).includes(squeeze(answer)), `answer ${answer} is printed`);
    assert.ok(!all.includes('Totaal'), 'no ledger in the advice');
    assert.ok(!all.includes(squeeze('Bekijk de onderbouwing')), 'no links to each card\'s reasoning on paper');
    // No page but the last is left nearly empty (a card or the answers pushed to the next page).
    const nearlyEmpty = (list) => {
      const fullest = Math.max(...list.map((p) => squeeze(p).length));
      list.slice(0, -1).forEach((p, i) =>
        assert.ok(squeeze(p).length > fullest / 3, `page ${i + 1} of ${list.length} is nearly empty: ${p.slice(0, 80)}`),
      );
    };
    nearlyEmpty(pages);

    // Black and white: without background graphics every label still has a visible border.
    await page.emulateMedia({ media: 'print' });
    const bare = await page.locator('.rank, .evidence').evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => parseFloat(getComputedStyle(el).borderTopWidth) === 0)
        .map((el) => el.textContent.trim()),
    );
    assert.deepEqual(bare, [], 'labels without a border in print');
    await page.emulateMedia({ media: null });

    // The reasoning page printed is the appendix: every option's ledger with its total, no
    // navigation, one intervention's reasoning not split over two pages where it fits on one.
    await page.goto(`${advice}/onderbouwing`);
    await checks.page(page, 'reasoning before printing');
    const ranked = await page.locator('.reasoning-item h3 a').allInnerTexts();
    const excluded = await page.locator('#niet-passend li[id^="niet-"]').allInnerTexts();
    assert.ok(excluded.length > 0, 'interventions that do not fit');
    const appendix = await pageTexts(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
    const appendixText = squeeze(appendix.join(' '));
    assert.ok(appendixText.startsWith(squeeze('Onderbouwing van het advies')), `no navigation before the title: ${appendixText.slice(0, 80)}`);
    assert.equal((appendix.join(' ').match(/Totaal/g) || []).length, ranked.length, 'a total per intervention');
    for (const name of ranked) assert.ok(appendixText.includes(squeeze(name)), `${name} in the appendix`);
    assert.ok(!appendixText.includes(squeeze('Terug naar het advies')), 'no links back on paper');
    // The answers on its first page, so that it can be matched to its advice.
    for (const answer of answers) assert.ok(squeeze(appendix[0]).includes(squeeze(answer)), `answer ${answer} on the appendix's first page`);
    for (const e of excluded) assert.ok(appendixText.includes(squeeze(e)), `not fitting: ${e.slice(0, 60)}`);
    nearlyEmpty(appendix);
    await page.emulateMedia({ media: 'print' });
    const split = await page.locator('.reasoning-item').evaluateAll((items) =>
      items.map((i) => getComputedStyle(i).breakInside).filter((b) => b !== 'avoid'),
    );
    assert.deepEqual(split, [], 'each intervention kept whole');
  } finally {
    await context.close();
  }
  checks.assertClean();
});
