namespace Commissioning.Api.Exports;

/// <summary>
/// The exports there are. Each is a GraphQL query of the public schema, so a file holds exactly what the same
/// query gives the same caller: its filters are the query's arguments, named as in the schema.
/// </summary>
public static class ExportDefinitions
{
    // The dashboard's own filters, so an export of a filtered view names the filter, not the ids of every provider it keeps.
    private const string ProviderTypeMeaning = "provider types to keep: NHS_TRUST, FOUNDATION_TRUST, GP_PRACTICE, INDEPENDENT... (repeat or separate with commas)";
    private const string LscbMeaning = "keep providers that belong to this LSCB (its id)";

    public static readonly ExportDefinition Exceptions = new()
    {
        Name = "exceptions",
        SheetName = "Exceptions",
        ConnectionField = "exceptions",
        Document = """
            query ExceptionsExport($asOf: Date, $quarter: FinancialQuarter, $lscb: ID, $where: ExceptionLineFilterInput, $first: Int!, $after: String, $count: Boolean! = false) {
              exceptions(asOf: $asOf, quarter: $quarter, lscb: $lscb, where: $where, first: $first, after: $after) {
                totalCount @include(if: $count)
                pageInfo { hasNextPage endCursor }
                nodes { code severity providerId providerName subjectType subjectId sentence arisenOn daysOutstanding }
              }
            }
            """,
        Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["asOf"] = "the day the exceptions are computed for (YYYY-MM-DD; default today)",
            ["quarter"] = "the report quarter, e.g. 2026Q2",
            ["code"] = "exception codes to keep (repeat or separate with commas)",
            ["severity"] = "severities to keep: LOW, MEDIUM, HIGH",
            ["providerType"] = ProviderTypeMeaning,
            ["lscb"] = LscbMeaning,
            ["provider"] = "provider ids to keep",
        },
        Variables = query =>
        {
            var where = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (ExportDefinition.List(query["code"]) is { } codes) where["code"] = In(codes);
            if (ExportDefinition.List(query["severity"]) is { } severities) where["severity"] = In(severities);
            if (ExportDefinition.List(query["providerType"]) is { } types) where["providerType"] = In(types);
            if (ExportDefinition.List(query["provider"]) is { } providers) where["provider"] = In(providers);
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["asOf"] = ExportDefinition.Single(query["asOf"]),
                ["quarter"] = ExportDefinition.Single(query["quarter"]),
                ["lscb"] = ExportDefinition.Single(query["lscb"]),
                ["where"] = where.Count > 0 ? where : null,
            };
        },
        Columns =
        [
            new("Code", "code"), new("Severity", "severity"), new("Provider", "providerName"), new("Provider id", "providerId"),
            new("Subject type", "subjectType"), new("Subject id", "subjectId"), new("Exception", "sentence"),
            new("Arisen on", "arisenOn"), new("Days outstanding", "daysOutstanding"),
        ],
        FileNameSuffix = query => ExportDefinition.Single(query["quarter"]) ?? ExportDefinition.Single(query["asOf"]),
    };

    public static readonly ExportDefinition ComplianceSummary = new()
    {
        Name = "compliance-summary",
        SheetName = "Compliance summary",
        ConnectionField = "complianceSummary",
        Document = """
            query ComplianceSummaryExport($quarter: FinancialQuarter!, $lscb: ID, $where: ProviderComplianceFilterInput, $first: Int!, $after: String, $count: Boolean! = false) {
              complianceSummary(quarter: $quarter, lscb: $lscb, where: $where, first: $first, after: $after) {
                totalCount @include(if: $count)
                pageInfo { hasNextPage endCursor }
                nodes { providerName odsCode providerType providerId quarter indicatorRag dutyRag }
              }
            }
            """,
        Parameters = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["quarter"] = "the quarter to rate, e.g. 2026Q2 (required)",
            ["providerType"] = ProviderTypeMeaning,
            ["lscb"] = LscbMeaning,
            ["provider"] = "provider ids to keep",
            ["providerName"] = "keep providers whose name contains this text",
        },
        Variables = query =>
        {
            var where = new Dictionary<string, object?>(StringComparer.Ordinal);
            if (ExportDefinition.List(query["providerType"]) is { } types) where["providerType"] = In(types);
            if (ExportDefinition.List(query["provider"]) is { } providers) where["provider"] = In(providers);
            if (ExportDefinition.Single(query["providerName"]) is { } name)
                where["providerName"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["contains"] = name };
            return new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["quarter"] = ExportDefinition.Single(query["quarter"]),
                ["lscb"] = ExportDefinition.Single(query["lscb"]),
                ["where"] = where.Count > 0 ? where : null,
            };
        },
        Columns =
        [
            new("Provider", "providerName"), new("ODS code", "odsCode"), new("Provider type", "providerType"),
            new("Provider id", "providerId"), new("Quarter", "quarter"), new("Indicator RAG", "indicatorRag"), new("Duty RAG", "dutyRag"),
        ],
        FileNameSuffix = query => ExportDefinition.Single(query["quarter"]),
    };

    public static readonly IReadOnlyList<ExportDefinition> All = [Exceptions, ComplianceSummary];

    private static Dictionary<string, object?> In(List<object?> values) => new(StringComparer.Ordinal) { ["in"] = values };
}
