// Every operation the committee report sends: its whole contract with schema/schema.graphql.

export const signedInQuery = /* GraphQL */ `
  query CommitteeReportSignedIn {
    me { displayName role }
  }
`;

/**
 * The report's figures (DOR 6.1, 12.2). `$caseDetail` is false for the DASHBOARD role, which may read figures but
 * not case references; `$yearEnd` adds the annual compliance review to the last report of the year (DOR 13.1).
 */
export const reportQuery = /* GraphQL */ `
  query CommitteeReport($quarter: FinancialQuarter!, $caseDetail: Boolean!, $yearEnd: Boolean!) {
    report: assuranceReport(quarter: $quarter) {
      commissioner generatedAt quarter periodStart periodEnd asOf
      providerCompliance {
        providerId providerName indicatorRag dutyRag redIndicators amberIndicators greenIndicators greyIndicators
      }
      auditOutcomes { providerId providerName topic plannedQuarter assuranceLevel reportedOn actionPlanId }
      evaluations { kind caseReference @include(if: $caseDetail) providerId evaluator grade evaluatedOn }
      exceptions {
        total
        byCode { code severity count }
        bySeverity { severity count }
        byProvider { providerId providerName count }
      }
      actionPlans { status count }
      overdueActions
    }
    yearEnd: assuranceReport(quarter: $quarter, variant: ANNUAL) @include(if: $yearEnd) {
      annualReview {
        financialYear providers providersWithEveryReturn dutiesChallenged
        indicatorRatings { rag count }
        dutySelfAssessments { rating count }
        auditAssurance { rag count }
      }
    }
  }
`;

/** The exceptions outstanding at the report's as-of date, one page at a time (roles that may read case detail). */
export const exceptionListQuery = /* GraphQL */ `
  query CommitteeReportExceptions($asOf: Date!, $quarter: FinancialQuarter!, $after: String) {
    exceptions(asOf: $asOf, quarter: $quarter, first: 100, after: $after,
               order: [{ severity: DESC }, { providerName: ASC }, { daysOutstanding: DESC }]) {
      nodes { code severity providerName sentence arisenOn daysOutstanding }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
