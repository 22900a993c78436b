using System.Text.Json.Nodes;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>auditTrail</c>: every change made through the API, read by the quality team and the Director
/// (DOMAIN.md "Rules"). There is no mutation of it; entries are written by the mutation pipeline only,
/// and the table refuses UPDATE and DELETE.
/// </summary>
public sealed class AuditTrailModule : ISchemaModule
{
    public const string TypeName = "AuditTrailEntry";

    public void Configure(SchemaModuleContext schema)
    {
        var entries = schema.Conventions.Queryable<AuditTrailEntry, Guid>(TypeName, e => e.Id, q => q
            .FilterAndSort("at", e => e.At)
            .FilterAndSort("actorUserId", e => e.ActorUserId)
            .FilterAndSort("actorName", e => e.ActorName)
            .FilterAndSort("actorRole", e => e.ActorRole)
            .FilterById("actorProvider", e => e.ActorProviderId ?? Guid.Empty, "Provider")
            .FilterAndSort("operation", e => e.Operation)
            .Filter("operationName", e => e.OperationName)
            .FilterAndSort("recordType", e => e.RecordType)
            .OrderByDefault("at", SortEnumType.Desc));

        schema.Types.Object<AuditTrailEntry>(TypeName, t =>
        {
            t.Description("One change made through the API: who made it, in what role, when, by which operation, to which record, and the values before and after.");
            t.Field("id", x => x.Id).Description("The entry's own id.");
            t.Field("at", x => x.At).Description("When the change was saved, by the server's clock.");
            t.Field("actorUserId", x => x.ActorUserId).Description("The user id of whoever made the change, from their sign-in.");
            t.Field("actorName", x => x.ActorName).Description("Their name as their sign-in gave it.");
            t.Field("actorRole", x => x.ActorRole).Description("The role they acted in.");
            t.Field("actorProviderId", (x, _) => x.ActorProviderId is { } id ? NodeId.Encode(NodeTypeNames.ProviderNode, id) : null)
                .Type(TypeReference.Of(Scalars.ID)).Description("For provider staff, the id of the provider they work for; null for everyone else.");
            t.Field("operation", x => x.Operation).Description("The mutation that made the change, e.g. `submitQuarterlyProgress`.");
            t.Field("operationName", x => x.OperationName).Description("The name the client gave its GraphQL operation, if it gave one.");
            t.Field("recordType", x => x.RecordType).Description("The kind of record changed, e.g. `ActionPlan`; changes to its parts (actions, progress updates) are listed under it.");
            t.Field("recordId", (x, _) => NodeId.Encode(x.RecordType, x.RecordId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The id of the record changed, as `node(id:)` takes it.");
            t.FieldAsync("record", (x, c) => schema.Nodes.TypeNames.Contains(x.RecordType)
                    ? schema.Nodes.ResolveAsync(c, NodeId.Encode(x.RecordType, x.RecordId))
                    : Task.FromResult<object?>(null))
                .Type("Node").Description("The record as it is now.");
            t.Field("before", x => x.Before).Description("The changed values before the change, as a JSON object keyed by path; null when the record was created.");
            t.Field("after", x => x.After).Description("The changed values after the change, as a JSON object keyed by path; null when the record was removed.");
            t.Field("changes", (x, _) => Changes(x)).Type(TypeReference.Named("AuditTrailChange").NonNull().List().NonNull())
                .Description("The change value by value, in path order.");
        });

        schema.Types.Object<AuditTrailChange>("AuditTrailChange", t =>
        {
            t.Description("One value a change set, altered or removed.");
            t.Field("path", x => x.Path).Description("Where the value is in the record, e.g. `status`, `accountableManager.name` or `actions[<uuid>].status`.");
            t.Field("before", x => x.Before).Description("The value before, as JSON text; null when it did not exist.");
            t.Field("after", x => x.After).Description("The value after, as JSON text; null when it no longer exists.");
        });

        schema.Query(q => q.Connection("auditTrail", schema.Conventions, entries, (_, c) => Readable(c))
            .Argument("record", Scalars.ID, a => a.Description("Only the changes to this record (and its parts)."))
            .Description("Every change made through the API, newest first unless you say otherwise. Quality team and Director only."));
    }

    /// <summary>The trail, for the roles that may read it; <c>record:</c> narrows it to one record.</summary>
    private static IQueryable<AuditTrailEntry> Readable(IResolveFieldContext context)
    {
        // The engine's declarative rule comes later (issue 5 item 2); until then the resolver checks.
        var caller = context.Caller() ?? throw Denied("Sign in to read the audit trail.", "AUTH_NOT_AUTHENTICATED");
        if (!caller.HasRole(Role.QualityTeam, Role.Director))
            throw Denied("Only the quality team and the Director may read the audit trail.", "AUTH_NOT_AUTHORIZED");
        var trail = context.Db().AuditTrail.AsNoTracking();
        if (context.GetArgument<string?>("record") is not { } record) return trail;
        var (type, key) = NodeId.Decode(record);
        var recordId = NodeId.ParseKey<Guid>(record, key);
        return trail.Where(e => e.RecordType == type && e.RecordId == recordId);
    }

    private static GraphQLError Denied(string message, string code) =>
        new(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });

    private static List<AuditTrailChange> Changes(AuditTrailEntry entry)
    {
        var before = Parse(entry.Before);
        var after = Parse(entry.After);
        return before.Select(p => p.Key).Union(after.Select(p => p.Key)).Order(StringComparer.Ordinal)
            .Select(path => new AuditTrailChange(path, Text(before, path), Text(after, path)))
            .ToList();
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static string? Text(JsonObject values, string path) =>
        values.TryGetPropertyValue(path, out var value) ? value?.ToJsonString() ?? "null" : null;
}

/// <summary>One value of an audit-trail entry, before and after, as JSON text.</summary>
public sealed record AuditTrailChange(string Path, string? Before, string? After);
