import type { QueryState } from './useQuery';
import { GraphQLRequestError } from '../shared/graphqlClient';

/**
 * What a section says while it loads or when it fails. role="status" and role="alert" make screen readers
 * announce the change without moving focus (WCAG 4.1.3).
 */
export function Status({ state, what }: { state: QueryState<unknown>; what: string }) {
  if (state.status === 'loading') return <p role="status" className="status">Loading {what}…</p>;
  if (state.status !== 'failed') return null;
  const hint = state.error instanceof GraphQLRequestError && state.error.needsSignIn
    ? ' Paste a token in "Access token" above.'
    : '';
  return (
    <p role="alert" className="status status-error">
      Could not load {what}: {state.error.message}{hint}
    </p>
  );
}
