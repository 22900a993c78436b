// The committee report page: its header, RAG table and sections, printed (emulated print media and a real PDF),
// keyboard use, and the figures-only view of a committee pack (DASHBOARD role).
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { artifactsDir, screenshot } from './harness.mjs';

const sections = [
  'Summary', '1. Provider compliance', '2. Exceptions', '3. Audit outcomes', '4. Ofsted and CQC evaluations of reviews',
  '5. Action plans', /^Appendix: exception list \(\d+\)$/,
];

async function ready(page) {
  await page.waitForSelector('main[data-report-state="ready"], main[data-report-state="failed"]', { timeout: 120_000 });
  const state = await page.locator('main').getAttribute('data-report-state');
  assert.equal(state, 'ready', await page.locator('main').getAttribute('data-report-error'));
}

export function describeCommitteeReport(run) {
  describe('Committee report', () => {
    it('shows the header, the provider RAG table and every section for the last finished quarter', { timeout: 180_000 }, async () => {
      const page = await run.browser.newPage({ token: run.token });
      await page.goto(`${run.api.baseUrl}/reports/committee`);
      await ready(page);

      const quarter = await page.getByLabel('Quarter', { exact: true }).inputValue();
      assert.match(quarter, /^\d{4}\/\d{2}-Q[1-4]$/);
      assert.equal(await page.title(), `Committee assurance report ${quarter} · Commissioning`);
      const header = page.locator('.report-header');
      await header.getByRole('heading', { level: 1, name: /assurance report to the Audit and Quality Committee/ }).waitFor();
      assert.match(await header.innerText(), new RegExp(`Quarter\\s+${quarter.replace('/', '\\/')}`));
      assert.match(await header.innerText(), /Generated\s+\d{1,2} \w+ \d{4}, \d{2}:\d{2} UTC/);

      for (const name of sections) await page.getByRole('heading', { level: 2, name }).waitFor();

      const table = page.getByRole('table', { name: /^RAG by provider/ });
      const rows = table.locator('tbody tr');
      const providers = await rows.count();
      assert.ok(providers >= 10, `${providers} providers`);
      const summary = await page.locator('.key-figures').innerText();
      assert.match(summary, new RegExp(`of ${providers} providers rated red`));
      // Every row rates the provider overall, on indicators and on duties, each as a word.
      for (const cells of await rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('.rag')].map((b) => b.firstChild.textContent)))) {
        assert.equal(cells.length, 3);
        for (const word of cells) assert.match(word, /^(Red|Amber|Green|Grey)$/);
      }
      // Worst first: no red row after a non-red one.
      const overall = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('td .rag').firstChild.textContent));
      assert.deepEqual(overall, [...overall].sort((a, b) => ['Red', 'Amber', 'Grey', 'Green'].indexOf(a) - ['Red', 'Amber', 'Grey', 'Green'].indexOf(b)));

      // The appendix lists as many exceptions as the section counts.
      const total = Number((await page.locator('#exceptions-heading + p').innerText()).match(/^(\d+) exceptions/)[1]);
      assert.equal(await page.locator('table.exception-list tbody tr').count(), total);
      await screenshot(page, '08-committee-report');

      // On paper: no navigation, token or buttons; the report itself from the top.
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.site-header').isVisible(), false);
      assert.equal(await page.getByRole('button', { name: 'Download PDF' }).isVisible(), false);
      assert.equal(await page.getByLabel('Bearer token').isVisible(), false);
      await page.setViewportSize({ width: 794, height: 1123 }); // A4 at 96 dpi
      await screenshot(page, '09-committee-report-print');
      await writeFile(join(artifactsDir, 'committee-report-printed-by-the-browser.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      assert.deepEqual(run.browser.takeProblems(), []);
      await page.context().close();
    });

    it('chooses another quarter with the keyboard alone and downloads that quarter as a PDF', { timeout: 240_000 }, async () => {
      const page = await run.browser.newPage({ token: run.token });
      await page.goto(`${run.api.baseUrl}/reports/committee`);
      await ready(page);
      const first = await page.getByLabel('Quarter', { exact: true }).inputValue();

      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Skip to main content');
      // Tab to the quarter list, pick the quarter before, and Tab on to "Show report".
      for (let i = 0; i < 20 && (await page.evaluate(() => document.activeElement?.id)) !== 'report-quarter'; i++) await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'report-quarter');
      await page.keyboard.press('ArrowDown');
      const chosen = await page.getByLabel('Quarter', { exact: true }).inputValue();
      assert.notEqual(chosen, first);
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Show report');
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.searchParams.get('quarter') === chosen);
      await ready(page);
      assert.match(await page.locator('.report-header').innerText(), new RegExp(chosen.replace('/', '\\/')));

      const [file] = await Promise.all([
        page.waitForEvent('download', { timeout: 180_000 }),
        page.getByRole('button', { name: 'Download PDF' }).click(),
      ]);
      assert.equal(file.suggestedFilename(), `committee-report-${chosen.replace('/', '-')}.pdf`);
      const path = join(artifactsDir, file.suggestedFilename());
      await file.saveAs(path);
      const pdf = await readFile(path);
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      // The PDF's title (UTF-16 in the document information) names the quarter.
      const title = `Committee assurance report ${chosen}`;
      const utf16 = Buffer.from(title, 'utf16le').swap16().toString('hex').toUpperCase();
      assert.ok(pdf.toString('latin1').toUpperCase().includes(utf16), `the PDF's title names ${chosen}`);
      assert.deepEqual(run.browser.takeProblems(), []);
      await page.context().close();
    });

    it('gives a committee pack (DASHBOARD) the figures and says why the exception list is left out', { timeout: 180_000 }, async () => {
      const page = await run.browser.newPage({ token: run.dashboardToken });
      await page.goto(`${run.api.baseUrl}/reports/committee`);
      await ready(page);
      await page.getByRole('table', { name: /^RAG by provider/ }).waitFor();
      await page.getByText(/Your role reads figures only/).waitFor();
      assert.equal(await page.locator('table.exception-list').count(), 0);
      await screenshot(page, '10-committee-report-figures-only');
      assert.deepEqual(run.browser.takeProblems(), []);
      await page.context().close();
    });
  });
}
