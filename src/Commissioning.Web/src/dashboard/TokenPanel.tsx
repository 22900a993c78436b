import { useState, type FormEvent } from 'react';
import { clearToken, readToken, saveToken } from '../shared/token';
import type { SignedIn } from './load';
import type { QueryState } from './useQuery';

/**
 * Where the caller pastes a bearer token (minted by the API's `token` command or issued by the identity
 * provider). It is kept in sessionStorage for this tab only and sent with every query.
 */
export function TokenPanel({ signedIn, onChange }: { signedIn: QueryState<SignedIn | null>; onChange: () => void }) {
  const [draft, setDraft] = useState('');
  const hasToken = readToken() !== null;

  function submit(event: FormEvent) {
    event.preventDefault();
    saveToken(draft);
    setDraft('');
    onChange();
  }

  function clear() {
    clearToken();
    setDraft('');
    onChange();
  }

  return (
    <section className="panel token-panel" aria-labelledby="token-heading">
      <h2 id="token-heading">Access token</h2>
      <p className="signed-in" role="status">{describe(signedIn, hasToken)}</p>
      <form onSubmit={submit} className="token-form">
        <label htmlFor="token-input">Bearer token</label>
        <input
          id="token-input"
          type="password"
          autoComplete="off"
          spellCheck={false}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-describedby="token-hint"
        />
        <button type="submit" disabled={draft.trim() === ''}>Use token</button>
        {hasToken && <button type="button" onClick={clear} className="secondary">Forget token</button>}
      </form>
      <p id="token-hint" className="hint">
        Kept in this browser tab only. For the demo: <code>dotnet run --project src/Commissioning.Api -- token --role QUALITY_TEAM</code>
      </p>
    </section>
  );
}

function describe(state: QueryState<SignedIn | null>, hasToken: boolean): string {
  if (state.status === 'loading') return 'Checking the token…';
  if (state.status === 'failed') return hasToken ? `The token was not accepted: ${state.error.message}` : state.error.message;
  if (state.status === 'done' && state.data) return `Signed in as ${state.data.displayName} (${state.data.role}).`;
  return hasToken ? 'The API did not recognise the token; you are anonymous.' : 'No token: the API treats you as anonymous.';
}
