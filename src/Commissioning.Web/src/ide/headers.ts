import { readToken } from '../shared/token';

/** What the header editor shows until a token is pasted in; the README says how to mint one. */
export const tokenPlaceholder = '<token>';

/**
 * The header editor's starting text: the caller's token when the dashboard already has one for this tab,
 * else an `Authorization: Bearer <token>` template to paste a token into.
 */
export function defaultHeaders(): string {
  const token = readToken() ?? tokenPlaceholder;
  return JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);
}

/**
 * The headers GraphiQL sends, without the template's placeholder: an untouched template is no token at all,
 * and sending it would make the API answer 401 instead of treating the caller as anonymous.
 */
export function withoutPlaceholder(headers: Record<string, unknown> | undefined): Record<string, string> {
  const sent: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (typeof value !== 'string') continue;
    if (name.toLowerCase() === 'authorization' && value.includes(tokenPlaceholder)) continue;
    sent[name] = value;
  }
  return sent;
}
