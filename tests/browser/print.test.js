// The advice in print: Chromium prints the case page to an A4 PDF; pdfjs-dist reads the text
// of each page. The first two pages hold the summary, the route, the strong and possible
// options with who pays and the next step, and the answers; the reasoning follows as an
// appendix. Printed without background graphics, the rank and evidence labels keep a border.
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

test('the advice prints its summary, options and answers on the first two A4 pages', async () => {
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
    await checks.page(page, 'advice before printing');
    const summary = (await page.locator('#samenvatting .summary-text').innerText()).trim();
    const strongAndPossible = await page.locator('.advice-card--strong h3 a, .advice-card--possible h3 a').allInnerTexts();
    const answers = await page.locator('.answers .answers-summary dd').evaluateAll((dds) =>
      dds.map((dd) => dd.firstChild.textContent.trim()),
    );
    assert.ok(strongAndPossible.length >= 2, 'strong and possible options to print');

    const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
    const pages = await pageTexts(pdf);
    assert.ok(pages.length > 2, `the reasoning follows as an appendix (${pages.length} pages)`);
    const firstTwo = pages.slice(0, 2).join(' ');
    const squeeze = (s) => s.replace(/\s+/g, '');
    // pdf.js may split or join words at line ends: compare without white space.
    for (const [what, text] of [
      ['the summary', summary],
      ['the route heading', 'Route en regie'],
      ['the answers heading', 'Uw antwoorden'],
      ...strongAndPossible.map((name) => [`option ${name}`, name]),
      ...answers.map((a) => [`answer ${a}`, a]),
    ]) {
      assert.ok(squeeze(firstTwo).includes(squeeze(text)), `${what} is on the first two pages`);
    }
    assert.ok((firstTwo.match(/Wie betaalt/g) || []).length >= strongAndPossible.length, 'who pays, per option');
    assert.ok((firstTwo.match(/Volgende stap/g) || []).length >= strongAndPossible.length, 'the next step, per option');
    assert.ok(!squeeze(firstTwo).includes('Bijlage'), 'the appendix starts after page two');
    assert.ok(squeeze(pages.slice(2).join(' ')).includes(squeeze('Bijlage met de onderbouwing: ')), 'the appendix');
    assert.ok(squeeze(pages.slice(2).join(' ')).includes('Totaal'), 'the ledgers are in the appendix');
    // No page but the last is left nearly empty (a card or the answers pushed to the next page).
    const fullest = Math.max(...pages.map((p) => squeeze(p).length));
    pages.slice(0, -1).forEach((p, i) =>
      assert.ok(squeeze(p).length > fullest / 3, `page ${i + 1} of ${pages.length} is nearly empty: ${p.slice(0, 80)}`),
    );

    // Black and white: without background graphics every label still has a visible border.
    await page.emulateMedia({ media: 'print' });
    const bare = await page.locator('.rank, .evidence, .tier-label').evaluateAll((els) =>
      els
        .filter((el) => el.getClientRects().length > 0)
        .filter((el) => parseFloat(getComputedStyle(el).borderTopWidth) === 0)
        .map((el) => el.textContent.trim()),
    );
    assert.deepEqual(bare, [], 'labels without a border in print');
  } finally {
    await context.close();
  }
  checks.assertClean();
});
