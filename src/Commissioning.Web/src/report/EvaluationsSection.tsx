import { evaluatorLabels, gradeLabels, reviewKindLabels, type Evaluation, type ProviderCompliance } from './model';
import { formatDay } from './quarters';

/** Ofsted and CQC evaluations of IMRs and other reviews made in the quarter (DOR 12.1, 12.2). */
export function EvaluationsSection({ evaluations, providers }: { evaluations: Evaluation[]; providers: ProviderCompliance[] }) {
  const names = new Map(providers.map((p) => [p.providerId, p.providerName]));
  const withCases = evaluations.some((e) => e.caseReference !== undefined);
  return (
    <section className="report-section" aria-labelledby="evaluations-heading">
      <h2 id="evaluations-heading">4. Ofsted and CQC evaluations of reviews</h2>
      {evaluations.length === 0 ? <p>No review was evaluated by Ofsted or the CQC in the quarter.</p> : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="evaluations-caption">
          <table>
            <caption id="evaluations-caption">{evaluations.length} evaluations made in the quarter</caption>
            <thead>
              <tr>
                <th scope="col">Review</th>
                {withCases && <th scope="col">Case</th>}
                <th scope="col">Provider</th>
                <th scope="col">Evaluated by</th>
                <th scope="col">Grade</th>
                <th scope="col">On</th>
              </tr>
            </thead>
            <tbody>
              {evaluations.map((e, index) => (
                <tr key={index}>
                  <th scope="row">{reviewKindLabels[e.kind] ?? e.kind}</th>
                  {withCases && <td>{e.caseReference}</td>}
                  <td>{e.providerId ? names.get(e.providerId) ?? 'Provider' : 'CCG'}</td>
                  <td>{evaluatorLabels[e.evaluator]}</td>
                  <td>{e.grade === 'INADEQUATE' ? <strong>{gradeLabels[e.grade]}</strong> : gradeLabels[e.grade]}</td>
                  <td className="nowrap">{formatDay(e.evaluatedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
