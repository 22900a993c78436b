import { useEffect, useRef } from 'react';
import type { ProviderDrillDown } from './load';
import { enumWords, formatDate, planSourceLabels, providerTypeLabels, type ActionPlan, type ExceptionLine, type PlanAction } from './model';
import { Status } from './Status';
import type { QueryState } from './useQuery';

interface Props {
  state: QueryState<ProviderDrillDown>;
  onClose: () => void;
}

/**
 * One provider's action plans, overdue actions and missing quarterly updates. Focus moves to its heading when
 * it opens, so keyboard and screen-reader users land on what they asked for (WCAG 2.4.3).
 */
export function ProviderPanel({ state, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = state.status === 'done' ? state.data : null;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  return (
    <section id="provider-detail" className="panel provider-detail" aria-labelledby="provider-heading">
      <div className="panel-title">
        <h2 id="provider-heading" ref={heading} tabIndex={-1}>
          {loaded?.provider ? loaded.provider.name : 'Provider'}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>Close provider</button>
      </div>
      <Status state={state} what="the provider's plans" />
      {loaded && <Details data={loaded} />}
    </section>
  );
}

function Details({ data }: { data: ProviderDrillDown }) {
  const actions = new Map<string, { plan: ActionPlan; action: PlanAction }>();
  const plans = new Map<string, ActionPlan>();
  for (const plan of data.plans) {
    plans.set(plan.id, plan);
    for (const action of plan.actions) actions.set(action.id, { plan, action });
  }
  const provider = data.provider;

  return (
    <>
      {provider && (
        <p className="provider-facts">
          {providerTypeLabels[provider.type]} · ODS code {provider.odsCode}
          {provider.lscbs.length > 0 && <> · {provider.lscbs.map((l) => l.name).join(', ')}</>}
        </p>
      )}

      <h3 id="overdue-heading">Overdue actions ({data.overdueCount})</h3>
      {data.overdueActions.length === 0 ? <p>No action is overdue.</p> : (
        <div className="table-scroll" role="region" aria-labelledby="overdue-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Action plan</th>
                <th scope="col">Owner</th>
                <th scope="col">Due</th>
                <th scope="col" className="count">Days overdue</th>
              </tr>
            </thead>
            <tbody>
              {data.overdueActions.map((line) => {
                const found = actions.get(line.subjectId);
                return found ? (
                  <tr key={line.subjectId}>
                    <th scope="row">{found.action.description}</th>
                    <td>{found.plan.title}</td>
                    <td>{found.action.owner}</td>
                    <td>{formatDate(found.action.dueDate)}</td>
                    <td className="count">{line.daysOutstanding}</td>
                  </tr>
                ) : <SentenceRow key={line.subjectId} line={line} columns={5} />;
              })}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="missing-heading">Missing quarterly updates ({data.missingCount})</h3>
      {data.missingUpdates.length === 0 ? <p>No quarterly update is missing.</p> : (
        <div className="table-scroll" role="region" aria-labelledby="missing-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Action plan</th>
                <th scope="col">What is missing</th>
                <th scope="col">Since</th>
                <th scope="col" className="count">Days outstanding</th>
              </tr>
            </thead>
            <tbody>
              {data.missingUpdates.map((line, i) => (
                <tr key={`${line.subjectId}-${i}`}>
                  <th scope="row">{plans.get(line.subjectId)?.title ?? 'Action plan'}</th>
                  <td>{line.sentence}</td>
                  <td>{formatDate(line.arisenOn)}</td>
                  <td className="count">{line.daysOutstanding}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h3 id="plans-heading">Action plans ({data.planCount})</h3>
      {data.plans.length === 0 ? <p>The provider has no action plans.</p> : (
        <div className="table-scroll" role="region" aria-labelledby="plans-heading" tabIndex={0}>
          <table>
            <thead>
              <tr>
                <th scope="col">Plan</th>
                <th scope="col">Status</th>
                <th scope="col">Raised</th>
                <th scope="col">Accountable manager</th>
                <th scope="col" className="count">Actions complete</th>
                <th scope="col">Latest update</th>
              </tr>
            </thead>
            <tbody>
              {data.plans.map((plan) => {
                const complete = plan.actions.filter((a) => a.status === 'COMPLETE').length;
                const latest = plan.progressUpdates.nodes[0];
                return (
                  <tr key={plan.id}>
                    <th scope="row">{plan.title} <span className="code">{planSourceLabels[plan.source] ?? enumWords(plan.source)}</span></th>
                    <td>{enumWords(plan.status)}</td>
                    <td>{formatDate(plan.raisedOn)}</td>
                    <td>{plan.accountableManager ? `${plan.accountableManager.name}, ${plan.accountableManager.jobTitle}` : <strong>None named</strong>}</td>
                    <td className="count">{complete} of {plan.actions.length}</td>
                    <td>{latest ? `${latest.quarter} (${formatDate(latest.submittedAt)})` : 'None yet'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

function SentenceRow({ line, columns }: { line: ExceptionLine; columns: number }) {
  return (
    <tr>
      <td colSpan={columns - 1}>{line.sentence}</td>
      <td className="count">{line.daysOutstanding}</td>
    </tr>
  );
}
