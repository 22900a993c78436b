namespace Commissioning.Api.GraphQL;

/// <summary>Settings of the commissioning GraphQL API, bound from <c>Commissioning:GraphQL</c>.</summary>
public sealed class CommissioningGraphQLOptions
{
    public const string Section = "Commissioning:GraphQL";

    /// <summary>
    /// Adds <c>extensions.sqlStatements</c> (the SQL statements the request ran) to every response, so
    /// that batching regressions show up while developing. Unset means on in Development only.
    /// </summary>
    public bool? ReportSqlStatements { get; set; }
}
