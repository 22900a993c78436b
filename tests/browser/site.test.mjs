// The pages people use, in a real browser against the real API: the GraphQL IDE runs a query; the dashboard
// shows the heat map, filters it and drills down to a provider. Screenshots are kept in ./artifacts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { describeCommitteeReport } from './committeeReport.mjs';
import { describeDashboardExports } from './dashboardExports.mjs';
import { artifactsDir, mintToken, openBrowser, resetArtifacts, screenshot, startApi } from './harness.mjs';

let api;
let browser;
// The quality team's view: every provider, as the caller pastes it into the dashboard or the IDE's headers.
let token;
// What the suites in other modules share with this one: one API and one browser for the whole run.
const run = {};

before(async () => {
  resetArtifacts();
  api = await startApi();
  token = mintToken('QUALITY_TEAM', api.environment);
  browser = await openBrowser();
  Object.assign(run, { api, browser, token, dashboardToken: mintToken('DASHBOARD', api.environment) });
}, { timeout: 360_000 });

after(async () => {
  await browser?.close();
  await api?.stop();
  console.log(`Screenshots and the API log: ${artifactsDir}`);
});

function assertNothingWentWrong() {
  assert.deepEqual(browser.takeProblems(), []);
}

/** Waits until no section of the dashboard is loading (each marks itself aria-busy while it does). */
async function settled(page) {
  await page.waitForFunction(() => document.querySelectorAll('section[aria-busy="true"]').length === 0, null, { timeout: 90_000 });
}

/** The text of GraphiQL's editors (query, variables, headers), with Monaco's non-breaking spaces made plain. */
async function editorText(page) {
  await page.waitForFunction(() => document.querySelectorAll('.graphiql-container .monaco-editor .view-lines').length >= 2);
  return page.evaluate(() => [...document.querySelectorAll('.monaco-editor .view-lines')]
    .map((e) => e.textContent.replace(/\u00a0/g, ' ')).join('\n'));
}

