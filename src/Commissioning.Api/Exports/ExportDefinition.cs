using Commissioning.GraphQL.Execution;
using Microsoft.Extensions.Primitives;

namespace Commissioning.Api.Exports;

/// <summary>
/// One export: the GraphQL query it runs (a connection paged with <c>$first</c> and <c>$after</c>), how the
/// address's query string becomes that query's variables, and how each node becomes a row.
/// </summary>
public sealed class ExportDefinition
{
    /// <summary>The file's base name and the address segment: /exports/{Name}.csv and .xlsx.</summary>
    public required string Name { get; init; }

    /// <summary>The worksheet's name in the workbook.</summary>
    public required string SheetName { get; init; }

    /// <summary>
    /// The query; it declares <c>$first: Int!</c>, <c>$after: String</c> and <c>$count: Boolean! = false</c>, and selects
    /// <c>pageInfo</c>, <c>nodes</c> and <c>totalCount @include(if: $count)</c> (asked for once, when progress is shown).
    /// </summary>
    public required string Document { get; init; }

    /// <summary>The root field holding the connection.</summary>
    public required string ConnectionField { get; init; }

    /// <summary>Query-string parameters this export takes, with what each means (named in 400 answers).</summary>
    public required IReadOnlyDictionary<string, string> Parameters { get; init; }

    /// <summary>The GraphQL variables for the query string; parameters already checked to be known.</summary>
    public required Func<IQueryCollection, Dictionary<string, object?>> Variables { get; init; }

    public required IReadOnlyList<ExportColumn> Columns { get; init; }

    /// <summary>A part of the file name telling which data it holds (the quarter or day), or null.</summary>
    public required Func<IQueryCollection, string?> FileNameSuffix { get; init; }

    public IReadOnlyList<object?> Row(ResultMap node) => Columns.Select(column => column.Value(node)).ToList();

    /// <summary>Values of a repeatable parameter: <c>?code=A&amp;code=B</c> and <c>?code=A,B</c> both give A and B.</summary>
    public static List<object?>? List(StringValues values)
    {
        var items = values.SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Cast<object?>().ToList();
        return items.Count == 0 ? null : items;
    }

    /// <summary>The single value of a parameter, or null when absent or empty.</summary>
    public static string? Single(StringValues values) => values.Count > 0 && !string.IsNullOrWhiteSpace(values[^1]) ? values[^1]!.Trim() : null;
}

/// <summary>A column: its header, and the response key of the node it shows.</summary>
public sealed record ExportColumn(string Header, string Field)
{
    public object? Value(ResultMap node) => node.TryGetValue(Field, out var value) ? value : null;
}
