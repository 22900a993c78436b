import { useEffect, useState, type FormEvent } from 'react';
import { SiteHeader } from '../shared/SiteHeader';
import { loadSignedIn } from '../dashboard/load';
import { Status } from '../dashboard/Status';
import { TokenPanel } from '../dashboard/TokenPanel';
import { useQuery } from '../dashboard/useQuery';
import { downloadPdf as savePdf } from './downloadPdf';
import { loadCommitteeReport } from './load';
import { isQuarter, previousQuarter, quarterOf, recentQuarters } from './quarters';
import { Report } from './Report';

const reportPath = '/reports/committee';

/** The quarter in the address, or the last finished quarter: the one a committee usually meets about. */
function initialQuarter(): string {
  const asked = new URLSearchParams(window.location.search).get('quarter');
  return asked ?? previousQuarter(quarterOf(new Date()));
}

/**
 * The Audit and Quality Committee's 3-monthly assurance report (DOR 6.1, 12.2) for a chosen quarter. The controls
 * (token, quarter, print, PDF) are for the screen only; the printed page is the report itself.
 */
export function App() {
  const [quarter, setQuarter] = useState(initialQuarter);
  const [draft, setDraft] = useState(quarter);
  // Bumped when the token changes, so the report is asked for again as the new caller.
  const [session, setSession] = useState(0);
  const [pdfMessage, setPdfMessage] = useState<string | null>(null);
  const [pdfBusy, setPdfBusy] = useState(false);
  const valid = isQuarter(quarter);

  const signedIn = useQuery(loadSignedIn, [session]);
  const report = useQuery(valid ? (signal) => loadCommitteeReport(quarter, signal) : null, [quarter, session]);
  const choices = recentQuarters(new Date(), 12);
  if (!choices.includes(quarter) && valid) choices.push(quarter);

  function show(event: FormEvent) {
    event.preventDefault();
    setQuarter(draft);
    window.history.replaceState(null, '', `${reportPath}?quarter=${encodeURIComponent(draft)}`);
  }

  async function downloadPdf() {
    setPdfBusy(true);
    setPdfMessage(null);
    try {
      await savePdf(`${reportPath}.pdf?quarter=${encodeURIComponent(quarter)}`, `committee-report-${quarter.replace('/', '-')}.pdf`);
    } catch (error) {
      setPdfMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setPdfBusy(false);
    }
  }

  useEffect(() => {
    // The title names the quarter: it is the PDF's title too, and what a browser offers as the file name when printing.
    document.title = `Committee assurance report ${quarter} · Commissioning`;
  }, [quarter]);

  // What the PDF printer (and a browser test) waits for before printing: every section loaded, or why not.
  const state = !valid || report.status === 'failed' ? 'failed' : report.status === 'done' ? 'ready' : 'loading';
  const error = !valid ? `"${quarter}" is not a financial quarter such as 2026/27-Q2.` : report.status === 'failed' ? report.error.message : undefined;

  return (
    <>
      <div className="no-print">
        <SiteHeader current={reportPath} />
      </div>
      <main id="main" tabIndex={-1} className="report" data-report-state={state} data-report-error={error} aria-busy={state === 'loading'}>
        <div className="no-print report-controls">
          <TokenPanel signedIn={signedIn} onChange={() => setSession((s) => s + 1)} />
          <section className="panel" aria-labelledby="report-choice-heading">
            <h2 id="report-choice-heading">Which report</h2>
            <form className="filter-fields" onSubmit={show}>
              <div>
                <label htmlFor="report-quarter">Quarter</label>
                <select id="report-quarter" value={draft} onChange={(e) => setDraft(e.target.value)}>
                  {choices.map((q) => <option key={q} value={q}>{q}</option>)}
                </select>
              </div>
              <div className="filter-buttons">
                <button type="submit">Show report</button>
                <button type="button" className="secondary" onClick={() => window.print()} disabled={state !== 'ready'}>Print</button>
                <button type="button" className="secondary" onClick={() => void downloadPdf()} disabled={pdfBusy || state !== 'ready'}>
                  {pdfBusy ? 'Preparing PDF…' : 'Download PDF'}
                </button>
              </div>
            </form>
            {pdfMessage && <p role="alert" className="status status-error">Could not make the PDF: {pdfMessage}</p>}
          </section>
        </div>
        {!valid && <p role="alert" className="status status-error">{error}</p>}
        <Status state={report} what={`the report for ${quarter}`} />
        {report.status === 'done' && <Report data={report.data} />}
      </main>
    </>
  );
}
