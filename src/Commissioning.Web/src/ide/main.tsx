import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import '../shared/site.css';
import './ide.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher, type Fetcher } from '@graphiql/toolkit';
import { SiteHeader } from '../shared/SiteHeader';
import { graphqlPath } from '../shared/graphqlClient';
import { defaultHeaders, withoutPlaceholder } from './headers';

const startingHeaders = defaultHeaders();
const fetchGraphQL = createGraphiQLFetcher({ url: graphqlPath });
// GraphiQL asks for the schema before its header editor exists, passing no headers at all; those first requests
// carry the headers the editor is about to show, so the schema loads for a caller whose tab already has a token.
const fetcher: Fetcher = (params, options) => fetchGraphQL(params, {
  ...options,
  headers: withoutPlaceholder(options?.headers ?? JSON.parse(startingHeaders)),
});

const defaultQuery = `# 1. In Headers (below), replace <token> with your token.
# 2. Press "Re-fetch GraphQL schema" (bottom left).
# Ctrl+Enter runs; Ctrl+Space completes a name;
# the book icon (top left) opens the documentation.
query WhatIsWrong {
  exceptionSummary {
    total
    bySeverity { severity count }
  }
  exceptions(first: 5, where: { severity: { eq: HIGH } }) {
    totalCount
    nodes { code providerName sentence daysOutstanding }
  }
}
`;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <div className="ide-page">
      <SiteHeader current="/graphql" />
      <main id="main" className="ide-main" tabIndex={-1}>
        <h1 className="visually-hidden">GraphQL IDE</h1>
        <GraphiQL
          fetcher={fetcher}
          defaultQuery={defaultQuery}
          defaultHeaders={startingHeaders}
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
        />
      </main>
    </div>
  </StrictMode>,
);
