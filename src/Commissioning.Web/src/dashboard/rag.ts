import type { ComplianceRow, Rag } from './model';

/** Which rating the heat map shows for a provider and quarter. */
export type Measure = 'worst' | 'indicators' | 'duties';

export const measureLabels: Record<Measure, string> = {
  worst: 'Worst of indicators and duties',
  indicators: 'Quality indicators',
  duties: 'Section 11 duties',
};

export const ragLabels: Record<Rag, string> = { RED: 'Red', AMBER: 'Amber', GREEN: 'Green', GREY: 'Grey' };

export const ragMeanings: Record<Rag, string> = {
  RED: 'short of target beyond tolerance, or a duty not met',
  AMBER: 'short of target within tolerance, or a duty partly met or challenged',
  GREEN: 'on target, or a duty met and agreed',
  GREY: 'nothing reported, or a duty not yet assessed',
};

// The same precedence the API uses for indicatorRag: any red, else amber, else grey (something missing), else green.
const precedence: readonly Rag[] = ['RED', 'AMBER', 'GREY', 'GREEN'];

export function worstOf(a: Rag, b: Rag): Rag {
  return precedence.indexOf(a) <= precedence.indexOf(b) ? a : b;
}

export function ragFor(row: ComplianceRow, measure: Measure): Rag {
  switch (measure) {
    case 'indicators': return row.indicatorRag;
    case 'duties': return row.dutyRag;
    case 'worst': return worstOf(row.indicatorRag, row.dutyRag);
  }
}
