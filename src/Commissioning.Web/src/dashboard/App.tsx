import { useCallback, useMemo, useState } from 'react';
import { SiteHeader } from '../shared/SiteHeader';
import { ExceptionTrend } from './ExceptionTrend';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { readViewState, writeViewState, type Filters, type ViewState } from './filters';
import { HeatMap } from './HeatMap';
import { complianceFilter, loadFilteredTrend, loadHeatMap, loadLookups, loadProvider, loadSignedIn } from './load';
import { ProviderPanel } from './ProviderPanel';
import { Status } from './Status';
import { TokenPanel } from './TokenPanel';
import { latest, useQuery } from './useQuery';

/**
 * The compliance dashboard: who signed in, the filters, the provider x quarter heat map, the exception trend,
 * and the provider drilled into. Everything comes from the public /graphql endpoint as the signed-in caller.
 */
export function App() {
  const [view, setView] = useState<ViewState>(() => readViewState(window.location.search));
  // Bumped when the token changes, so every query runs again as the new caller.
  const [session, setSession] = useState(0);

  const update = useCallback((next: ViewState) => {
    setView(next);
    window.history.replaceState(null, '', `${window.location.pathname}${writeViewState(next)}`);
  }, []);

  const signedIn = useQuery(loadSignedIn, [session]);
  const lookups = useQuery(loadLookups, [session]);
  const lscbs = lookups.status === 'done' ? lookups.data.lscbs : [];
  const trend = lookups.status === 'done' ? lookups.data.trend : null;
  const quarters = useMemo(() => trend?.map((p) => p.quarter) ?? [], [trend]);
  const where = useMemo(() => complianceFilter(view, lscbs), [view.providerType, view.lscbId, lscbs]);

  const heatMap = useQuery(trend ? (signal) => loadHeatMap(quarters, where, signal) : null, [quarters, JSON.stringify(where), session]);

  const providerIds = useMemo(() => heatMap.status === 'done'
    ? new Set(heatMap.data.flatMap((q) => q.rows.map((r) => r.providerId)))
    : null, [heatMap]);
  const shownHeatMap = latest(heatMap);
  const filtered = where !== null;
  const filteredTrend = useQuery(
    trend && filtered && providerIds ? (signal) => loadFilteredTrend(trend, providerIds, signal) : null,
    [trend, providerIds, filtered]);
  // While a filter's numbers load, the previous ones stay on screen, marked busy, rather than the section emptying.
  const shownTrend = filtered ? latest(filteredTrend) : trend;
  const trendBusy = filtered && (heatMap.status === 'loading' || filteredTrend.status === 'loading');

  const provider = useQuery(view.providerId ? (signal) => loadProvider(view.providerId, signal) : null, [view.providerId, session]);

  const applyFilters = (filters: Filters) => update({ ...view, ...filters });
  const selectProvider = (providerId: string) => update({ ...view, providerId });
  const closeProvider = () => {
    const previous = view.providerId;
    update({ ...view, providerId: '' });
    // Back to the name the person chose it by, so they carry on where they were (WCAG 2.4.3).
    requestAnimationFrame(() => document.querySelector<HTMLButtonElement>(`button[data-provider-id="${CSS.escape(previous)}"]`)?.focus());
  };

  return (
    <>
      <SiteHeader current="/dashboard" />
      <main id="main" tabIndex={-1}>
        <h1>Section 11 compliance</h1>
        <TokenPanel signedIn={signedIn} onChange={() => setSession((s) => s + 1)} />
        <Status state={lookups} what="the quarters and LSCBs" />
        {lookups.status === 'done' && (
          <>
            <FilterBar filters={view} lscbs={lscbs} onApply={applyFilters} />
            {quarters.length > 0 && <ExportPanel filters={view} quarter={quarters[quarters.length - 1]} />}
            {view.providerId && <ProviderPanel state={provider} onClose={closeProvider} />}
            <section className="panel" aria-labelledby="heatmap-heading" aria-busy={heatMap.status === 'loading'}>
              <h2 id="heatmap-heading">RAG by provider and quarter</h2>
              <Status state={heatMap} what="the compliance ratings" />
              {shownHeatMap && (
                <HeatMap ratings={shownHeatMap} measure={view.measure} selectedProviderId={view.providerId} onSelectProvider={selectProvider} />
              )}
            </section>
            <section className="panel" aria-labelledby="exceptions-heading" aria-busy={trendBusy}>
              <h2 id="exceptions-heading">Exceptions by code and severity</h2>
              {filtered && <Status state={filteredTrend} what="the exceptions for these providers" />}
              {trendBusy && filteredTrend.status !== 'loading' && <p role="status" className="status">Loading the exceptions for these providers…</p>}
              {shownTrend && <ExceptionTrend trend={shownTrend} filtered={filtered} />}
            </section>
          </>
        )}
      </main>
    </>
  );
}
