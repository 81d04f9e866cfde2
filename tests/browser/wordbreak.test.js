// No text is broken inside a word, at phone, tablet and desktop width: for every word of every
// text node on the page, the browser's line boxes (Range.getClientRects) must not put parts of
// it on two lines. A break right after a hyphen or slash is a normal break and allowed. Tables
// must get sensible column widths, or stack, instead of squeezing words ("Werksitu atie").
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, launch, writeStats } = require('./helpers');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
  writeStats(__filename);
});

/** The words the browser broke over two lines, with the tag of their element. Runs in the page. */
function brokenWords() {
  const broken = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style, svg, .visually-hidden, [hidden]')) continue;
    for (const match of node.data.matchAll(/[^\s\-\/\u2013\u2014]+[\-\/\u2013\u2014]?/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0).map((r) => Math.round(r.top)),
      );
      if (tops.size > 1) broken.push(`${parent.tagName.toLowerCase()}.${parent.className}: "${match[0]}"`);
    }
  }
  return broken;
}

async function advicePath() {
  const response = await fetch(`${BASE_URL}/advies`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'severity=epa&disorder=psychotic&work_situation=bijstand&mental_health_care=in_treatment&work_wish=paid_work_now&region=groot-amsterdam',
    redirect: 'manual',
  });
  assert.equal(response.status, 303);
  return response.headers.get('location');
}

test('no word is broken over two lines at 375, 768 and 1280 px', async () => {
  const paths = ['/uitleg', '/sociale-kaart', '/vergelijk', '/interventies', '/interventies/ips', '/vragenlijst', await advicePath()];
  const problems = [];
  for (const width of [375, 768, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    for (const path of paths) {
      await page.goto(`${BASE_URL}${path}`);
      // Open every folded part, so that its text is laid out too.
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
      for (const word of await page.evaluate(brokenWords)) problems.push(`${path} at ${width} px: ${word}`);
    }
    await context.close();
  }
  assert.deepEqual(problems, []);
});
