using System.Globalization;
using System.Text;
using System.Text.Json;
using Commissioning.Domain;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>
/// complianceSummary(quarter, first) by hand: a page of providers by name, then their schedules live in the
/// quarter, those schedules' indicators and duty assessments, and the quarter's returns, one statement each,
/// rated with the domain's own RAG rules (RagCalculator, DutyCatalogue) exactly as the API rates them.
/// </summary>
internal static class ComplianceSummaryBaseline
{
    private const string Signature = "providerName:a,#key:a";

    public static void Write(SqliteConnection connection, JsonElement variables, Utf8JsonWriter writer)
    {
        var quarter = FinancialQuarter.Parse(variables.GetProperty("quarter").GetString()!);
        var first = variables.TryGetProperty("first", out var f) && f.ValueKind == JsonValueKind.Number ? f.GetInt32() : 20;

        long total;
        using (var count = Sql.Command(connection, "SELECT COUNT(*) FROM Providers")) total = (long)count.ExecuteScalar()!;

        var providers = new List<(string Key, string Name, string Ods)>();
        using (var page = Sql.Command(connection, "SELECT Id, Name, OdsCode FROM Providers ORDER BY Name, Id LIMIT $n", ("$n", first + 1)))
        using (var reader = page.ExecuteReader())
            while (reader.Read()) providers.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        var hasNext = providers.Count > first;
        if (hasNext) providers.RemoveAt(providers.Count - 1);
        var keys = providers.Select(p => p.Key).ToList();

        var schedules = new List<(string Id, string Provider, DutyFramework Framework)>();
        var (start, end) = (Date(quarter.Start), Date(quarter.End));
        const string live = "FROM Section11Schedules s JOIN Contracts c ON c.Id = s.ContractId WHERE s.ProviderId IN ({0}) AND c.StartDate <= $end AND c.EndDate >= $start";
        using (var command = Sql.Command(connection, "", ("$start", start), ("$end", end)))
        {
            command.CommandText = "SELECT s.Id, s.ProviderId, s.Framework " + string.Format(CultureInfo.InvariantCulture, live, Sql.InList(command, keys)) + " ORDER BY s.Id";
            using var reader = command.ExecuteReader();
            while (reader.Read()) schedules.Add((reader.GetString(0), reader.GetString(1), Enum.Parse<DutyFramework>(reader.GetString(2))));
        }

        // Indicators by code, ties in schedule order: the order the API's stable sort gives.
        var indicators = new List<(string Schedule, string Code)>();
        var assessments = new Dictionary<(string Schedule, string Duty), (string? Rating, string? Moderation)>();
        using (var command = Sql.Command(connection, "", ("$start", start), ("$end", end)))
        {
            var scheduleIds = "SELECT s.Id " + string.Format(CultureInfo.InvariantCulture, live, Sql.InList(command, keys));
            command.CommandText = $"SELECT ScheduleId, Code FROM Indicators WHERE ScheduleId IN ({scheduleIds}) ORDER BY Code, ScheduleId";
            using (var reader = command.ExecuteReader())
                while (reader.Read()) indicators.Add((reader.GetString(0), reader.GetString(1)));
            command.CommandText = $"SELECT ScheduleId, DutyId, Rating, Moderation FROM DutyAssessments WHERE ScheduleId IN ({scheduleIds})";
            using (var reader = command.ExecuteReader())
                while (reader.Read())
                    assessments[(reader.GetString(0), reader.GetString(1))] = (reader.IsDBNull(2) ? null : reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }

        var values = new Dictionary<(string Schedule, string Code), (decimal? Value, Rag Rag)>();
        using (var command = Sql.Command(connection, "", ("$q", quarter.Ordinal)))
        {
            command.CommandText = $"SELECT ScheduleId, \"Values\" FROM IndicatorReturns WHERE ProviderId IN ({Sql.InList(command, keys)}) AND Quarter = $q AND SubmittedAt IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (reader.IsDBNull(1)) continue;
                using var json = JsonDocument.Parse(reader.GetString(1));
                foreach (var v in json.RootElement.EnumerateArray())
                {
                    var value = Number(v.GetProperty("Value"));
                    var rag = RagCalculator.Rate(Enum.Parse<IndicatorUnit>(v.GetProperty("Unit").GetString()!),
                        Enum.Parse<IndicatorDirection>(v.GetProperty("Direction").GetString()!),
                        Number(v.GetProperty("Target"))!.Value, Number(v.GetProperty("AmberTolerance"))!.Value, value);
                    values.TryAdd((reader.GetString(0), v.GetProperty("IndicatorCode").GetString()!), (value, rag));
                }
            }
        }

        writer.WriteStartObject("complianceSummary");
        writer.WriteNumber("totalCount", total);
        writer.WriteStartObject("pageInfo");
        writer.WriteBoolean("hasNextPage", hasNext);
        if (providers.Count == 0) writer.WriteNull("endCursor");
        else writer.WriteString("endCursor", Cursor(providers[^1].Name, providers[^1].Key));
        writer.WriteEndObject();
        writer.WriteStartArray("nodes");
        foreach (var provider in providers)
        {
            var own = schedules.Where(s => s.Provider == provider.Key).ToList();
            var ownIds = own.Select(s => s.Id).ToHashSet();
            var rated = indicators.Where(i => ownIds.Contains(i.Schedule))
                .Select(i => (i.Code, Value: values.TryGetValue((i.Schedule, i.Code), out var v) ? v : ((decimal?)null, Rag.Grey))).ToList();
            var duties = own.SelectMany(s => DutyCatalogue.For(s.Framework).Select(d =>
            {
                var found = assessments.TryGetValue((s.Id, d.Id), out var a);
                var (rating, moderation) = found ? a : (null, null);
                return (d.Id, rating, moderation, Rag: Rate(rating, moderation));
            })).ToList();

            writer.WriteStartObject();
            writer.WriteString("providerId", NodeIds.Encode("Provider", Guid.Parse(provider.Key)));
            writer.WriteString("providerName", provider.Name);
            writer.WriteString("odsCode", provider.Ods);
            writer.WriteString("indicatorRag", RagName(Overall(rated.Select(r => r.Value.Item2))));
            writer.WriteString("dutyRag", RagName(Overall(duties.Select(d => d.Rag))));
            writer.WriteStartArray("indicators");
            foreach (var (code, (value, rag)) in rated)
            {
                writer.WriteStartObject();
                writer.WriteString("code", code);
                if (value is { } number) writer.WriteNumber("value", number);
                else writer.WriteNull("value");
                writer.WriteString("rag", RagName(rag));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("duties");
            foreach (var (duty, rating, moderation, rag) in duties)
            {
                writer.WriteStartObject();
                writer.WriteString("dutyId", duty);
                if (rating is null) writer.WriteNull("selfAssessment");
                else writer.WriteString("selfAssessment", Sql.EnumValue(rating));
                if (moderation is null) writer.WriteNull("moderation");
                else writer.WriteString("moderation", Sql.EnumValue(moderation));
                writer.WriteString("rag", RagName(rag));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal? Number(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture),
        _ => element.GetDecimal(),
    };

    /// <summary>The duty RAG rule of the API's ComplianceRag.Rate, on the stored member names.</summary>
    private static Rag Rate(string? rating, string? moderation) => rating switch
    {
        null => Rag.Grey,
        "NotMet" => Rag.Red,
        "PartiallyMet" => Rag.Amber,
        _ when moderation == "Challenge" => Rag.Amber,
        _ => Rag.Green,
    };

    private static Rag Overall(IEnumerable<Rag> ratings)
    {
        var all = ratings.ToList();
        if (all.Contains(Rag.Red)) return Rag.Red;
        if (all.Contains(Rag.Amber)) return Rag.Amber;
        if (all.Count == 0 || all.Contains(Rag.Grey)) return Rag.Grey;
        return Rag.Green;
    }

    private static string RagName(Rag rag) => Sql.EnumValue(rag.ToString());

    /// <summary>The API's keyset cursor for the default order (name, then key).</summary>
    private static string Cursor(string name, string key) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new object[] { Signature, new object[] { name, key.ToLowerInvariant() } })));
}
