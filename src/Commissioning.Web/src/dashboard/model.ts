// The shapes the dashboard's queries select, named as in schema/schema.graphql, and the words it shows for them.

export type Rag = 'RED' | 'AMBER' | 'GREEN' | 'GREY';
export type Severity = 'HIGH' | 'MEDIUM' | 'LOW';
export type ProviderType = 'NHS_TRUST' | 'FOUNDATION_TRUST' | 'GP_PRACTICE' | 'INDEPENDENT' | 'VOLUNTARY' | 'OTHER';
export type ExceptionCode =
  | 'OVERDUE_ACTION' | 'MISSING_QUARTERLY_UPDATE' | 'NO_ACCOUNTABLE_MANAGER' | 'SCRUTINY_OVERDUE'
  | 'REVISION_NOT_RESUBMITTED' | 'NOT_SUBMITTED_TO_LSCB' | 'INDICATOR_RED' | 'INDICATOR_RETURN_MISSING'
  | 'AUDIT_OVERDUE' | 'MANDATED_AUDIT_NOT_SCHEDULED' | 'LIMITED_ASSURANCE_WITHOUT_PLAN' | 'SCHEDULE_INCOMPLETE'
  | 'REVIEW_TIMESCALE_BREACHED' | 'AUTHOR_CONFLICT';

export const providerTypeLabels: Record<ProviderType, string> = {
  NHS_TRUST: 'NHS trust',
  FOUNDATION_TRUST: 'Foundation trust',
  GP_PRACTICE: 'GP practice',
  INDEPENDENT: 'Independent sector',
  VOLUNTARY: 'Voluntary or community',
  OTHER: 'Other',
};

export const severityLabels: Record<Severity, string> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };
export const severityOrder: readonly Severity[] = ['HIGH', 'MEDIUM', 'LOW'];

export const exceptionCodeLabels: Record<ExceptionCode, string> = {
  OVERDUE_ACTION: 'Action overdue',
  MISSING_QUARTERLY_UPDATE: 'Quarterly update missing',
  NO_ACCOUNTABLE_MANAGER: 'No accountable senior manager',
  SCRUTINY_OVERDUE: 'Scrutiny overdue',
  REVISION_NOT_RESUBMITTED: 'Revision not resubmitted',
  NOT_SUBMITTED_TO_LSCB: 'Not submitted to LSCB',
  INDICATOR_RED: 'Indicator red',
  INDICATOR_RETURN_MISSING: 'Indicator return missing',
  AUDIT_OVERDUE: 'Audit overdue',
  MANDATED_AUDIT_NOT_SCHEDULED: 'Mandated audit not scheduled',
  LIMITED_ASSURANCE_WITHOUT_PLAN: 'Limited assurance, no plan',
  SCHEDULE_INCOMPLETE: 'Section 11 schedule incomplete',
  REVIEW_TIMESCALE_BREACHED: 'Review timescale breached',
  AUTHOR_CONFLICT: 'Author conflict (DOR 4.10)',
};

export const planSourceLabels: Record<string, string> = {
  SUI: 'SUI',
  ADVERSE_INCIDENT: 'Adverse incident',
  SIRI: 'SIRI',
  PROVIDER_IMR: 'Provider IMR',
  CCG_IMR: 'CCG IMR',
  HEALTH_OVERVIEW_REPORT: 'Health overview report',
  SCR_OVERVIEW_REPORT: 'SCR overview report',
  SERIOUS_CASE_AUDIT: 'Serious case audit',
  OFSTED_EVALUATION: 'Ofsted evaluation',
  AUDIT_FINDING: 'Audit finding',
};

export interface Lscb {
  id: string;
  name: string;
  area: string;
  providers: { id: string }[];
}

export interface ComplianceRow {
  providerId: string;
  providerName: string;
  providerType: ProviderType;
  odsCode: string;
  indicatorRag: Rag;
  dutyRag: Rag;
}

export interface CodeCount {
  code: ExceptionCode;
  severity: Severity;
  count: number;
}

export interface TrendPoint {
  quarter: string;
  asOf: string;
  total: number;
  byCode: CodeCount[];
}

export interface ExceptionCell extends CodeCount {
  providerId: string | null;
}

export interface PlanAction {
  id: string;
  description: string;
  owner: string;
  dueDate: string;
  status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETE';
  completedOn: string | null;
}

export interface ActionPlan {
  id: string;
  title: string;
  status: string;
  source: string;
  raisedOn: string;
  accountableManager: { name: string; jobTitle: string } | null;
  actions: PlanAction[];
  progressUpdates: { nodes: { quarter: string; submittedAt: string }[] };
}

export interface ExceptionLine {
  code: ExceptionCode;
  severity: Severity;
  sentence: string;
  subjectId: string;
  arisenOn: string;
  daysOutstanding: number;
}

export interface ProviderDetail {
  id: string;
  name: string;
  type: ProviderType;
  odsCode: string;
  lscbs: { name: string }[];
}

/** "IN_PROGRESS" → "In progress": enum values read as words. */
export function enumWords(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** 2026-06-30 → 30 Jun 2026, as NHS documents write dates. */
export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
