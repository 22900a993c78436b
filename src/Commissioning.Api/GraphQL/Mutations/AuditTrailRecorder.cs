using System.Text.Json;
using Commissioning.Api.Data;
using Commissioning.Api.Data.Configurations;
using Commissioning.Domain.AuditTrail;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// Adds to the unit of work one audit-trail entry per aggregate a mutation changed (DOMAIN.md "Rules":
/// who, role, when, what, before and after), so the entries are saved by the same SaveChanges, in the
/// same transaction, as the change: both are stored or neither is.
/// </summary>
/// <remarks>
/// Narratives (progress, scrutiny advice, incident summaries) are kept in full: the trail must show what
/// was said before and after, and only QUALITY_TEAM and DIRECTOR read it, who may read those narratives
/// anyway. Dashboards and provider staff never see the trail.
/// </remarks>
internal static class AuditTrailRecorder
{
    public static void Record(MutationScope scope)
    {
        var db = scope.Db;
        db.ChangeTracker.DetectChanges();
        // Saving advances the version of a changed aggregate the domain did not touch; do it now so the
        // trail shows the version that is stored.
        AggregateVersioning.AdvanceChangedVersions(db.ChangeTracker);
        var operation = scope.Context.FieldDefinition.Name;
        var operationName = Shorten(scope.Context.Operation.Name?.Value);
        foreach (var change in TrackedChanges.Collect(db.ChangeTracker, type => type == typeof(AuditTrailEntry)))
        {
            var entry = AuditTrailEntry.Record(Guid.CreateVersion7(), scope.Actor, scope.Clock, operation, change.RecordType, change.RecordId,
                Json(change.Before), Json(change.After), operationName);
            // Every argument is ours and valid; a refusal here is a defect, and the change must not be saved unaudited.
            db.AuditTrail.Add(entry.IsSuccess ? entry.Value : throw new InvalidOperationException($"Audit-trail entry refused: {entry.Error}"));
        }
    }

    private static string? Json(System.Text.Json.Nodes.JsonObject values) => values.Count == 0 ? null : values.ToJsonString(Options);

    private static string? Shorten(string? name) =>
        name is { Length: > AuditTrailEntryConfiguration.OperationNameMaxLength } ? name[..AuditTrailEntryConfiguration.OperationNameMaxLength] : name;

    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
