using System.Globalization;
using System.Text.Json;
using Commissioning.Domain;
using Microsoft.Data.Sqlite;

namespace Commissioning.Bench.Scale;

/// <summary>
/// actionPlans(first: 100, where: { provider: { eq: $provider } }) with actions, the latest eight progress
/// updates (and their count) and scrutinies, by hand: the count, the page of plans, then each kind of child
/// for the provider's plans in one statement, streamed into the response.
/// </summary>
internal static class PlanTreeBaseline
{
    private const int Plans = 100;
    private const int Updates = 8;

    public static void Write(SqliteConnection connection, JsonElement variables, Utf8JsonWriter writer)
    {
        var provider = Sql.Key(NodeIds.Decode(variables.GetProperty("provider").GetString()!, "Provider"));
        long total;
        using (var count = Sql.Command(connection, "SELECT COUNT(*) FROM ActionPlans WHERE ProviderId = $p", ("$p", provider))) total = (long)count.ExecuteScalar()!;

        const string page = "SELECT Id FROM ActionPlans WHERE ProviderId = $p ORDER BY RaisedOn DESC, Id LIMIT $n";
        var actions = Children(connection, provider,
            $"SELECT ActionPlanId, Id, Description, Owner, DueDate, Status, CompletedOn FROM PlanActions WHERE ActionPlanId IN ({page}) ORDER BY ActionPlanId, Id",
            r => (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.IsDBNull(6) ? null : r.GetString(6)));
        var updates = Children(connection, provider,
            $"SELECT PlanId, Id, Quarter, Revision, OverallNarrative, SubmittedByName, SubmittedAt FROM ProgressUpdates WHERE PlanId IN ({page}) ORDER BY PlanId, Quarter DESC, Revision DESC, Id",
            r => (r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4), r.GetString(5), r.GetString(6)));
        var scrutinies = Children(connection, provider,
            $"SELECT ActionPlanId, Id, Subject, Outcome, ScrutinisedOn, ByName FROM Scrutinies WHERE ActionPlanId IN ({page}) ORDER BY ActionPlanId, Id",
            r => (r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5)));

        writer.WriteStartObject("actionPlans");
        writer.WriteNumber("totalCount", total);
        writer.WriteStartArray("nodes");
        using (var plans = Sql.Command(connection,
            "SELECT Id, Title, Source, Status, RaisedOn, Version, AccountableManager_Name, AccountableManager_JobTitle FROM ActionPlans WHERE ProviderId = $p ORDER BY RaisedOn DESC, Id LIMIT $n",
            ("$p", provider), ("$n", Plans)))
        using (var reader = plans.ExecuteReader())
        {
            while (reader.Read())
            {
                var id = reader.GetString(0);
                writer.WriteStartObject();
                writer.WriteString("id", NodeIds.Encode("ActionPlan", Guid.Parse(id)));
                writer.WriteString("title", reader.GetString(1));
                writer.WriteString("source", Sql.EnumValue(reader.GetString(2)));
                writer.WriteString("status", Sql.EnumValue(reader.GetString(3)));
                writer.WriteString("raisedOn", reader.GetString(4));
                writer.WriteNumber("version", reader.GetInt32(5));
                if (reader.IsDBNull(6) && reader.IsDBNull(7))
                {
                    writer.WriteNull("accountableManager");
                }
                else
                {
                    writer.WriteStartObject("accountableManager");
                    Sql.WriteStringOrNull(writer, "name", reader, 6);
                    Sql.WriteStringOrNull(writer, "jobTitle", reader, 7);
                    writer.WriteEndObject();
                }

                writer.WriteStartArray("actions");
                foreach (var (actionId, description, owner, due, status, completed) in actions.GetValueOrDefault(id) ?? [])
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", NodeIds.Encode("PlanAction", Guid.Parse(actionId)));
                    writer.WriteString("description", description);
                    writer.WriteString("owner", owner);
                    writer.WriteString("dueDate", due);
                    writer.WriteString("status", Sql.EnumValue(status));
                    if (completed is null) writer.WriteNull("completedOn");
                    else writer.WriteString("completedOn", completed);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();

                var own = updates.GetValueOrDefault(id) ?? [];
                writer.WriteStartObject("progressUpdates");
                writer.WriteNumber("totalCount", own.Count);
                writer.WriteStartArray("nodes");
                foreach (var (updateId, quarter, revision, narrative, by, at) in own.Take(Updates))
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", NodeIds.Encode("ProgressUpdate", Guid.Parse(updateId)));
                    writer.WriteString("quarter", FinancialQuarter.FromOrdinal(quarter).ToString());
                    writer.WriteNumber("revision", revision);
                    writer.WriteString("overallNarrative", narrative);
                    writer.WriteString("submittedByName", by);
                    writer.WriteString("submittedAt", DateTimeOffset.Parse(at, CultureInfo.InvariantCulture).ToString("yyyy-MM-dd'T'HH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();

                writer.WriteStartArray("scrutinies");
                foreach (var (scrutinyId, subject, outcome, on, by) in scrutinies.GetValueOrDefault(id) ?? [])
                {
                    writer.WriteStartObject();
                    writer.WriteString("id", NodeIds.Encode("Scrutiny", Guid.Parse(scrutinyId)));
                    writer.WriteString("subject", Sql.EnumValue(subject));
                    writer.WriteString("outcome", Sql.EnumValue(outcome));
                    writer.WriteString("scrutinisedOn", on);
                    writer.WriteString("byName", by);
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            }
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Rows keyed by their plan (the first column), in the statement's order.</summary>
    private static Dictionary<string, List<T>> Children<T>(SqliteConnection connection, string provider, string sql, Func<SqliteDataReader, T> read)
    {
        var children = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var command = Sql.Command(connection, sql, ("$p", provider), ("$n", Plans));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var plan = reader.GetString(0);
            if (!children.TryGetValue(plan, out var list)) children[plan] = list = [];
            list.Add(read(reader));
        }
        return children;
    }
}
