using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary><c>createProvider</c> and <c>updateProvider</c>: the quality team keeps the list of organisations it commissions.</summary>
public sealed class ProviderMutations : ISchemaModule
{
    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        m.MutationField<CreateProviderInput, Provider>(schema.Conventions, "createProvider", "provider", ProviderNode, i =>
            {
                i.Description("A new provider. Its ODS code must be unique; it is stored in capitals.");
                i.Field(x => x.Name).Description("The organisation's name as the commissioner knows it.");
                i.Field(x => x.Type).Description("What kind of organisation it is.");
                i.Field(x => x.OdsCode).Description("Its ODS-style organisation code, unique across providers.");
                i.Field(x => x.LscbIds).Type(TypeReference.Of(new ListType(new NonNullType(Scalars.ID))))
                    .Description("The LSCBs the provider belongs to, if known now.");
            },
            Codes(ErrorCodes.ValidationFailed, ErrorCodes.InvalidOdsCode, ErrorCodes.Duplicate, ErrorCodes.NotFound, ErrorCodes.Forbidden), CreateAsync)
            .Description("Registers a provider the commissioner funds. Quality team only.");

        m.MutationField<UpdateProviderInput, Provider>(schema.Conventions, "updateProvider", "provider", ProviderNode, i =>
            {
                i.Description("New name, type and ODS code for a provider, based on the version you read.");
                i.Field(x => x.Id).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The provider to change.");
                i.Field(x => x.ExpectedVersion).Description("The `version` you read; if someone changed the provider since, you get a ConcurrencyConflictError.");
                i.Field(x => x.Name).Description("The organisation's name.");
                i.Field(x => x.Type).Description("What kind of organisation it is.");
                i.Field(x => x.OdsCode).Description("Its ODS-style organisation code, unique across providers.");
            },
            UpdateErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.InvalidOdsCode, ErrorCodes.Duplicate), UpdateAsync)
            .Description("Changes a provider's name, type or ODS code. Quality team only.");
    });

    private static Task<Result<Provider>> CreateAsync(CreateProviderInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Provider>(context, async scope =>
        {
            var (actor, db) = (scope.Actor, scope.Db);
            var lscbIds = (input.LscbIds ?? []).Select(id => Key(id, LscbNode)).Distinct().ToList();
            var taken = await TakenCodesAsync(db, input.OdsCode, scope.CancellationToken);
            var created = Provider.Register(Guid.CreateVersion7(), input.Name, input.Type, input.OdsCode, taken.Contains, actor);
            if (created.IsFailure) return created.Error;
            var known = await db.Lscbs.Where(l => lscbIds.Contains(l.Id)).Select(l => l.Id).ToListAsync(scope.CancellationToken);
            var outcome = lscbIds.Except(known).Select(id => NodeId.Encode(LscbNode, id)).FirstOrDefault() is { } unknown
                ? Result.Failure(DomainError.NotFound("LSCB", unknown))
                : Result.Success();
            foreach (var lscbId in lscbIds) outcome = outcome.Then(() => created.Value.JoinLscb(lscbId, actor));
            if (outcome.IsSuccess) db.Providers.Add(created.Value);
            return outcome.Returning(created.Value);
        });

    private static Task<Result<Provider>> UpdateAsync(UpdateProviderInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Provider>(context, async scope =>
        {
            var id = Key(input.Id, ProviderNode);
            var provider = Current((await scope.FindAsync<Provider>(id)).VisibleTo(scope.Actor, p => p.Id), input.ExpectedVersion, "Provider", id);
            if (provider.IsFailure) return provider;
            var taken = await TakenCodesAsync(scope.Db, input.OdsCode, scope.CancellationToken);
            return provider.Value.Update(input.Name, input.Type, input.OdsCode, taken.Contains, scope.Actor).Returning(provider.Value);
        });

    /// <summary>The stored codes the normalised form of <paramref name="odsCode"/> could collide with (one indexed lookup).</summary>
    private static async Task<HashSet<string>> TakenCodesAsync(Data.CommissioningDbContext db, string odsCode, CancellationToken ct)
    {
        var candidate = OdsCode.Normalise(odsCode) is { IsSuccess: true } normalised ? normalised.Value : "";
        return (await db.Providers.Where(p => p.OdsCode == candidate).Select(p => p.OdsCode).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
    }
}

public sealed class CreateProviderInput
{
    public string Name { get; set; } = "";
    public ProviderType Type { get; set; }
    public string OdsCode { get; set; } = "";
    public List<string>? LscbIds { get; set; }
}

public sealed class UpdateProviderInput
{
    public string Id { get; set; } = "";
    public int ExpectedVersion { get; set; }
    public string Name { get; set; } = "";
    public ProviderType Type { get; set; }
    public string OdsCode { get; set; } = "";
}
