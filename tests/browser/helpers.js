// Shared helpers of the browser suite: Debian's Chromium through playwright-core, axe-core
// injected into every page state, and the checks axe cannot do (skip link, visible focus,
// 320 px reflow, nothing loaded from elsewhere).
//
// Run through scripts/browser-tests, which starts the server and sets BASE_URL, SERVER_LOG
// and BROWSER_STATS_DIR.
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { chromium } = require('playwright-core');

const BASE_URL = (process.env.BASE_URL || '').replace(/\/$/, '');
if (!BASE_URL) {
  throw new Error('BASE_URL is not set: run the suite through scripts/browser-tests');
}
const BASE = new URL(BASE_URL);

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Counts of this test file, written to BROWSER_STATS_DIR for the runner's closing summary. */
const stats = { file: '', journeys: 0, pagesScanned: 0, violations: 0, problems: 0 };

async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Writes this file's counts for the runner (see scripts/browser-tests). */
function writeStats(file) {
  stats.file = path.basename(file);
  const dir = process.env.BROWSER_STATS_DIR;
  if (dir) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `${stats.file}.json`), JSON.stringify(stats));
  }
  console.log(
    `# ${stats.file}: journeys ${stats.journeys}, pages scanned by axe ${stats.pagesScanned}, ` +
      `axe violations ${stats.violations}, other problems ${stats.problems}`,
  );
}

/**
 * One test's findings. Every check adds to `problems` instead of throwing, so one run reports
 * every violation of every page; `assertClean()` at the end of the test fails with all of them.
 */
class Checks {
  constructor(browser, name, { count = true } = {}) {
    this.browser = browser;
    this.name = name;
    this.count = count; // false for the self-test of the checks: not a journey, not in the counts
    this.problems = [];
    this.scanned = [];
    if (count) stats.journeys += 1;
  }

