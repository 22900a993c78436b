import { exceptionCodeLabels, severityLabels, severityOrder } from '../dashboard/model';
import type { AssuranceReport, ExceptionListLine } from './model';
import { formatDay } from './quarters';

/**
 * Exceptions outstanding at the end of the quarter (DOR 4.19: the CCG reports on an exception basis): counts by
 * severity, by code and by provider.
 */
export function ExceptionsSection({ report }: { report: AssuranceReport }) {
  const { exceptions } = report;
  const byCode = exceptions.byCode
    .filter((c) => c.count > 0)
    .sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity) || b.count - a.count);
  const byProvider = [...exceptions.byProvider].sort((a, b) => b.count - a.count).slice(0, 10);

  return (
    <section className="report-section" aria-labelledby="exceptions-heading">
      <h2 id="exceptions-heading">2. Exceptions</h2>
      <p>{exceptions.total} exceptions outstanding on {formatDay(report.asOf)} for {report.quarter}.</p>
      <ul className="severity-cards">
        {severityOrder.map((severity) => (
          <li key={severity} className={`severity-card severity-${severity.toLowerCase()}`}>
            <span className="card-label">{severityLabels[severity]} severity</span>
            <span className="card-count">{exceptions.bySeverity.find((s) => s.severity === severity)?.count ?? 0}</span>
          </li>
        ))}
      </ul>
      <div className="report-columns">
        <table>
          <caption>By code and severity</caption>
          <thead><tr><th scope="col">Exception</th><th scope="col">Severity</th><th scope="col" className="count">Outstanding</th></tr></thead>
          <tbody>
            {byCode.map((c) => (
              <tr key={c.code}>
                <th scope="row">{exceptionCodeLabels[c.code] ?? c.code}</th>
                <td><span className={`severity severity-${c.severity.toLowerCase()}`}>{severityLabels[c.severity]}</span></td>
                <td className="count">{c.count}</td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr className="total"><th scope="row" colSpan={2}>All exceptions</th><td className="count">{exceptions.total}</td></tr></tfoot>
        </table>
        <table>
          <caption>Providers with the most exceptions</caption>
          <thead><tr><th scope="col">Provider</th><th scope="col" className="count">Outstanding</th></tr></thead>
          <tbody>
            {byProvider.map((p) => (
              <tr key={p.providerId ?? 'ccg'}>
                <th scope="row">{p.providerName ?? 'CCG records (no one provider)'}</th>
                <td className="count">{p.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <p className="hint">Every line is listed in the appendix.</p>
    </section>
  );
}

/** Every exception line, for roles that may read them; at the end, as an appendix, since it runs to many pages. */
export function ExceptionListAppendix({ report, lines }: { report: AssuranceReport; lines: ExceptionListLine[] | null }) {
  const { exceptions } = report;
  return (
    <section className="report-section page-break-before" aria-labelledby="exception-list-heading">
      <h2 id="exception-list-heading">Appendix: exception list ({lines?.length ?? exceptions.total})</h2>
      {lines === null ? (
        <p className="status">
          Your role reads figures only, so the list of exceptions (which names cases and records) is left out. The quality
          team, the Designated Nurse and the Directors see it here.
        </p>
      ) : lines.length === 0 ? (
        <p>No exceptions were outstanding.</p>
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="exception-list-heading">
          <table className="exception-list">
            <caption>Every exception outstanding on {formatDay(report.asOf)}, most severe first</caption>
            <thead>
              <tr>
                <th scope="col">Severity</th>
                <th scope="col">Provider</th>
                <th scope="col">Exception</th>
                <th scope="col">Detail</th>
                <th scope="col">Arose</th>
                <th scope="col" className="count">Days</th>
              </tr>
            </thead>
            <tbody>
              {lines.map((line, index) => (
                <tr key={index}>
                  <td><span className={`severity severity-${line.severity.toLowerCase()}`}>{severityLabels[line.severity]}</span></td>
                  <td>{line.providerName ?? 'CCG'}</td>
                  <td>{exceptionCodeLabels[line.code] ?? line.code}</td>
                  <td>{line.sentence}</td>
                  <td className="nowrap">{formatDay(line.arisenOn)}</td>
                  <td className="count">{line.daysOutstanding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
