// The dashboard's export buttons, clicked as a person would: the files arrive, and the CSV holds what the page shows.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { csvRecords } from './csv.mjs';
import { artifactsDir, screenshot } from './harness.mjs';

const ragWords = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', GREY: 'Grey' };
// The heat map's default measure: the worse of the indicator and duty ratings (src/dashboard/rag.ts).
const precedence = ['RED', 'AMBER', 'GREY', 'GREEN'];
const worstOf = (a, b) => (precedence.indexOf(a) <= precedence.indexOf(b) ? a : b);

/** Clicks an export button and keeps the file it saves in the artifacts folder. */
async function download(page, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    page.getByRole('region', { name: 'Exports' }).getByRole('button', { name }).click(),
  ]);
  const path = join(artifactsDir, `download-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** The provider x quarter heat map as the page shows it: each provider's name and its rating in the last quarter. */
async function lastQuarterOnScreen(page) {
  return page.locator('table.heat-map tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = row.querySelectorAll('td.rag-cell');
    const last = cells[cells.length - 1];
    const badge = last.querySelector('.rag');
    return {
      provider: row.querySelector('th button').textContent.trim(),
      // The badge's own word, without the visually hidden breakdown that follows it.
      rating: badge ? badge.firstChild.textContent.trim() : last.textContent.trim(),
    };
  }));
}

export function describeDashboardExports(run) {
  describe('Dashboard exports', () => {
    it('saves the compliance summary as CSV holding the heat map\'s last quarter row for row, and as a workbook', { timeout: 240_000 }, async () => {
      const page = await run.browser.newPage({ token: run.token });
      await page.goto(`${run.api.baseUrl}/dashboard`);
      const heatMap = page.getByRole('table', { name: /by provider and quarter/ });
      await heatMap.waitFor({ timeout: 60_000 });
      await page.getByRole('region', { name: 'Exports' }).waitFor();
      const onScreen = await lastQuarterOnScreen(page);

      const csv = await download(page, /Compliance summary \(CSV\)/);
      assert.match(csv.name, /^compliance-summary-\d{4}-\d{2}-Q[1-4]\.csv$/);
      const records = csvRecords(csv.bytes.toString('utf8'));
      assert.equal(records.length, onScreen.length, 'one CSV row per provider on the heat map');
      const byName = new Map(records.map((r) => [r.Provider, r]));
      for (const { provider, rating } of onScreen) {
        const record = byName.get(provider);
        assert.ok(record, `${provider} is on the page but not in the CSV`);
        assert.equal(ragWords[worstOf(record['Indicator RAG'], record['Duty RAG'])], rating, provider);
      }
      const quarterHeading = await heatMap.locator('thead th.quarter').last().innerText();
      assert.equal(records[0].Quarter, quarterHeading.replace(/\s+/, '-').replace(/\s+/g, ''));

      const xlsx = await download(page, /Compliance summary \(Excel\)/);
      assert.match(xlsx.name, /\.xlsx$/);
      // An xlsx is a zip (PK..) whose parts are named in the clear: the sheet is there.
      assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK');
      assert.ok(xlsx.bytes.includes('xl/worksheets/sheet1.xml'), 'the workbook has a worksheet');
      await screenshot(page, '07-dashboard-exports');
      assert.deepEqual(run.browser.takeProblems(), []);
      await page.context().close();
    });

    it('saves the exception list as CSV with as many lines as the page counts outstanding today, and as a workbook', { timeout: 240_000 }, async () => {
      const page = await run.browser.newPage({ token: run.token });
      await page.goto(`${run.api.baseUrl}/dashboard`);
      const trend = page.getByRole('table', { name: /Exceptions outstanding at the end of each quarter/ });
      await trend.waitFor({ timeout: 60_000 });
      // The total row's last quarter column is today.
      const totals = await trend.locator('tfoot tr.total td.count').allInnerTexts();
      const outstanding = Number(totals[totals.length - 1]);

      const csv = await download(page, /Exceptions \(CSV\)/);
      assert.match(csv.name, /^exceptions.*\.csv$/);
      const records = csvRecords(csv.bytes.toString('utf8'));
      assert.equal(records.length, outstanding);
      // By severity too: the high-severity card counts what is outstanding now.
      const high = await page.getByRole('list', { name: /by severity/ }).locator('.severity-high .card-count').innerText();
      assert.equal(records.filter((r) => r.Severity === 'HIGH').length, Number(high));

      const xlsx = await download(page, /Exceptions \(Excel\)/);
      assert.match(xlsx.name, /\.xlsx$/);
      assert.equal(xlsx.bytes.subarray(0, 2).toString('latin1'), 'PK');
      assert.deepEqual(run.browser.takeProblems(), []);
      await page.context().close();
    });
  });
}
