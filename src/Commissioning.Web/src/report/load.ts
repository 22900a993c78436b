import { fetchAllPages, graphqlRequest, type Page } from '../shared/graphqlClient';
import type { AnnualReview, AssuranceReport, ExceptionListLine } from './model';
import { isYearEnd } from './quarters';
import { exceptionListQuery, reportQuery, signedInQuery } from './queries';

export interface SignedIn {
  displayName: string;
  role: string;
}

export interface CommitteeReportData {
  signedIn: SignedIn;
  report: AssuranceReport;
  annualReview: AnnualReview | null;
  /** Every exception line outstanding at the as-of date; null for a role that may see only the counts. */
  exceptionLines: ExceptionListLine[] | null;
}

// Dashboards and committee packs (the DASHBOARD role) read figures only: no case references, no exception sentences.
const figuresOnlyRoles = new Set(['DASHBOARD']);

/** Everything the report shows, as the signed-in caller; any failure fails the whole report rather than leave a gap. */
export async function loadCommitteeReport(quarter: string, signal: AbortSignal): Promise<CommitteeReportData> {
  const { me } = await graphqlRequest<{ me: SignedIn }>(signedInQuery, {}, signal);
  const caseDetail = !figuresOnlyRoles.has(me.role);
  const data = await graphqlRequest<{ report: AssuranceReport; yearEnd?: { annualReview: AnnualReview | null } }>(
    reportQuery, { quarter, caseDetail, yearEnd: isYearEnd(quarter) }, signal);
  const exceptionLines = caseDetail
    ? await fetchAllPages<{ exceptions: Page<ExceptionListLine> }, ExceptionListLine>(
      exceptionListQuery, { asOf: data.report.asOf, quarter }, (d) => d.exceptions, signal)
    : null;
  return { signedIn: me, report: data.report, annualReview: data.yearEnd?.annualReview ?? null, exceptionLines };
}
