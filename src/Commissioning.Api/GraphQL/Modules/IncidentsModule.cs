using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Serious and adverse incidents reported by providers: <c>incidents</c> and <c>raiseIncident</c>.</summary>
public sealed class IncidentsModule : ISchemaModule
{
    public const string TypeName = "Incident";

    public void Configure(SchemaModuleContext schema)
    {
        schema.Types.DescribedEnum("IncidentType", "What kind of incident a provider reported.", new Dictionary<IncidentType, string>
        {
            [IncidentType.Sui] = "A serious untoward incident.",
            [IncidentType.AdverseIncident] = "An adverse incident that did not meet the serious threshold.",
            [IncidentType.Siri] = "A serious incident requiring investigation.",
        });
        schema.Nodes.Add<Incident, Guid>(TypeName, CaseRecordLoaders.FetchIncidents);

        var incidents = schema.Conventions.Queryable<Incident, Guid>(TypeName, i => i.Id, q => q
            .FilterById("id", i => i.Id, TypeName)
            .FilterById("provider", i => i.ProviderId, "Provider")
            .FilterAndSort("type", i => i.Type)
            .FilterAndSort("reportedOn", i => i.ReportedOn)
            .FilterAndSort("externalReference", i => i.ExternalReference)
            .FilterAndSort("recordedAt", i => i.RecordedAt)
            .OrderByDefault("reportedOn", SortEnumType.Desc));

        schema.Types.Object<Incident>(TypeName, t =>
        {
            t.Description("An incident a provider reported to the commissioner; action plans may follow from it.");
            t.NodeId(x => x.Id);
            t.Field("providerId", (x, _) => NodeId.Encode("Provider", x.ProviderId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The id of the provider where the incident happened.");
            t.FieldAsync("provider", (x, c) => Loaders.Provider(c).LoadAsync(x.ProviderId)).Type(TypeReference.Named("Provider").NonNull())
                .Description("The provider where the incident happened.");
            t.Field("type", x => x.Type).Description("What kind of incident this is.");
            t.Field("reportedOn", x => x.ReportedOn).Description("The day the provider reported the incident.");
            t.Field("externalReference", x => x.ExternalReference).Description("The reference the incident has in the national reporting system.");
            t.Field("summary", x => x.Summary).Description("What happened, in the reporter's words.");
            t.Field("recordedAt", x => x.RecordedAt).Description("When the incident was recorded here.");
            t.Field("recordedBy", x => x.RecordedBy).Description("The user id of whoever recorded it.");
            t.Field("version", x => x.Version).Description("Changes with every edit; send it back as `expectedVersion` when you change the incident.");
            t.FieldAsync("actionPlans", (x, c) => CaseRecordLoaders.PlansFromSource(c, x.Id))
                .Type(TypeReference.Named(ActionPlansModule.TypeName).NonNull().List().NonNull())
                .Description("The action plans raised in response to this incident.");
        });

        schema.Query(q => q.Connection("incidents", schema.Conventions, incidents, (_, c) => Visible(c))
            .Description("Incidents, newest first unless you say otherwise; provider staff see their own provider's only."));

        schema.Mutation(m => m.MutationField<RaiseIncidentInput, Incident>(schema.Conventions, "raiseIncident", "incident", TypeName,
                i =>
                {
                    i.Description("An incident to record against a provider.");
                    i.Field(x => x.ProviderId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The provider where it happened.");
                    i.Field(x => x.Type).Description("What kind of incident it is.");
                    i.Field(x => x.ReportedOn).Description("The day it was reported; not in the future.");
                    i.Field(x => x.ExternalReference).Description("Its reference in the national reporting system.");
                    i.Field(x => x.Summary).Description("What happened.");
                },
                [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture], RaiseAsync)
            .Description("Records an incident a provider reported. Provider staff may record their own provider's incidents."));
    }

    private static IQueryable<Incident> Visible(IResolveFieldContext context)
    {
        var incidents = context.Db().Incidents.AsNoTracking();
        return context.Caller() is { IsProvider: true, ProviderId: { } own } ? incidents.Where(i => i.ProviderId == own) : incidents;
    }

    private static Task<Result<Incident>> RaiseAsync(RaiseIncidentInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Incident>(context, async scope =>
        {
            var providerId = NodeId.Decode<Guid>(input.ProviderId, "Provider");
            if (await scope.RequireExistsAsync<Provider>(providerId, "Provider", "providerId").ConfigureAwait(false) is { } missing)
                return missing;
            var recorded = Incident.Record(scope.Actor, providerId, input.Type, input.ReportedOn, input.ExternalReference, input.Summary, scope.Clock);
            if (recorded.IsSuccess) scope.Db.Incidents.Add(recorded.Value);
            return recorded;
        });
}

public sealed class RaiseIncidentInput
{
    public string ProviderId { get; set; } = "";
    public IncidentType Type { get; set; }
    public DateOnly ReportedOn { get; set; }
    public string ExternalReference { get; set; } = "";
    public string Summary { get; set; } = "";
}
