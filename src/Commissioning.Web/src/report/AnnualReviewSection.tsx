import { RagBadge } from '../dashboard/RagBadge';
import { ratingLabels, type AnnualReview } from './model';

/** The annual review of compliance with the policy, in the last report of the financial year (DOR 13.1). */
export function AnnualReviewSection({ review }: { review: AnnualReview }) {
  return (
    <section className="report-section page-break-before" aria-labelledby="annual-heading">
      <h2 id="annual-heading">6. Annual compliance review {review.financialYear}</h2>
      <p>
        {review.providers} providers reviewed; {review.providersWithEveryReturn} submitted an indicator return for every quarter.
        The commissioner challenged {review.dutiesChallenged} duty self-assessments.
      </p>
      <div className="report-columns">
        <table>
          <caption>Indicator ratings over the year</caption>
          <thead><tr><th scope="col">Rating</th><th scope="col" className="count">Ratings</th></tr></thead>
          <tbody>{review.indicatorRatings.map((r) => <tr key={r.rag}><th scope="row"><RagBadge rag={r.rag} /></th><td className="count">{r.count}</td></tr>)}</tbody>
        </table>
        <table>
          <caption>Section 11 duty self-assessments</caption>
          <thead><tr><th scope="col">Self-assessment</th><th scope="col" className="count">Duties</th></tr></thead>
          <tbody>
            {review.dutySelfAssessments.map((r) => (
              <tr key={r.rating ?? 'none'}><th scope="row">{r.rating ? ratingLabels[r.rating] ?? r.rating : 'Not yet assessed'}</th><td className="count">{r.count}</td></tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Audit assurance over the year</caption>
          <thead><tr><th scope="col">Assurance</th><th scope="col" className="count">Audits</th></tr></thead>
          <tbody>{review.auditAssurance.map((r) => <tr key={r.rag}><th scope="row"><RagBadge rag={r.rag} /></th><td className="count">{r.count}</td></tr>)}</tbody>
        </table>
      </div>
    </section>
  );
}