describe('GraphQL IDE', () => {
  it('is what a browser gets at /graphql, its header editor holding an Authorization template', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${api.baseUrl}/graphql`);
    assert.equal(response.status(), 200);
    assert.match(response.headers()['content-type'], /^text\/html/);
    await page.getByText('Headers', { exact: true }).waitFor();
    assert.match(await editorText(page), /"Authorization": "Bearer <token>"/);
    // Anonymous callers may not introspect: GraphiQL shows the API's refusal in its response pane.
    await page.waitForFunction(() => /Introspection\s+is\s+not\s+allowed/.test(
      (document.querySelector('.result-window')?.textContent ?? '').replace(/\u00a0/g, ' ')), null, { timeout: 60_000 });
    await screenshot(page, '01-graphql-ide-header-template');
    assertNothingWentWrong();
    await page.context().close();
  });

  it('runs a query as the caller whose token the tab holds, and shows the result', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ token });
    await page.goto(`${api.baseUrl}/graphql`);
    assert.match(await editorText(page), /"Authorization": "Bearer eyJ/);
    // With the token the schema loads: the documentation explorer lists the root types.
    await page.getByRole('button', { name: /show documentation explorer/i }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor({ timeout: 60_000 });

    await page.getByRole('button', { name: /execute query/i }).click();
    const result = page.locator('.result-window');
    await result.getByText('"bySeverity"').waitFor({ timeout: 60_000 });
    const text = await result.innerText();
    assert.match(text, /"exceptionSummary"/);
    assert.match(text, /"totalCount"/);
    assert.doesNotMatch(text, /"errors"/);
    await screenshot(page, '02-graphql-ide-query-result');
    assertNothingWentWrong();
    await page.context().close();
  });
});

describe('Compliance dashboard', () => {
  it('takes a pasted token, then shows the provider x quarter heat map and the exception trend', { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await page.goto(`${api.baseUrl}/dashboard`);
    await page.getByText('No token: the API treats you as anonymous.').waitFor();
    await page.getByLabel('Bearer token').fill(token);
    await page.getByRole('button', { name: 'Use token' }).click();
    await page.getByText(/^Signed in as .+ \(QUALITY_TEAM\)\.$/).waitFor({ timeout: 60_000 });
    const heatMap = page.getByRole('table', { name: /by provider and quarter/ });
    await heatMap.waitFor({ timeout: 60_000 });
    // Eight quarter columns after Provider and Type.
    assert.equal(await heatMap.locator('thead th').count(), 10);
    assert.ok(await heatMap.locator('tbody tr').count() > 10);
    // RAG is a word in every cell, never colour alone.
    const firstRow = await heatMap.locator('tbody tr').first().locator('td.rag-cell').allInnerTexts();
    for (const cell of firstRow) assert.match(cell, /^(Red|Amber|Green|Grey|Not rated)/);

    const exceptions = page.getByRole('table', { name: /Exceptions outstanding at the end of each quarter/ });
    await exceptions.waitFor();
    assert.match(await exceptions.locator('tfoot tr.total').innerText(), /All exceptions/);
    await screenshot(page, '03-dashboard');
    assertNothingWentWrong();
    await page.context().close();
  });

  it('filters by provider type and LSCB, then drills down to a provider with the keyboard', { timeout: 180_000 }, async () => {
    const page = await browser.newPage({ token });
    await page.goto(`${api.baseUrl}/dashboard`);
    const heatMap = page.getByRole('table', { name: /by provider and quarter/ });
    await heatMap.waitFor({ timeout: 60_000 });
    const allProviders = await heatMap.locator('tbody tr').count();

    await page.getByLabel('Provider type').selectOption({ label: 'NHS trust' });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/type=NHS_TRUST/);
    await settled(page);
    const types = await heatMap.locator('tbody tr td:nth-child(2)').allInnerTexts();
    assert.ok(types.length > 0 && types.length < allProviders, `${types.length} NHS trusts of ${allProviders} providers`);
    assert.ok(types.every((t) => t === 'NHS trust'), types.join(', '));
    await page.getByRole('table', { name: /for the filtered providers/ }).waitFor();
    await screenshot(page, '04-dashboard-filtered-by-type');

    // An LSCB on its own (not every LSCB has an NHS trust): fewer providers, and the trend recounted for them.
    await page.getByLabel('Provider type').selectOption({ label: 'All provider types' });
    const lscb = page.getByLabel('Local Safeguarding Children Board');
    const lscbName = (await lscb.locator('option').nth(1).innerText()).trim();
    await lscb.selectOption({ label: lscbName });
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL((url) => url.searchParams.has('lscb') && !url.searchParams.has('type'));
    await settled(page);
    const inLscb = await heatMap.locator('tbody tr').count();
    assert.ok(inLscb > 0 && inLscb < allProviders, `${inLscb} providers in ${lscbName}`);

    // Drill down with the keyboard: Enter on the provider's name, and focus lands on its heading.
    const providerButton = heatMap.locator('tbody tr').first().getByRole('button');
    const providerName = (await providerButton.innerText()).trim();
    await providerButton.focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 2, name: providerName });
    await heading.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'provider-heading');
    const detail = page.locator('#provider-detail');
    for (const section of [/^Overdue actions \(\d+\)$/, /^Missing quarterly updates \(\d+\)$/, /^Action plans \(\d+\)$/]) {
      await detail.getByRole('heading', { level: 3, name: section }).waitFor();
    }
    assert.match(page.url(), /provider=/);
    await screenshot(page, '05-dashboard-provider-drill-down');

    // Closing returns focus to the name it was opened from.
    await detail.getByRole('button', { name: 'Close provider' }).click();
    await page.waitForFunction((name) => document.activeElement?.textContent?.trim() === name, providerName);
    assertNothingWentWrong();
    await page.context().close();
  });

  it('can be used with the keyboard alone: a skip link first, then a visible focus on every control', { timeout: 120_000 }, async () => {
    const page = await browser.newPage({ token });
    await page.goto(`${api.baseUrl}/dashboard`);
    await page.getByRole('table', { name: /by provider and quarter/ }).waitFor({ timeout: 60_000 });

    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
    const seen = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const e = document.activeElement;
        const style = getComputedStyle(e);
        return { label: e.getAttribute('aria-label') ?? e.id ?? '', text: (e.textContent ?? '').trim().slice(0, 40), tag: e.tagName, outline: style.outlineStyle, width: parseFloat(style.outlineWidth) };
      });
      seen.push(focused);
      assert.ok(focused.outline !== 'none' && focused.width >= 2, `no visible focus on ${JSON.stringify(focused)}`);
    }
    assert.ok(seen.some((f) => f.label === 'filter-type' || f.text.startsWith('All provider types')), JSON.stringify(seen));
    await screenshot(page, '06-dashboard-keyboard-focus');
    assertNothingWentWrong();
    await page.context().close();
  });
});

describeDashboardExports(run);
describeCommitteeReport(run);
