import { assuranceLabels, type AssuranceLevel, type AuditOutcome } from './model';
import { formatDay } from './quarters';

const levels: readonly AssuranceLevel[] = ['FULL', 'SIGNIFICANT', 'LIMITED', 'NONE'];

/** The outcomes of providers' internal audits reported in the quarter (DOR 6.1, 12.2), limited assurance first. */
export function AuditOutcomesSection({ audits }: { audits: AuditOutcome[] }) {
  const rows = [...audits].sort((a, b) =>
    levels.indexOf(b.assuranceLevel ?? 'FULL') - levels.indexOf(a.assuranceLevel ?? 'FULL')
    || (a.reportedOn ?? '').localeCompare(b.reportedOn ?? ''));
  const withoutPlan = audits.filter((a) => (a.assuranceLevel === 'LIMITED' || a.assuranceLevel === 'NONE') && !a.actionPlanId).length;

  return (
    <section className="report-section" aria-labelledby="audits-heading">
      <h2 id="audits-heading">3. Audit outcomes</h2>
      {audits.length === 0 ? <p>No provider reported an audit in the quarter.</p> : (
        <>
          <p>
            {audits.length} audits reported:{' '}
            {levels.map((level, i) => `${i > 0 ? ', ' : ''}${audits.filter((a) => a.assuranceLevel === level).length} ${assuranceLabels[level].toLowerCase()}`).join('')}
            {' '}assurance. {withoutPlan > 0 ? `${withoutPlan} with limited or no assurance have no action plan linked.` : 'Every audit with limited or no assurance has an action plan.'}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="audits-caption">
            <table>
              <caption id="audits-caption">Audits reported in the quarter, least assurance first</caption>
              <thead>
                <tr>
                  <th scope="col">Provider</th>
                  <th scope="col">Topic</th>
                  <th scope="col">Planned for</th>
                  <th scope="col">Reported</th>
                  <th scope="col">Assurance</th>
                  <th scope="col">Action plan</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a, index) => (
                  <tr key={index}>
                    <th scope="row">{a.providerName}</th>
                    <td>{a.topic}</td>
                    <td className="nowrap">{a.plannedQuarter}</td>
                    <td className="nowrap">{a.reportedOn ? formatDay(a.reportedOn) : '–'}</td>
                    <td><span className={`assurance assurance-${(a.assuranceLevel ?? 'unknown').toLowerCase()}`}>{a.assuranceLevel ? assuranceLabels[a.assuranceLevel] : 'Not given'}</span></td>
                    <td>{a.actionPlanId ? 'Linked' : a.assuranceLevel === 'LIMITED' || a.assuranceLevel === 'NONE' ? <strong>None linked</strong> : 'Not needed'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
