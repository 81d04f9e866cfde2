// The advice in print: Chromium prints the case page to an A4 PDF; pdfjs-dist reads the text
// of each page. The advice prints the summary, the route, the strong and possible options with
// who pays, the next step and their caveats, and the answers; its reasoning is a page of its
// own, printed as the appendix. Printed without background graphics, the rank and evidence
// labels keep a border.
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

test('the advice prints its summary, options with their caveats and answers; the reasoning page is the appendix', async () => {
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
    const strongAndPossible = await page.locator('.advice-card--strong h3 a, .advice-card--possible h3 a').allInnerTexts();
    const caveats = await page.locator('.advice-card--strong .card-caveats li, .advice-card--possible .card-caveats li').allInnerTexts();
    const answers = await page.locator('.answers .answers-summary dd').evaluateAll((dds) =>
      dds.map((dd) => dd.firstChild.textContent.trim()),
    );
    assert.ok(strongAndPossible.length >= 2, 'strong and possible options to print');
    assert.ok(caveats.length >= 2, 'caveats to print');

    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = await pageTexts(pdf);
    const squeeze = (s) => s.replace(/\s+/g, '');
    // pdf.js may split or join words at line ends: compare without white space.
    const all = squeeze(pages.join(' '));
    assert.ok(squeeze(pages[0]).includes(squeeze(summary)), 'the summary on page one');
    assert.ok(squeeze(pages[0]).includes('Routeenregie'), 'the route on page one');
    for (const [what, text] of [
      ['the answers heading', 'Uw antwoorden'],
      ...strongAndPossible.map((name) => [`option ${name}`, name]),
      ...caveats.map((c) => [`caveat ${c.slice(0, 40)}`, c]),
      ...answers.map((a) => [`answer ${a}`, a]),
    ]) {
      assert.ok(all.includes(squeeze(text)), `${what} is printed`);
    }
    const printed = pages.join(' ');
    assert.ok((printed.match(/Wie betaalt/g) || []).length >= strongAndPossible.length, 'who pays, per option');
    assert.ok((printed.match(/Volgende stap/g) || []).length >= strongAndPossible.length, 'the next step, per option');
    // Instead of an appendix, where the reasoning is.
    assert.ok(all.includes(squeeze('staat op een eigen pagina; print die als bijlage: Onderbouwing van het advies')), 'where the reasoning is');
    assert.ok(!all.includes('Totaal'), 'no ledger in the advice');
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
    const appendix = await pageTexts(await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true }));
    const appendixText = squeeze(appendix.join(' '));
    assert.ok(appendixText.startsWith(squeeze('Onderbouwing van het advies')), `no navigation before the title: ${appendixText.slice(0, 80)}`);
    assert.equal((appendix.join(' ').match(/Totaal/g) || []).length, ranked.length, 'a total per intervention');
    for (const name of ranked) assert.ok(appendixText.includes(squeeze(name)), `${name} in the appendix`);
    assert.ok(!appendixText.includes(squeeze('Terug naar het advies')), 'no links back on paper');
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
