import { RagBadge } from '../dashboard/RagBadge';
import type { Rag } from '../dashboard/model';
import { ragMeanings, worstOf } from '../dashboard/rag';
import type { ProviderCompliance } from './model';

const ragOrder: readonly Rag[] = ['RED', 'AMBER', 'GREY', 'GREEN'];

/** Provider compliance with contracts (DOR 12.2): each provider's indicator and Section 11 duty RAG, worst first. */
export function ComplianceSection({ providers, quarter }: { providers: ProviderCompliance[]; quarter: string }) {
  const rows = [...providers].sort((a, b) =>
    ragOrder.indexOf(worstOf(a.indicatorRag, a.dutyRag)) - ragOrder.indexOf(worstOf(b.indicatorRag, b.dutyRag))
    || a.providerName.localeCompare(b.providerName, 'en-GB'));
  const counts = ragOrder.map((rag) => ({ rag, count: providers.filter((p) => worstOf(p.indicatorRag, p.dutyRag) === rag).length }));

  return (
    <section className="report-section" aria-labelledby="compliance-heading">
      <h2 id="compliance-heading">1. Provider compliance</h2>
      <p>
        {providers.length} providers, rated on their quality indicators and Section 11 duties for {quarter}:{' '}
        {counts.map((c, i) => <span key={c.rag}>{i > 0 && ', '}{c.count} <RagBadge rag={c.rag} /></span>)}.
      </p>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="compliance-caption">
        <table className="rag-table">
          <caption id="compliance-caption">RAG by provider, {quarter}, worst first</caption>
          <thead>
            <tr>
              <th scope="col">Provider</th>
              <th scope="col">Overall</th>
              <th scope="col">Indicators</th>
              <th scope="col">Section 11 duties</th>
              <th scope="col" className="count">Red</th>
              <th scope="col" className="count">Amber</th>
              <th scope="col" className="count">Green</th>
              <th scope="col" className="count">Not reported</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.providerId}>
                <th scope="row">{p.providerName}</th>
                <td><RagBadge rag={worstOf(p.indicatorRag, p.dutyRag)} /></td>
                <td><RagBadge rag={p.indicatorRag} /></td>
                <td><RagBadge rag={p.dutyRag} /></td>
                <td className="count">{p.redIndicators}</td>
                <td className="count">{p.amberIndicators}</td>
                <td className="count">{p.greenIndicators}</td>
                <td className="count">{p.greyIndicators}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="legend">
        {ragOrder.map((rag) => <div key={rag}><dt><RagBadge rag={rag} /></dt><dd>{ragMeanings[rag]}</dd></div>)}
      </dl>
    </section>
  );
}
