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

    /// <summary>Depth, alias, root-field and cost limits on each operation (<c>Commissioning:GraphQL:Limits</c>).</summary>
    public OperationLimitsOptions Limits { get; set; } = new();

    /// <summary>Page sizes of every connection (<c>Commissioning:GraphQL:Paging</c>).</summary>
    public PagingOptions Paging { get; set; } = new();

    /// <summary>Who may introspect the schema (<c>__schema</c>, <c>__type</c>). Signed-in callers by default.</summary>
    public IntrospectionPolicy Introspection { get; set; } = IntrospectionPolicy.Authenticated;

    /// <summary>Registered operations run by id, and whether only they run (<c>Commissioning:GraphQL:TrustedDocuments</c>).</summary>
    public TrustedDocumentsOptions TrustedDocuments { get; set; } = new();
}
