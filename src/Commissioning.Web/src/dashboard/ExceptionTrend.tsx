import { exceptionCodeLabels, severityLabels, severityOrder, type ExceptionCode, type Severity, type TrendPoint } from './model';
import { QuarterLabel } from './QuarterLabel';
import { Sparkline } from './Sparkline';

interface CodeRow {
  code: ExceptionCode;
  severity: Severity;
  counts: number[];
}

/**
 * Exceptions outstanding at the end of each quarter, by code (with its severity) and by severity: the last
 * column is today. Rows are most severe first, then most outstanding now.
 */
export function ExceptionTrend({ trend, filtered }: { trend: readonly TrendPoint[]; filtered: boolean }) {
  const rows = codeRows(trend);
  const last = trend.length - 1;
  const severityTotals = severityOrder.map((severity) => ({
    severity,
    counts: trend.map((_, i) => rows.filter((r) => r.severity === severity).reduce((sum, r) => sum + r.counts[i], 0)),
  }));
  const totals = trend.map((point) => point.total);

  return (
    <>
      <ul className="severity-cards" aria-label="Exceptions outstanding now, by severity">
        {severityTotals.map(({ severity, counts }) => (
          <li key={severity} className={`severity-card severity-${severity.toLowerCase()}`}>
            <span className="card-label">{severityLabels[severity]}</span>
            <span className="card-count">{counts[last] ?? 0}</span>
            <span className="card-change">{change(counts[last] ?? 0, counts[last - 1])}</span>
          </li>
        ))}
      </ul>
      <div className="table-scroll" role="region" aria-labelledby="exceptions-caption" tabIndex={0}>
        <table className="exception-trend">
          <caption id="exceptions-caption">
            Exceptions outstanding at the end of each quarter{filtered ? ' for the filtered providers' : ''}, by code and
            severity; the last column is as of {trend[last]?.asOf ?? 'today'}.
          </caption>
          <thead>
            <tr>
              <th scope="col">Exception</th>
              <th scope="col">Severity</th>
              {trend.map((point) => <th scope="col" key={point.quarter} className="count quarter"><QuarterLabel quarter={point.quarter} /></th>)}
              <th scope="col">Trend</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{exceptionCodeLabels[row.code]} <span className="code">{row.code}</span></th>
                <td><span className={`severity severity-${row.severity.toLowerCase()}`}>{severityLabels[row.severity]}</span></td>
                {row.counts.map((count, i) => <td key={trend[i].quarter} className="count">{count}</td>)}
                <td><Sparkline values={row.counts} /></td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            {severityTotals.map(({ severity, counts }) => (
              <tr key={severity}>
                <th scope="row" colSpan={2}>All {severityLabels[severity].toLowerCase()} severity</th>
                {counts.map((count, i) => <td key={trend[i].quarter} className="count">{count}</td>)}
                <td><Sparkline values={counts} /></td>
              </tr>
            ))}
            <tr className="total">
              <th scope="row" colSpan={2}>All exceptions</th>
              {totals.map((count, i) => <td key={trend[i].quarter} className="count">{count}</td>)}
              <td><Sparkline values={totals} /></td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

function codeRows(trend: readonly TrendPoint[]): CodeRow[] {
  const rows = new Map<ExceptionCode, CodeRow>();
  trend.forEach((point, i) => {
    for (const { code, severity, count } of point.byCode) {
      const row = rows.get(code) ?? { code, severity, counts: trend.map(() => 0) };
      row.counts[i] = count;
      rows.set(code, row);
    }
  });
  const last = trend.length - 1;
  return [...rows.values()].sort((a, b) =>
    severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity)
    || b.counts[last] - a.counts[last]
    || exceptionCodeLabels[a.code].localeCompare(exceptionCodeLabels[b.code]));
}

function change(now: number, before: number | undefined): string {
  if (before === undefined) return '';
  const delta = now - before;
  if (delta === 0) return 'same as last quarter';
  return `${delta > 0 ? 'up' : 'down'} ${Math.abs(delta)} on last quarter`;
}
