using Microsoft.EntityFrameworkCore;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Providers, their sub-contractors, and the Local Safeguarding Children Boards they belong to.</summary>
public sealed class OrganisationsModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        var types = schema.Types;
        types.DescribedEnum("ProviderType", "The kind of organisation a provider is.", new Dictionary<ProviderType, string>
        {
            [ProviderType.NhsTrust] = "An NHS trust.",
            [ProviderType.FoundationTrust] = "An NHS foundation trust.",
            [ProviderType.GpPractice] = "A GP practice.",
            [ProviderType.Independent] = "An independent-sector provider.",
            [ProviderType.Voluntary] = "A voluntary or community-sector organisation; may be assessed against the Luton 9 Standards.",
            [ProviderType.Other] = "Any other kind of organisation.",
        });

        schema.Nodes.Add<Provider, Guid>("Provider", Loaders.FetchProviders).Add<Lscb, Guid>("Lscb", Loaders.FetchLscbs);
        var providers = schema.Conventions.Queryable<Provider, Guid>("Provider", p => p.Id, q => q
            .FilterById("id", p => p.Id, "Provider")
            .FilterAndSort("name", p => p.Name)
            .FilterAndSort("odsCode", p => p.OdsCode)
            .FilterAndSort("type", p => p.Type)
            .OrderByDefault("name"));
        var lscbs = schema.Conventions.Queryable<Lscb, Guid>("Lscb", l => l.Id, q => q
            .FilterById("id", l => l.Id, "Lscb")
            .FilterAndSort("name", l => l.Name)
            .FilterAndSort("area", l => l.Area)
            .OrderByDefault("name"));

        types.Object<Provider>("Provider", p =>
        {
            p.Description("An organisation the commissioner buys services from, and whose safeguarding it assures.");
            p.NodeId(x => x.Id);
            p.Field("name", x => x.Name).Description("The provider's name.");
            p.Field("type", x => x.Type).Description("What kind of organisation it is.");
            p.Field("odsCode", x => x.OdsCode).Description("Its Organisation Data Service code, e.g. RBD or J81001; unique among providers.");
            p.FieldAsync("lscbs", async (x, c) => (await Loaders.Lscb(c).LoadManyAsync(x.LscbIds)).OfType<Lscb>().OrderBy(l => l.Name).ToList())
                .Type(TypeReference.Named("Lscb").NonNull().List().NonNull())
                .Description("The Local Safeguarding Children Boards it belongs to.");
            p.Field("subContractors", x => x.SubContractors)
                .Description("Organisations it sub-contracts services to, which must be bound to the same duties.");
            p.FieldAsync("contracts", (x, c) => Loaders.ContractsByProvider(c).LoadAsync(x.Id))
                .Type(TypeReference.Named("Contract").NonNull().List().NonNull())
                .Description("Its contracts with the commissioner, earliest first.");
            p.FieldAsync("section11Schedules", (x, c) => Loaders.SchedulesByProvider(c).LoadAsync(x.Id))
                .Type(TypeReference.Named("Section11Schedule").NonNull().List().NonNull())
                .Description("The Section 11 schedules of its contracts: duties, indicators and audits.");
            p.FieldAsync("indicatorReturns", (x, c) => Loaders.ReturnsByProvider(c).LoadAsync(x.Id))
                .Type(TypeReference.Named("IndicatorReturn").NonNull().List().NonNull())
                .Description("Its quarterly indicator returns across all its schedules, oldest quarter first.");
            p.Field("version", x => x.Version).Description("Changes with every edit; send it back when you update the provider.");
        });

        types.Object<SubContractor>("SubContractor", s =>
        {
            s.Description("An organisation a provider sub-contracts part of its service to.");
            s.Field("id", (x, _) => NodeId.Encode(SubContractorMutations.SubContractorId, x.Id)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("Names the sub-contractor in `confirmSubContractorDuties` and `removeSubContractor`.");
            s.Field("name", x => x.Name).Description("The sub-contractor's name.");
            s.Field("odsCode", x => x.OdsCode).Description("Its ODS code, when it has one.");
            s.Field("serviceDescription", x => x.ServiceDescription).Description("What it provides under the sub-contract.");
            s.Field("dutiesFlowedDownOn", x => x.DutiesFlowedDownOn)
                .Description("When the provider confirmed the sub-contract binds it to the Section 11 duties; null until then.");
        });

        types.Object<Lscb>("Lscb", l =>
        {
            l.Description("A Local Safeguarding Children Board. Providers belong to one or more; reviews go to a lead board.");
            l.NodeId(x => x.Id);
            l.Field("name", x => x.Name).Description("The board's name.");
            l.Field("area", x => x.Area).Description("The local-authority area it covers, e.g. Bournemouth and Poole.");
            l.FieldAsync("providers", (x, c) => Loaders.ProvidersByLscb(c).LoadAsync(x.Id))
                .Type(TypeReference.Named("Provider").NonNull().List().NonNull())
                .Description("The providers that belong to this board, by name.");
        });

        schema.Query(q =>
        {
            q.Connection("providers", schema.Conventions, providers, (_, c) => c.Db().Providers.AsNoTracking())
                .Description("The providers the commissioner funds, by name unless you say otherwise.");
            q.Connection("lscbs", schema.Conventions, lscbs, (_, c) => c.Db().Lscbs.AsNoTracking())
                .Description("The Local Safeguarding Children Boards, by name unless you say otherwise.");
        });
    }
}
