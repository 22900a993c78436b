import type { CommitteeReportData } from './load';
import { ActionPlansSection } from './ActionPlansSection';
import { AnnualReviewSection } from './AnnualReviewSection';
import { AuditOutcomesSection } from './AuditOutcomesSection';
import { ComplianceSection } from './ComplianceSection';
import { EvaluationsSection } from './EvaluationsSection';
import { ExceptionListAppendix, ExceptionsSection } from './ExceptionsSection';
import { PrintPage } from './PrintPage';
import { formatDay, formatTime } from './quarters';
import { worstOf } from '../dashboard/rag';

/**
 * The report as the committee reads it, on screen and on paper: what DOR 6.1 and 12.2 say it contains (provider
 * compliance with contracts, exceptions, audit outcomes, Ofsted/CQC evaluations of reviews, action-plan status),
 * and in the last quarter of the year the annual compliance review (DOR 13.1).
 */
export function Report({ data }: { data: CommitteeReportData }) {
  const { report } = data;
  const providers = report.providerCompliance;
  const redProviders = providers.filter((p) => worstOf(p.indicatorRag, p.dutyRag) === 'RED').length;
  const highExceptions = report.exceptions.bySeverity.find((s) => s.severity === 'HIGH')?.count ?? 0;
  const limitedAudits = report.auditOutcomes.filter((a) => a.assuranceLevel === 'LIMITED' || a.assuranceLevel === 'NONE').length;
  const openPlans = report.actionPlans.filter((p) => p.status !== 'CLOSED' && p.status !== 'COMPLETED').reduce((sum, p) => sum + p.count, 0);

  return (
    <article className="report-body" aria-labelledby="report-title">
      <PrintPage commissioner={report.commissioner} quarter={report.quarter} generatedAt={report.generatedAt} />
      <header className="report-header">
        <p className="report-commissioner">{report.commissioner}</p>
        <h1 id="report-title">Safeguarding children: assurance report to the Audit and Quality Committee</h1>
        <dl className="report-facts">
          <div><dt>Quarter</dt><dd>{report.quarter} ({formatDay(report.periodStart)} to {formatDay(report.periodEnd)})</dd></div>
          <div><dt>Figures as of</dt><dd>{formatDay(report.asOf)}</dd></div>
          <div><dt>Generated</dt><dd><time dateTime={report.generatedAt}>{formatTime(report.generatedAt)}</time></dd></div>
          <div><dt>Submitted by</dt><dd>Designated Nurse Consultant for Safeguarding Children (DOR 6.1)</dd></div>
        </dl>
      </header>

      <section className="report-section" aria-labelledby="summary-heading">
        <h2 id="summary-heading">Summary</h2>
        <ul className="key-figures">
          <li><span className="figure">{redProviders}</span> of {providers.length} providers rated red</li>
          <li><span className="figure">{report.exceptions.total}</span> exceptions outstanding, {highExceptions} of high severity</li>
          <li><span className="figure">{report.overdueActions}</span> actions overdue</li>
          <li><span className="figure">{report.auditOutcomes.length}</span> audits reported, {limitedAudits} with limited or no assurance</li>
          <li><span className="figure">{openPlans}</span> action plans open</li>
        </ul>
      </section>

      <ComplianceSection providers={providers} quarter={report.quarter} />
      <ExceptionsSection report={report} />
      <AuditOutcomesSection audits={report.auditOutcomes} />
      <EvaluationsSection evaluations={report.evaluations} providers={providers} />
      <ActionPlansSection plans={report.actionPlans} overdueActions={report.overdueActions} />
      {data.annualReview && <AnnualReviewSection review={data.annualReview} />}
      <ExceptionListAppendix report={report} lines={data.exceptionLines} />
    </article>
  );
}
