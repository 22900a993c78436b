import { useState } from 'react';
import type { Filters } from './filters';
import { downloadExport, exportQuery } from './exportFiles';

interface Props {
  filters: Filters;
  /** The latest quarter the heat map shows; the compliance summary is exported for it. */
  quarter: string;
  /** The providers the filters keep, or null when nothing is filtered. */
  providerIds: readonly string[] | null;
}

/**
 * Downloads of the exception list and the compliance summary for the filters on screen. The exception list has
 * no provider-type filter of its own, so a filtered view sends the ids of the providers the filters keep.
 */
export function ExportPanel({ filters, quarter, providerIds }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nothingKept = providerIds !== null && providerIds.length === 0;

  const exceptions = exportQuery({ provider: providerIds ?? undefined });
  const summary = exportQuery({ quarter, providerType: filters.providerType, provider: filters.lscbId ? providerIds ?? undefined : undefined });

  async function save(address: string, name: string) {
    setBusy(true);
    setMessage(null);
    try {
      await downloadExport(address, name);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const button = (label: string, address: string, name: string) => (
    <button type="button" className="secondary" disabled={busy || nothingKept} onClick={() => void save(address, name)}>{label}</button>
  );

  return (
    <section className="panel" aria-labelledby="exports-heading" aria-busy={busy}>
      <h2 id="exports-heading">Exports</h2>
      <p className="hint">
        For the filters above: the exceptions outstanding today, and the compliance summary for {quarter}.
      </p>
      <div className="filter-buttons">
        {button('Exceptions (CSV)', `/exports/exceptions.csv${exceptions}`, 'exceptions.csv')}
        {button('Exceptions (Excel)', `/exports/exceptions.xlsx${exceptions}`, 'exceptions.xlsx')}
        {button('Compliance summary (CSV)', `/exports/compliance-summary.csv${summary}`, 'compliance-summary.csv')}
        {button('Compliance summary (Excel)', `/exports/compliance-summary.xlsx${summary}`, 'compliance-summary.xlsx')}
      </div>
      {nothingKept && <p className="status">No provider matches these filters, so there is nothing to export.</p>}
      {message && <p role="alert">{message}</p>}
    </section>
  );
}
