import { fetchAllPages, graphqlRequest, type Page } from '../shared/graphqlClient';
import type { Filters } from './filters';
import type {
  ActionPlan, CodeCount, ComplianceRow, ExceptionCell, ExceptionLine, Lscb, ProviderDetail, TrendPoint,
} from './model';
import { complianceQuery, exceptionCellsQuery, lookupsQuery, providerQuery, signedInQuery } from './queries';

/** How many quarters the heat map and the exception trend cover. */
export const quarterCount = 8;

export interface SignedIn {
  displayName: string;
  role: string;
}

export async function loadSignedIn(signal: AbortSignal): Promise<SignedIn | null> {
  const data = await graphqlRequest<{ me: SignedIn | null }>(signedInQuery, {}, signal);
  return data.me;
}

export interface Lookups {
  lscbs: Lscb[];
  /** The last eight quarters, oldest first, with the exceptions outstanding at the end of each (all providers). */
  trend: TrendPoint[];
}

export async function loadLookups(signal: AbortSignal): Promise<Lookups> {
  const data = await graphqlRequest<{ lscbs: { nodes: Lscb[] }; exceptionTrend: TrendPoint[] }>(
    lookupsQuery, { quarters: quarterCount }, signal);
  return { lscbs: data.lscbs.nodes, trend: data.exceptionTrend };
}

/** The complianceSummary filter for the chosen provider type and LSCB; null when nothing is chosen. */
export function complianceFilter(filters: Filters, lscbs: readonly Lscb[]): Record<string, unknown> | null {
  const where: Record<string, unknown> = {};
  if (filters.providerType) where.providerType = { eq: filters.providerType };
  if (filters.lscbId) {
    const lscb = lscbs.find((l) => l.id === filters.lscbId);
    where.provider = { in: lscb ? lscb.providers.map((p) => p.id) : [] };
  }
  return Object.keys(where).length > 0 ? where : null;
}

/** One quarter's ratings for every provider the filter keeps. */
export interface QuarterRatings {
  quarter: string;
  rows: ComplianceRow[];
}

/** The heat map: one complianceSummary per quarter, sent side by side, each followed to its last page. */
export function loadHeatMap(quarters: readonly string[], where: Record<string, unknown> | null, signal: AbortSignal): Promise<QuarterRatings[]> {
  return Promise.all(quarters.map(async (quarter) => ({
    quarter,
    rows: await fetchAllPages<{ complianceSummary: Page<ComplianceRow> }, ComplianceRow>(
      complianceQuery, { quarter, where }, (d) => d.complianceSummary, signal),
  })));
}

/**
 * The exception trend for the providers the filter keeps. exceptionTrend counts every provider (and CCG records
 * about none), so with a filter each quarter's end is asked for separately and only those providers' cells counted.
 */
export async function loadFilteredTrend(
  trend: readonly TrendPoint[], providerIds: ReadonlySet<string>, signal: AbortSignal,
): Promise<TrendPoint[]> {
  return Promise.all(trend.map(async (point) => {
    const data = await graphqlRequest<{ exceptionSummary: { cells: ExceptionCell[] } }>(
      exceptionCellsQuery, { asOf: point.asOf }, signal);
    // Every code the unfiltered trend knows starts at 0, so the table keeps the same rows whatever the filter.
    const byCode = new Map<string, CodeCount>(point.byCode.map((c) => [c.code, { ...c, count: 0 }]));
    for (const cell of data.exceptionSummary.cells) {
      if (!cell.providerId || !providerIds.has(cell.providerId)) continue;
      const entry = byCode.get(cell.code) ?? { code: cell.code, severity: cell.severity, count: 0 };
      entry.count += cell.count;
      byCode.set(cell.code, entry);
    }
    const counts = [...byCode.values()];
    return { quarter: point.quarter, asOf: point.asOf, total: counts.reduce((sum, c) => sum + c.count, 0), byCode: counts };
  }));
}

export interface ProviderDrillDown {
  provider: ProviderDetail | null;
  plans: ActionPlan[];
  planCount: number;
  overdueActions: ExceptionLine[];
  overdueCount: number;
  missingUpdates: ExceptionLine[];
  missingCount: number;
}

export async function loadProvider(providerId: string, signal: AbortSignal): Promise<ProviderDrillDown> {
  type Lines = { totalCount: number; nodes: ExceptionLine[] };
  const data = await graphqlRequest<{
    node: ProviderDetail | null;
    actionPlans: { totalCount: number; nodes: ActionPlan[] };
    overdueActions: Lines;
    missingUpdates: Lines;
  }>(providerQuery, { provider: providerId }, signal);
  return {
    provider: data.node && 'name' in data.node ? data.node : null,
    plans: data.actionPlans.nodes,
    planCount: data.actionPlans.totalCount,
    overdueActions: data.overdueActions.nodes,
    overdueCount: data.overdueActions.totalCount,
    missingUpdates: data.missingUpdates.nodes,
    missingCount: data.missingUpdates.totalCount,
  };
}
