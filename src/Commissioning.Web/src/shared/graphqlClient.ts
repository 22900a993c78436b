import { readToken } from './token';

/** What a GraphQL error looks like on the wire (GraphQL spec §7.1.2). */
export interface GraphQLErrorEntry {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; correlationId?: string };
}

/** A request the API refused or answered with errors; the message is meant for the person at the screen. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly errors: readonly GraphQLErrorEntry[] = [],
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }

  /** True when signing in again (a new token) is the fix. */
  get needsSignIn(): boolean {
    return this.status === 401 || this.errors.some((e) => e.extensions?.code === 'AUTH_NOT_AUTHENTICATED');
  }
}

export const graphqlPath = '/graphql';

/**
 * POSTs one operation to the API's public GraphQL endpoint (the dashboard has no other door into the data), as
 * the caller whose token is in sessionStorage. Any error fails the whole request: a dashboard that shows a
 * partial picture without saying so would mislead a committee.
 */
export async function graphqlRequest<TData>(
  query: string,
  variables: Record<string, unknown> = {},
  signal?: AbortSignal,
): Promise<TData> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json;q=0.9',
  };
  const token = readToken();
  if (token) headers.Authorization = `Bearer ${token}`;

  const response = await fetch(graphqlPath, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
  let body: { data?: TData | null; errors?: GraphQLErrorEntry[] } | undefined;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} without a GraphQL response.`, response.status);
  }
  const errors = body?.errors ?? [];
  if (errors.length > 0 || !body?.data) {
    throw new GraphQLRequestError(describe(response.status, errors), response.status, errors);
  }
  return body.data;
}

function describe(status: number, errors: readonly GraphQLErrorEntry[]): string {
  if (status === 401) return 'The API did not accept the token (missing, expired or not signed for this API). Paste a new token.';
  const first = errors[0];
  if (!first) return `The API answered ${status} with no data.`;
  const correlation = first.extensions?.correlationId ? ` (reference ${first.extensions.correlationId})` : '';
  const more = errors.length > 1 ? ` and ${errors.length - 1} more error(s)` : '';
  return `${first.message}${correlation}${more}`;
}

/** One page of a Relay connection as our queries select it. */
export interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Follows a connection to its end, 100 at a time (the API's page-size cap). `pick` finds the connection in a
 * response; the query must take an `$after: String` variable.
 */
export async function fetchAllPages<TData, TNode>(
  query: string,
  variables: Record<string, unknown>,
  pick: (data: TData) => Page<TNode>,
  signal?: AbortSignal,
): Promise<TNode[]> {
  const all: TNode[] = [];
  let after: string | null = null;
  for (;;) {
    const page: Page<TNode> = pick(await graphqlRequest<TData>(query, { ...variables, after }, signal));
    all.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return all;
    after = page.pageInfo.endCursor;
  }
}
