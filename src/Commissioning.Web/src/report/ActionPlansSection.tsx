import { planStatusLabels, type AssuranceReport } from './model';

/** Where every safeguarding action plan stands (DOR 4.17-4.20), and how many actions are overdue. */
export function ActionPlansSection({ plans, overdueActions }: { plans: AssuranceReport['actionPlans']; overdueActions: number }) {
  const total = plans.reduce((sum, p) => sum + p.count, 0);
  return (
    <section className="report-section" aria-labelledby="plans-heading">
      <h2 id="plans-heading">5. Action plans</h2>
      <p>{total} action plans; {overdueActions} actions were overdue at the end of the quarter.</p>
      <table className="narrow-table">
        <caption>Action plans by status</caption>
        <thead><tr><th scope="col">Status</th><th scope="col" className="count">Plans</th></tr></thead>
        <tbody>
          {plans.map((p) => (
            <tr key={p.status}><th scope="row">{planStatusLabels[p.status] ?? p.status}</th><td className="count">{p.count}</td></tr>
          ))}
        </tbody>
        <tfoot><tr className="total"><th scope="row">All plans</th><td className="count">{total}</td></tr></tfoot>
      </table>
    </section>
  );
}
