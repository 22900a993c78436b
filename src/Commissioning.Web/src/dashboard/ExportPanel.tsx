import { useState } from 'react';
import type { Filters } from './filters';
import { downloadExport, exportQuery } from './exportFiles';

interface Props {
  filters: Filters;
  /** The latest quarter the heat map shows; the compliance summary is exported for it. */
  quarter: string;
}

/**
 * Downloads of the exception list and the compliance summary for the filters on screen. Both exports take the
 * dashboard's own filters (provider type and LSCB), so the address stays short however many providers they keep.
 */
export function ExportPanel({ filters, quarter }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const filtered = { providerType: filters.providerType, lscb: filters.lscbId };
  const exceptions = exportQuery(filtered);
  const summary = exportQuery({ quarter, ...filtered });

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
    <button type="button" className="secondary" disabled={busy} onClick={() => void save(address, name)}>{label}</button>
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
      {message && <p role="alert">{message}</p>}
    </section>
  );
}
