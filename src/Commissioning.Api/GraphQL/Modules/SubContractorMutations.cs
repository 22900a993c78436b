using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A provider's sub-contractors, which the provider must bind to the Section 11 duties (DOR App.1 ¶2):
/// record one, confirm the duties were flowed down, remove one. Staff of the provider or the quality team.
/// </summary>
public sealed class SubContractorMutations : ISchemaModule
{
    public const string SubContractorId = "SubContractor";

    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        var conventions = schema.Conventions;
        m.MutationField<AddSubContractorInput, Provider>(conventions, "addSubContractor", "provider", ProviderNode, i =>
                {
                    ProviderRef(i, "An organisation the provider sub-contracts part of its service to.");
                    i.Field(x => x.Name).Description("The sub-contractor's name; unique among the provider's sub-contractors.");
                    i.Field(x => x.OdsCode).Description("Its ODS code, when it has one.");
                    i.Field(x => x.ServiceDescription).Description("What it provides under the sub-contract.");
                },
                UpdateErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.InvalidOdsCode, ErrorCodes.Duplicate),
                (input, c) => ChangeAsync(input, c, (p, scope) =>
                    p.AddSubContractor(Guid.CreateVersion7(), input.Name, input.OdsCode, input.ServiceDescription, scope.Actor).AsResult()))
            .Description("Records a sub-contractor of a provider; its duties are not yet confirmed as flowed down. Staff of the provider or the quality team.");

        m.MutationField<ConfirmSubContractorDutiesInput, Provider>(conventions, "confirmSubContractorDuties", "provider", ProviderNode, i =>
                {
                    ProviderRef(i, "The sub-contractor whose sub-contract now binds it to the Section 11 duties.");
                    i.Field(x => x.SubContractorId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The sub-contractor's `id`.");
                },
                UpdateErrors,
                (input, c) => ChangeAsync(input, c, (p, scope) => p.ConfirmDutiesFlowedDown(Key(input.SubContractorId, SubContractorId), scope.Clock, scope.Actor)))
            .Description("Confirms, as of today, that the sub-contract binds the sub-contractor to the Section 11 duties (DOR App.1). Staff of the provider or the quality team.");

        m.MutationField<RemoveSubContractorInput, Provider>(conventions, "removeSubContractor", "provider", ProviderNode, i =>
                {
                    ProviderRef(i, "The sub-contractor the provider no longer uses.");
                    i.Field(x => x.SubContractorId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The sub-contractor's `id`.");
                },
                UpdateErrors,
                (input, c) => ChangeAsync(input, c, (p, scope) => p.RemoveSubContractor(Key(input.SubContractorId, SubContractorId), scope.Actor)))
            .Description("Removes a sub-contractor the provider no longer uses. Staff of the provider or the quality team.");
    });

    private static void ProviderRef<T>(InputObjectTypeBuilder<T> i, string description) where T : ProviderChangeInput
    {
        i.Description(description);
        i.Field(x => x.ProviderId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The provider.");
        i.Field(x => x.ExpectedVersion).Description("The provider's `version` when you read it; if it has changed since, nothing is changed.");
    }

    private static Task<Result<Provider>> ChangeAsync(ProviderChangeInput input, IResolveFieldContext context, Func<Provider, MutationScope, Result> change) =>
        MutationPipeline.RunAsync<Provider>(context, async scope =>
        {
            var id = Key(input.ProviderId, ProviderNode);
            // Staff of another provider learn nothing: its record is "not found" to them.
            var provider = Current((await scope.FindAsync<Provider>(id).ConfigureAwait(false)).VisibleTo(scope.Actor, p => p.Id),
                input.ExpectedVersion, "Provider", input.ProviderId);
            return provider.IsFailure ? provider : change(provider.Value, scope).Returning(provider.Value);
        });
}

/// <summary>Names a provider at the version the client read.</summary>
public abstract class ProviderChangeInput
{
    public string ProviderId { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public sealed class AddSubContractorInput : ProviderChangeInput
{
    public string Name { get; set; } = "";
    public string? OdsCode { get; set; }
    public string ServiceDescription { get; set; } = "";
}

public sealed class ConfirmSubContractorDutiesInput : ProviderChangeInput
{
    public string SubContractorId { get; set; } = "";
}

public sealed class RemoveSubContractorInput : ProviderChangeInput
{
    public string SubContractorId { get; set; } = "";
}
