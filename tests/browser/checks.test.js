// The checks check themselves: on a deliberately broken page (served by the browser's own
// request interception, never by the product) every check must report its fault. A suite
// whose checks cannot fail would pass for the wrong reason. Not counted as a journey.
'use strict';

const { test, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { BASE_URL, Checks, launch } = require('./helpers');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

const BROKEN = `<!DOCTYPE html>
<html><head><title>broken</title>
<style>
  *:focus, *:focus-visible { outline: none !important; box-shadow: none !important; }
  .wide { width: 900px; height: 10px; }
</style></head>
<body>
<a href="/x">first link, no skip link</a>
<main><img src="https://elsewhere.invalid/pixel.png"><input type="text">
<div class="wide"></div></main>
</body></html>`;

test('self-test: the checks report axe violations, reflow, skip link, focus and outside requests', async () => {
  const checks = new Checks(browser, 'self-test', { count: false });
  const context = await checks.context();
  // Nothing leaves the machine: the outside request is aborted here, after the guard saw it.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${BASE_URL}/__broken`)) {
      return route.fulfill({ status: 200, contentType: 'text/html', body: BROKEN });
    }
    if (url.startsWith(BASE_URL)) return route.continue();
    return route.abort();
  });
  const page = await context.newPage();
  try {
    await page.goto(`${BASE_URL}/__broken`);
    await checks.page(page, 'broken page');
    const all = checks.problems.join('\n');
    assert.match(all, /axe \[broken page\] image-alt/, 'axe finds the image without alt');
    assert.match(all, /axe \[broken page\] label/, 'axe finds the input without label');
    assert.match(all, /axe \[broken page\] html-has-lang/, 'axe finds the missing lang');
    assert.match(all, /reflow \[broken page\] horizontal scroll at 320 px/, 'reflow check');
    assert.match(all, /skip link \[broken page\] first Tab reached A/, 'skip link check');
    assert.match(all, /request to another host: GET https:\/\/elsewhere\.invalid\/pixel\.png/, 'outside request');
    await page.keyboard.press('Tab');
    checks.problems.length = 0;
    await checks.focusVisible(page, 'broken focus');
    assert.match(checks.problems.join('\n'), /focus \[broken focus\] .* shows no focus indicator/, 'focus check');
  } finally {
    await context.close();
  }
});
