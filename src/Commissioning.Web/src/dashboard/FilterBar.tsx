import { useEffect, useState, type FormEvent } from 'react';
import type { Filters } from './filters';
import { providerTypeLabels, type Lscb, type ProviderType } from './model';
import { measureLabels, type Measure } from './rag';

/**
 * The filters apply when the person presses "Apply filters", not on every change, so moving through a select
 * with the arrow keys never reloads the page under them (WCAG 3.2.2).
 */
export function FilterBar({ filters, lscbs, onApply }: { filters: Filters; lscbs: readonly Lscb[]; onApply: (f: Filters) => void }) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onApply(draft);
  }

  const cleared: Filters = { providerType: '', lscbId: '', measure: draft.measure };
  const anyFilter = filters.providerType !== '' || filters.lscbId !== '';

  return (
    <form className="panel filter-bar" onSubmit={submit} aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <div className="filter-fields">
        <div className="field">
          <label htmlFor="filter-type">Provider type</label>
          <select id="filter-type" value={draft.providerType}
            onChange={(e) => setDraft({ ...draft, providerType: e.target.value as ProviderType | '' })}>
            <option value="">All provider types</option>
            {(Object.keys(providerTypeLabels) as ProviderType[]).map((type) => (
              <option key={type} value={type}>{providerTypeLabels[type]}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-lscb">Local Safeguarding Children Board</label>
          <select id="filter-lscb" value={draft.lscbId} onChange={(e) => setDraft({ ...draft, lscbId: e.target.value })}>
            <option value="">All LSCBs</option>
            {lscbs.map((lscb) => <option key={lscb.id} value={lscb.id}>{lscb.name}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-measure">Rating shown</label>
          <select id="filter-measure" value={draft.measure} onChange={(e) => setDraft({ ...draft, measure: e.target.value as Measure })}>
            {(Object.keys(measureLabels) as Measure[]).map((m) => <option key={m} value={m}>{measureLabels[m]}</option>)}
          </select>
        </div>
        <div className="filter-buttons">
          <button type="submit">Apply filters</button>
          {anyFilter && <button type="button" className="secondary" onClick={() => onApply(cleared)}>Clear filters</button>}
        </div>
      </div>
    </form>
  );
}
