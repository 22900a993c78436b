import type { QuarterRatings } from './load';
import type { ComplianceRow, Rag } from './model';
import { providerTypeLabels } from './model';
import { measureLabels, ragFor, ragLabels, ragMeanings, type Measure } from './rag';
import { QuarterLabel } from './QuarterLabel';
import { RagBadge } from './RagBadge';

interface Props {
  ratings: readonly QuarterRatings[];
  measure: Measure;
  selectedProviderId: string;
  onSelectProvider: (providerId: string) => void;
}

const rags: readonly Rag[] = ['RED', 'AMBER', 'GREY', 'GREEN'];

/** Providers down, quarters across, a RAG rating in each cell; a provider's name opens its action plans. */
export function HeatMap({ ratings, measure, selectedProviderId, onSelectProvider }: Props) {
  const providers = providersOf(ratings);
  const byQuarter = ratings.map((q) => new Map(q.rows.map((row) => [row.providerId, row])));

  if (providers.length === 0) {
    return <p className="status">No provider matches these filters.</p>;
  }

  return (
    <>
      <div className="table-scroll" role="region" aria-labelledby="heatmap-caption" tabIndex={0}>
        <table className="heat-map">
          <caption id="heatmap-caption">
            {measureLabels[measure]}, by provider and quarter ({providers.length} providers).
            Choose a provider's name to see its action plans.
          </caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Type</th>
              {ratings.map((q) => <th scope="col" key={q.quarter} className="quarter"><QuarterLabel quarter={q.quarter} /></th>)}
            </tr>
          </thead>
          <tbody>
            {providers.map((provider) => (
              <tr key={provider.providerId} className={provider.providerId === selectedProviderId ? 'selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    className="link-button"
                    data-provider-id={provider.providerId}
                    aria-controls="provider-detail"
                    aria-current={provider.providerId === selectedProviderId ? 'true' : undefined}
                    onClick={() => onSelectProvider(provider.providerId)}
                  >
                    {provider.providerName}
                  </button>
                  <span className="ods">{provider.odsCode}</span>
                </th>
                <td>{providerTypeLabels[provider.providerType]}</td>
                {byQuarter.map((rows, i) => {
                  const row = rows.get(provider.providerId);
                  return (
                    <td key={ratings[i].quarter} className="rag-cell">
                      {row ? <RagBadge rag={ragFor(row, measure)} detail={measure === 'worst' ? breakdown(row) : undefined} />
                        : <span className="not-rated">Not rated</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            {rags.map((rag) => (
              <tr key={rag}>
                <th scope="row" colSpan={2}>Providers rated {ragLabels[rag]}</th>
                {byQuarter.map((rows, i) => (
                  <td key={ratings[i].quarter} className="count">
                    {[...rows.values()].filter((row) => ragFor(row, measure) === rag).length}
                  </td>
                ))}
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
      <dl className="legend" aria-label="What the ratings mean">
        {rags.map((rag) => (
          <div key={rag}>
            <dt><RagBadge rag={rag} /></dt>
            <dd>{ragMeanings[rag]}</dd>
          </div>
        ))}
        <div>
          <dt><span className="not-rated">Not rated</span></dt>
          <dd>the provider is not in that quarter's compliance summary</dd>
        </div>
      </dl>
    </>
  );
}

function breakdown(row: ComplianceRow): string {
  return `indicators ${ragLabels[row.indicatorRag]}, duties ${ragLabels[row.dutyRag]}`;
}

/** Every provider rated in any of the quarters, by name. */
function providersOf(ratings: readonly QuarterRatings[]): ComplianceRow[] {
  const seen = new Map<string, ComplianceRow>();
  for (const quarter of ratings) {
    for (const row of quarter.rows) seen.set(row.providerId, row);
  }
  return [...seen.values()].sort((a, b) => a.providerName.localeCompare(b.providerName, 'en-GB'));
}