  /** A fresh context (own cookies) whose every request must go to the test server. */
  async context(options = {}) {
    const context = await this.browser.newContext({
      bypassCSP: true, // only so that axe can be injected; the server still sends its CSP
      viewport: { width: 1280, height: 900 },
      ...options,
    });
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol === 'data:' || url.protocol === 'about:') return;
      if (url.host !== BASE.host || url.protocol !== BASE.protocol) {
        this.problem(`request to another host: ${request.method()} ${request.url()}`);
      }
    });
    context.on('requestfailed', (request) => {
      // Chromium fetches the favicon on its own after the page loaded; a quick next navigation
      // aborts that fetch. Not a failure of the server (its answers are checked below).
      const aborted = request.failure()?.errorText === 'net::ERR_ABORTED';
      if (aborted && new URL(request.url()).pathname.startsWith('/static/img/favicon.')) return;
      this.problem(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    context.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/static/') && response.status() !== 200) {
        this.problem(`asset ${url.pathname} answered ${response.status()}`);
      }
    });
    return context;
  }

  problem(text) {
    this.problems.push(text);
    if (this.count) stats.problems += 1;
  }

  /**
   * Every check of one page state: axe (WCAG 2.1 A and AA), no horizontal scroll at 320 px,
   * and, when `fresh` (the page was just loaded and nothing was focused), that the first Tab
   * reaches the skip link, that it shows a focus indicator, and that it moves focus to main.
   */
  async page(page, label, { fresh = true } = {}) {
    await this.axe(page, label);
    await this.reflow(page, label);
    if (fresh) await this.skipLink(page, label);
  }

  async axe(page, label) {
    await page.addScriptTag({ content: AXE_SOURCE });
    const results = await page.evaluate(
      (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }),
      AXE_TAGS,
    );
    if (this.count) stats.pagesScanned += 1;
    this.scanned.push(label);
    for (const v of results.violations) {
      if (this.count) stats.violations += 1;
      const nodes = v.nodes
        .slice(0, 10)
        .map((n) => `      ${n.target.join(' ')}\n        ${n.failureSummary?.replace(/\n/g, '\n        ')}`)
        .join('\n');
      const text = `axe [${label}] ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${nodes}`;
      this.problems.push(text);
    }
  }

  async reflow(page, label) {
    const before = page.viewportSize();
    await page.setViewportSize({ width: 320, height: 640 });
    const m = await page.evaluate(() => {
      const de = document.documentElement;
      const wide = [];
      for (const el of document.querySelectorAll('body *')) {
        const r = el.getBoundingClientRect();
        if (r.right > de.clientWidth + 1 && getComputedStyle(el).position !== 'absolute') {
          // Report the outermost offenders only.
          if (!wide.some((w) => w.el.contains(el))) wide.push({ el, right: Math.round(r.right) });
        }
      }
      return {
        scrollWidth: de.scrollWidth,
        clientWidth: de.clientWidth,
        wide: wide.slice(0, 5).map((w) => `${w.el.tagName.toLowerCase()}${w.el.id ? '#' + w.el.id : ''}${w.el.className && typeof w.el.className === 'string' ? '.' + w.el.className.trim().split(/\s+/).join('.') : ''} (right edge ${w.right}px)`),
      };
    });
    if (m.scrollWidth > m.clientWidth) {
      this.problem(
        `reflow [${label}] horizontal scroll at 320 px: scrollWidth ${m.scrollWidth} > clientWidth ${m.clientWidth}; widest: ${m.wide.join(', ')}`,
      );
    }
    await page.setViewportSize(before);
  }

  async skipLink(page, label) {
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement;
      return { cls: el.className, href: el.getAttribute('href'), tag: el.tagName };
    });
    if (!(first.tag === 'A' && String(first.cls).includes('skip-link') && first.href === '#inhoud')) {
      this.problem(`skip link [${label}] first Tab reached ${first.tag}.${first.cls} (${first.href}), not the skip link`);
      return;
    }
    await this.focusVisible(page, `${label}, skip link`);
    await page.keyboard.press('Enter');
    const onMain = await page.evaluate(() => document.activeElement === document.querySelector('main'));
    if (!onMain) this.problem(`skip link [${label}] Enter did not move focus to main`);
    // The next Tab goes on from main: into the content, or past it when main holds no control.
    await page.keyboard.press('Tab');
    const where = await page.evaluate(() => {
      const main = document.querySelector('main');
      const el = document.activeElement;
      if (main.contains(el)) return 'in';
      return main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING ? 'after' : 'before';
    });
    if (where === 'before') this.problem(`skip link [${label}] the Tab after the skip link went back before main`);
    else await this.focusVisible(page, `${label}, first element after the skip link`);
  }

  /** The focused element (reached by keyboard) shows a focus indicator. */
  async focusVisible(page, label) {
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const cs = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}`,
        focusVisible: el.matches(':focus-visible'),
        outlineWidth: parseFloat(cs.outlineWidth) || 0,
        outlineStyle: cs.outlineStyle,
        boxShadow: cs.boxShadow,
      };
    });
    const outline = f.outlineWidth > 0 && f.outlineStyle !== 'none';
    const shadow = f.boxShadow && f.boxShadow !== 'none';
    if (f.what === 'body') {
      this.problem(`focus [${label}] nothing is focused`);
    } else if (!f.focusVisible || !(outline || shadow)) {
      this.problem(
        `focus [${label}] ${f.what} shows no focus indicator (:focus-visible ${f.focusVisible}, outline ${f.outlineWidth}px ${f.outlineStyle}, box-shadow ${f.boxShadow})`,
      );
    }
  }

  assertClean() {
    if (this.problems.length) {
      assert.fail(`${this.name}: ${this.problems.length} problem(s):\n  - ${this.problems.join('\n  - ')}`);
    }
  }
}

/**
 * Presses Tab until `predicate` (run in the page) holds for the focused element, unless it
 * already does; checks the focus indicator at every stop.
 */
async function tabUntil(page, checks, description, predicate, arg, max = 250) {
  if (await page.evaluate(predicate, arg)) return;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    await checks.focusVisible(page, `Tab towards ${description}`);
    if (await page.evaluate(predicate, arg)) return;
  }
  throw new Error(`Tab never reached ${description}`);
}

/** Presses `key` until the focused element's value is `value` (radio groups and selects). */
async function keyUntilValue(page, key, value, max = 20) {
  for (let i = 0; i < max; i++) {
    if ((await page.evaluate(() => document.activeElement.value)) === value) return;
    await page.keyboard.press(key);
  }
  const now = await page.evaluate(() => `${document.activeElement.name}=${document.activeElement.value}`);
  throw new Error(`${key} never reached value ${value} (at ${now})`);
}

module.exports = {
  BASE_URL,
  Checks,
  launch,
  writeStats,
  stats,
  tabUntil,
  keyUntilValue,
};
