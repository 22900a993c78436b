import type { ProviderType } from './model';
import type { Measure } from './rag';

/** What the person chose; kept in the address so a view can be bookmarked or shared with a colleague. */
export interface Filters {
  providerType: ProviderType | '';
  lscbId: string;
  measure: Measure;
}

export interface ViewState extends Filters {
  /** The provider drilled into; '' for none. */
  providerId: string;
}

const measures: readonly Measure[] = ['worst', 'indicators', 'duties'];

export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const measure = params.get('measure') as Measure | null;
  return {
    providerType: (params.get('type') ?? '') as ProviderType | '',
    lscbId: params.get('lscb') ?? '',
    measure: measure && measures.includes(measure) ? measure : 'worst',
    providerId: params.get('provider') ?? '',
  };
}

export function writeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.providerType) params.set('type', state.providerType);
  if (state.lscbId) params.set('lscb', state.lscbId);
  if (state.measure !== 'worst') params.set('measure', state.measure);
  if (state.providerId) params.set('provider', state.providerId);
  const text = params.toString();
  return text ? `?${text}` : '';
}
