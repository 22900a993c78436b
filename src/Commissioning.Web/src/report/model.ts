// The shapes the committee report's queries select, named as in schema/schema.graphql, and the words it shows.
import type { ExceptionCode, Rag, Severity } from '../dashboard/model';

export type AssuranceLevel = 'FULL' | 'SIGNIFICANT' | 'LIMITED' | 'NONE';
export type ActionPlanStatus =
  | 'DRAFT' | 'SUBMITTED' | 'REVISION_REQUESTED' | 'ACCEPTED' | 'SUBMITTED_TO_LSCB' | 'IN_PROGRESS' | 'COMPLETED' | 'CLOSED';

export interface ProviderCompliance {
  providerId: string;
  providerName: string;
  indicatorRag: Rag;
  dutyRag: Rag;
  redIndicators: number;
  amberIndicators: number;
  greenIndicators: number;
  greyIndicators: number;
}

export interface AuditOutcome {
  providerId: string;
  providerName: string;
  topic: string;
  plannedQuarter: string;
  assuranceLevel: AssuranceLevel | null;
  reportedOn: string | null;
  actionPlanId: string | null;
}

export interface Evaluation {
  kind: string;
  caseReference?: string;
  providerId: string | null;
  evaluator: 'OFSTED' | 'CARE_QUALITY_COMMISSION';
  grade: 'OUTSTANDING' | 'GOOD' | 'ADEQUATE' | 'INADEQUATE';
  evaluatedOn: string;
}

export interface AssuranceReport {
  commissioner: string;
  generatedAt: string;
  quarter: string;
  periodStart: string;
  periodEnd: string;
  asOf: string;
  providerCompliance: ProviderCompliance[];
  auditOutcomes: AuditOutcome[];
  evaluations: Evaluation[];
  exceptions: {
    total: number;
    byCode: { code: ExceptionCode; severity: Severity; count: number }[];
    bySeverity: { severity: Severity; count: number }[];
    byProvider: { providerId: string | null; providerName: string | null; count: number }[];
  };
  actionPlans: { status: ActionPlanStatus; count: number }[];
  overdueActions: number;
}

export interface AnnualReview {
  financialYear: string;
  providers: number;
  providersWithEveryReturn: number;
  dutiesChallenged: number;
  indicatorRatings: { rag: Rag; count: number }[];
  dutySelfAssessments: { rating: string | null; count: number }[];
  auditAssurance: { rag: Rag; count: number }[];
}

export interface ExceptionListLine {
  code: ExceptionCode;
  severity: Severity;
  providerName: string | null;
  sentence: string;
  arisenOn: string;
  daysOutstanding: number;
}

export const assuranceLabels: Record<AssuranceLevel, string> = {
  FULL: 'Full', SIGNIFICANT: 'Significant', LIMITED: 'Limited', NONE: 'None',
};

export const planStatusLabels: Record<ActionPlanStatus, string> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted for scrutiny',
  REVISION_REQUESTED: 'Revision requested',
  ACCEPTED: 'Accepted by the CCG',
  SUBMITTED_TO_LSCB: 'Submitted to the LSCB',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CLOSED: 'Closed',
};

export const reviewKindLabels: Record<string, string> = {
  SERIOUS_CASE_REVIEW: 'Serious case review',
  SERIOUS_CASE_AUDIT: 'Serious case audit',
  PROVIDER_IMR: 'Provider IMR',
  CCG_PRIMARY_CARE_IMR: 'CCG primary care IMR',
  HEALTH_OVERVIEW_REPORT: 'Health overview report',
  SCR_OVERVIEW_REPORT: 'SCR overview report',
};

export const evaluatorLabels: Record<Evaluation['evaluator'], string> = { OFSTED: 'Ofsted', CARE_QUALITY_COMMISSION: 'CQC' };
export const gradeLabels: Record<Evaluation['grade'], string> = {
  OUTSTANDING: 'Outstanding', GOOD: 'Good', ADEQUATE: 'Adequate', INADEQUATE: 'Inadequate',
};
export const ratingLabels: Record<string, string> = {
  MET: 'Met', PARTIALLY_MET: 'Partially met', NOT_MET: 'Not met', NOT_APPLICABLE: 'Not applicable',
};
