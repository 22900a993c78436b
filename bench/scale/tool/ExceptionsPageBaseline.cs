using System.Text;
using System.Text.Json;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>
/// exceptions(first: $first) by hand: every provider's records read with hand-written SQL
/// (<see cref="ExceptionSnapshotRows"/>), the domain's own exception engine run over them for today (the API's clock:
/// UK date) with the default policy options, then the first page written in the engine's report order: totalCount,
/// hasNextPage, the end cursor (the API's keyset cursor over its default key, the line's rank) and the lines.
/// Everything happens per request: nothing is cached between requests.
/// </summary>
internal static class ExceptionsPageBaseline
{
    private static readonly ExceptionEngine Engine = new();
    private static readonly CommissioningOptions Options = new();

    public static void Write(SqliteConnection connection, JsonElement variables, Utf8JsonWriter writer)
    {
        var first = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("first", out var f) ? f.GetInt32() : 20;
        var asOf = variables.ValueKind == JsonValueKind.Object && variables.TryGetProperty("asOf", out var a) && a.ValueKind == JsonValueKind.String
            ? DateOnly.Parse(a.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : new SystemClock().Today;
        var snapshot = ExceptionSnapshotRows.Load(connection);
        var lines = Engine.Compute(snapshot, asOf, Options);
        var names = snapshot.Providers.ToDictionary(p => p.Id, p => p.Name);
        var page = Math.Min(first, lines.Count);

        writer.WriteStartObject("exceptions");
        writer.WriteNumber("totalCount", lines.Count);
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", lines.Count > first);
        if (page == 0) writer.WriteNull("endCursor");
        else writer.WriteString("endCursor", Cursor(page - 1));
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        for (var i = 0; i < page; i++)
        {
            var line = lines[i];
            writer.WriteStartObject();
            writer.WriteString("code", line.Code.ToCode());
            writer.WriteString("severity", line.Severity.ToCode());
            if (line.ProviderId is { } provider)
            {
                writer.WriteString("providerId", NodeIds.Encode("Provider", provider));
                if (names.TryGetValue(provider, out var name)) writer.WriteString("providerName", name);
                else writer.WriteNull("providerName");
            }
            else
            {
                writer.WriteNull("providerId");
                writer.WriteNull("providerName");
            }
            writer.WriteString("subjectType", line.SubjectType);
            writer.WriteString("subjectId", NodeIds.Encode(line.SubjectType, line.SubjectId));
            writer.WriteString("sentence", line.Message);
            writer.WriteString("arisenOn", line.AroseOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteNumber("daysOutstanding", line.DaysOutstanding);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>The API's keyset cursor for the default order: base64 of ["#key:a",[rank]].</summary>
    private static string Cursor(int rank) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"[\"#key:a\",[{rank}]]"));
}
