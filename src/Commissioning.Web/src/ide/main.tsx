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

const fetchGraphQL = createGraphiQLFetcher({ url: graphqlPath });
const fetcher: Fetcher = (params, options) => fetchGraphQL(params, { ...options, headers: withoutPlaceholder(options?.headers) });

const defaultQuery = `# Put your token in Headers below, after "Bearer ".
# Ctrl+Enter runs the query, Ctrl+Space completes a name,
# and the book icon (top left) opens the schema's documentation.
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
          defaultHeaders={defaultHeaders()}
          defaultEditorToolsVisibility="headers"
          shouldPersistHeaders={false}
        />
      </main>
    </div>
  </StrictMode>,
);
