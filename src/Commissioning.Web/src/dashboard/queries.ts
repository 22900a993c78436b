// Every operation the dashboard sends, in one place: they are the dashboard's whole contract with
// schema/schema.graphql, and the documents to register if the API runs in trusted-documents mode.

export const signedInQuery = /* GraphQL */ `
  query DashboardSignedIn {
    me { displayName role }
  }
`;

export const lookupsQuery = /* GraphQL */ `
  query DashboardLookups($quarters: Int!) {
    lscbs(first: 100, order: [{ name: ASC }]) {
      nodes { id name area providers { id } }
    }
    exceptionTrend(quarters: $quarters) {
      quarter asOf total
      byCode { code severity count }
    }
  }
`;

export const complianceQuery = /* GraphQL */ `
  query DashboardCompliance($quarter: FinancialQuarter!, $where: ProviderComplianceFilterInput, $after: String) {
    complianceSummary(quarter: $quarter, where: $where, first: 100, after: $after) {
      nodes { providerId providerName providerType odsCode indicatorRag dutyRag }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

export const exceptionCellsQuery = /* GraphQL */ `
  query DashboardExceptionCells($asOf: Date!) {
    exceptionSummary(asOf: $asOf) {
      cells { providerId code severity count }
    }
  }
`;

export const providerQuery = /* GraphQL */ `
  query DashboardProvider($provider: ID!) {
    node(id: $provider) {
      ... on Provider { id name type odsCode lscbs { name } }
    }
    actionPlans(first: 100, where: { provider: { eq: $provider } }, order: [{ raisedOn: DESC }]) {
      totalCount
      nodes {
        id title status source raisedOn
        accountableManager { name jobTitle }
        actions { id description owner dueDate status completedOn }
        progressUpdates(first: 1) { nodes { quarter submittedAt } }
      }
    }
    overdueActions: exceptions(first: 100, where: { provider: { eq: $provider }, code: { eq: OVERDUE_ACTION } }) {
      totalCount
      nodes { code severity sentence subjectId arisenOn daysOutstanding }
    }
    missingUpdates: exceptions(first: 100, where: { provider: { eq: $provider }, code: { eq: MISSING_QUARTERLY_UPDATE } }) {
      totalCount
      nodes { code severity sentence subjectId arisenOn daysOutstanding }
    }
  }
`;
