using System.Text.Json;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL.Plans;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.AuditTrail;

/// <summary>Reads the audit trail over the API, as the quality team unless told otherwise.</summary>
internal static class AuditTrailReader
{
    public const string EntryFields =
        "id at actorUserId actorName actorRole actorProviderId operation operationName recordType recordId before after changes { path before after }";

    public static async Task<JsonElement> ReadAsync(GraphQLApi api, string? record = null, object? where = null, Actor? caller = null)
    {
        var response = await api.PostAsync($$"""
            query Trail($record: ID, $where: AuditTrailEntryFilterInput) {
              auditTrail(record: $record, where: $where, first: 100) { totalCount nodes { {{EntryFields}} } }
            }
            """, new { record, where }, caller ?? PlansWorld.QualityTeam);
        response.AssertNoErrors();
        return response.At("data", "auditTrail");
    }

    /// <summary>The entries of one operation on one record; the test expects exactly one.</summary>
    public static async Task<JsonElement> SingleAsync(GraphQLApi api, string record, string operation)
    {
        var trail = await ReadAsync(api, record, new { operation = new { eq = operation } });
        Assert.Equal(1, trail.GetProperty("totalCount").GetInt32());
        return trail.At("nodes", 0);
    }

    /// <summary>An entry's changes as path → (before, after) JSON text.</summary>
    public static Dictionary<string, (string? Before, string? After)> Changes(JsonElement entry) =>
        entry.GetProperty("changes").EnumerateArray().ToDictionary(
            c => c.GetProperty("path").GetString()!,
            c => (c.GetProperty("before").GetString(), c.GetProperty("after").GetString()));
}
