using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Indicators;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Quarterly indicator returns, each value rated red, amber, green or grey.</summary>
public sealed class IndicatorReturnsModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        schema.Nodes.Add<IndicatorReturn, Guid>("IndicatorReturn", Loaders.FetchIndicatorReturns);
        var returns = schema.Conventions.Queryable<IndicatorReturn, Guid>("IndicatorReturn", x => x.Id, q => q
            .FilterById("id", x => x.Id, "IndicatorReturn")
            .FilterById("provider", x => x.ProviderId, "Provider")
            .FilterById("section11Schedule", x => x.ScheduleId, "Section11Schedule")
            .FilterAndSort("quarter", x => x.Quarter)
            .Filter("submittedOn", x => x.SubmittedOn)
            .OrderByDefault("quarter"));

        schema.Types.Object<IndicatorReturn>("IndicatorReturn", r =>
        {
            r.Description("A provider's values for its schedule's indicators in one quarter, each rated against the target in force.");
            r.NodeId(x => x.Id);
            r.Field("quarter", x => x.Quarter).Description("The quarter the values are for.");
            r.FieldAsync("provider", async (x, c) => (await Loaders.Provider(c).LoadAsync(x.ProviderId))!)
                .Type(TypeReference.Named("Provider").NonNull()).Description("The provider that made the return.");
            r.FieldAsync("section11Schedule", async (x, c) => (await Loaders.Schedule(c).LoadAsync(x.ScheduleId))!)
                .Type(TypeReference.Named("Section11Schedule").NonNull()).Description("The schedule whose indicators it reports.");
            r.Field("values", x => x.Values).Description("One value per indicator, with its RAG rating.");
            r.Field("isSubmitted", x => x.IsSubmitted).Description("True once the provider has submitted it; values can no longer change.");
            r.Field("submittedOn", x => x.SubmittedOn).Description("The day it was submitted; null while in draft.");
            r.Field("submittedAt", x => x.SubmittedAt).Description("The moment it was submitted; null while in draft.");
            r.Field("submittedBy", x => x.SubmittedBy).Description("Who submitted it.");
            r.Field("version", x => x.Version).Description("Changes with every edit; send it back when you change the return.");
        });

        schema.Types.Object<IndicatorValue>("IndicatorValue", v =>
        {
            v.Description("One indicator's value in a return, with the target and tolerance it was rated against.");
            v.Field("indicatorCode", x => x.IndicatorCode).Description("The indicator's code in the schedule.");
            v.Field("unit", x => x.Unit).Description("The unit of the value.");
            v.Field("direction", x => x.Direction).Description("Whether higher or lower values are better.");
            v.Field("target", x => x.Target).Description("The target when the value was recorded.");
            v.Field("amberTolerance", x => x.AmberTolerance).Description("The amber tolerance when the value was recorded.");
            v.Field("value", x => x.Value).Description("The value; null when the provider could not report it (rated grey).");
            v.Field("comment", x => x.Comment).Description("The provider's comment on the value.");
            v.Field("rag", x => x.Rag).Description("Red, amber, green, or grey for no value.");
        });

        schema.Query(q => q.Connection("indicatorReturns", schema.Conventions, returns, (_, c) => c.Db().IndicatorReturns.AsNoTracking())
            .Description("Indicator returns of every provider, oldest quarter first unless you say otherwise."));
    }
}
