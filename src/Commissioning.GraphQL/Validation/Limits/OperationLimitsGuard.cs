using System.Globalization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;

namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>
/// Refuses an operation that exceeds any of <see cref="OperationLimits"/>, before it executes, with one error per
/// limit exceeded. Variables count: a slicing argument given as <c>$first</c> is measured at its value.
/// </summary>
public sealed class OperationLimitsGuard(OperationLimits limits) : IOperationGuard
{
    /// <summary>The key of the measures in the response's <c>extensions</c> when <see cref="OperationLimits.ReportCost"/> is on.</summary>
    public const string ExtensionKey = "operationCost";

    public OperationLimits Limits { get; } = limits ?? throw new ArgumentNullException(nameof(limits));

    // Measures of the operations seen so far, for the schema of the last request (a guard normally serves one).
    // One reference, so a thread never sees one schema's cache paired with another schema.
    private SchemaMeasures? _measures;

    public ExecutionResult? Check(OperationGuardContext context)
    {
        var measure = MeasuresFor(context.Schema).Measure(context.Document, context.Operation, context.Variables);
        if (Limits.ReportCost)
        {
            context.ResponseExtensions[ExtensionKey] = new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["fieldCost"] = measure.FieldCost,
                ["maxFieldCost"] = Limits.MaxFieldCost,
                ["depth"] = measure.Depth,
                ["aliases"] = measure.Aliases,
                ["rootFields"] = measure.RootFields,
            };
        }

        var errors = new List<GraphQLError>(measure.Errors);
        if (measure.Depth > Limits.MaxDepth)
            errors.Add(Error($"The operation is {measure.Depth} fields deep; the maximum depth is {Limits.MaxDepth}.",
                OperationLimitCodes.MaxDepthExceeded, measure.Depth, Limits.MaxDepth.Value));
        if (measure.Aliases > Limits.MaxAliases)
            errors.Add(Error($"The operation has {Number(measure.Aliases)} aliases; at most {Limits.MaxAliases} are allowed.",
                OperationLimitCodes.MaxAliasesExceeded, measure.Aliases, Limits.MaxAliases.Value));
        if (measure.RootFields > Limits.MaxRootFields)
            errors.Add(Error($"The operation selects {measure.RootFields} root fields; at most {Limits.MaxRootFields} are allowed.",
                OperationLimitCodes.MaxRootFieldsExceeded, measure.RootFields, Limits.MaxRootFields.Value));
        if (measure.FieldCost > Limits.MaxFieldCost)
            errors.Add(Error($"The operation's field cost is {Number(measure.FieldCost)}; the maximum is {Number(Limits.MaxFieldCost.Value)}. " +
                    "Ask for smaller pages (first/last) or fewer nested lists.",
                OperationLimitCodes.MaxFieldCostExceeded, measure.FieldCost, Limits.MaxFieldCost.Value));

        if (errors.Count == 0) return null;
        return new ExecutionResult { Failure = RequestFailure.Validation, Errors = errors };

        GraphQLError Error(string message, string code, double actual, double maximum) =>
            new(message, [context.Operation], extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["code"] = code,
                ["actual"] = actual,
                ["maximum"] = maximum,
            });
    }

    private OperationMeasureCache MeasuresFor(Types.Schema schema)
    {
        if (Volatile.Read(ref _measures) is { } known && ReferenceEquals(known.Schema, schema)) return known.Cache;
        var measures = new SchemaMeasures(schema, new OperationMeasureCache(schema, Limits));
        Volatile.Write(ref _measures, measures);
        return measures.Cache;
    }

    private sealed record SchemaMeasures(Types.Schema Schema, OperationMeasureCache Cache);

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
