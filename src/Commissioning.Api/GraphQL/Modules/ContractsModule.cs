using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Contracts;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Contracts between the commissioner and a provider; each carries one Section 11 schedule.</summary>
public sealed class ContractsModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        schema.Nodes.Add<Contract, Guid>("Contract", Loaders.FetchContracts);
        var contracts = schema.Conventions.Queryable<Contract, Guid>("Contract", x => x.Id, q => q
            .FilterById("id", x => x.Id, "Contract")
            .FilterById("provider", x => x.ProviderId, "Provider")
            .FilterAndSort("reference", x => x.Reference)
            .FilterAndSort("startDate", x => x.StartDate)
            .FilterAndSort("endDate", x => x.EndDate)
            .FilterAndSort("commissionerLead", x => x.CommissionerLead)
            .OrderByDefault("startDate"));

        schema.Types.Object<Contract>("Contract", c =>
        {
            c.Description("A contract for services between the commissioner and a provider (DOR 4.1).");
            c.NodeId(x => x.Id);
            c.Field("reference", x => x.Reference).Description("The contract's reference, as printed on it.");
            c.Field("serviceDescription", x => x.ServiceDescription).Description("The services it buys.");
            c.Field("startDate", x => x.StartDate).Description("The first day it is in force.");
            c.Field("endDate", x => x.EndDate).Description("The last day it is in force.");
            c.Field("commissionerLead", x => x.CommissionerLead).Description("Who leads the contract for the commissioner.");
            c.FieldAsync("provider", async (x, ctx) => (await Loaders.Provider(ctx).LoadAsync(x.ProviderId))!)
                .Type(TypeReference.Named("Provider").NonNull())
                .Description("The provider the contract is with.");
            c.Field("section11Schedule", x => x.Schedule).Type("Section11Schedule")
                .Description("Its Section 11 schedule; null until one is attached, which a live contract must have.");
            c.Field("version", x => x.Version).Description("Changes with every edit; send it back when you update the contract.");
        });

        schema.Query(q => q.Connection("contracts", schema.Conventions, contracts, (_, c) => c.Db().Contracts.AsNoTracking())
            .Description("Every contract, earliest start first unless you say otherwise."));
    }
}
