using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>createContract</c>, <c>updateContract</c> and <c>attachSection11Schedule</c>: every contract must carry
/// one Section 11 schedule (DOR 4.1), whose duties come from the chosen framework's catalogue.
/// </summary>
public sealed class ContractMutations : ISchemaModule
{
    private static readonly string[] ContractErrors = [ErrorCodes.ValidationFailed, ErrorCodes.DateOutOfRange];

    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        m.MutationField<CreateContractInput, Contract>(schema.Conventions, "createContract", "contract", ContractNode, i =>
            {
                i.Description("A new contract with a provider.");
                i.Field(x => x.ProviderId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The provider that holds the contract.");
                DescribeTerms(i);
            },
            Codes(ErrorCodes.NotFound, ErrorCodes.Forbidden).With(ContractErrors), CreateAsync)
            .Description("Records a contract with a provider. It still needs its Section 11 schedule (`attachSection11Schedule`). Quality team only.");

        m.MutationField<UpdateContractInput, Contract>(schema.Conventions, "updateContract", "contract", ContractNode, i =>
            {
                i.Description("New terms for a contract, based on the version you read.");
                i.Field(x => x.Id).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The contract to change.");
                i.Field(x => x.ExpectedVersion).Description("The `version` you read; if someone changed the contract since, you get a ConcurrencyConflictError.");
                DescribeTerms(i);
            },
            UpdateErrors.With(ContractErrors), UpdateAsync)
            .Description("Changes a contract's reference, service, dates or commissioner lead. Quality team only.");

        m.MutationField<AttachSection11ScheduleInput, Section11Schedule>(schema.Conventions, "attachSection11Schedule", "schedule", ScheduleNode, i =>
            {
                i.Description("The Section 11 schedule to give a contract.");
                i.Field(x => x.ContractId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The contract that gets the schedule.");
                i.Field(x => x.ExpectedVersion).Description("The contract's `version` you read.");
                i.Field(x => x.Framework).Description("The duties the provider is assessed against; only voluntary-sector providers may choose the Luton 9 Standards.");
            },
            UpdateErrors.With(ErrorCodes.ScheduleAlreadyAttached, ErrorCodes.ValidationFailed), AttachScheduleAsync)
            .Description("Gives a contract its one Section 11 safeguarding schedule (DOR 4.1), with a self-assessment slot for every duty. Quality team only.");
    });

    private static void DescribeTerms<T>(InputObjectTypeBuilder<T> i) where T : ContractTerms
    {
        i.Field(x => x.Reference).Description("The contract reference, as on the signed contract.");
        i.Field(x => x.ServiceDescription).Description("The service commissioned.");
        i.Field(x => x.StartDate).Description("First day of the contract.");
        i.Field(x => x.EndDate).Description("Last day of the contract (inclusive); not before the start.");
        i.Field(x => x.CommissionerLead).Description("The commissioner's officer who leads on this contract.");
    }

    private static Task<Result<Contract>> CreateAsync(CreateContractInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Contract>(context, async scope =>
        {
            var provider = (await scope.FindAsync<Provider>(Key(input.ProviderId, ProviderNode))).VisibleTo(scope.Actor, p => p.Id);
            if (provider is null) return DomainError.NotFound("Provider", input.ProviderId);
            var created = Contract.Create(Guid.CreateVersion7(), provider, input.Reference, input.ServiceDescription,
                input.StartDate, input.EndDate, input.CommissionerLead, scope.Actor);
            if (created.IsSuccess) scope.Db.Contracts.Add(created.Value);
            return created;
        });

    private static Task<Result<Contract>> UpdateAsync(UpdateContractInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Contract>(context, async scope =>
        {
            var contract = await CurrentContractAsync(scope, input.Id, input.ExpectedVersion);
            if (contract.IsFailure) return contract;
            return contract.Value.Update(input.Reference, input.ServiceDescription, input.StartDate, input.EndDate, input.CommissionerLead, scope.Actor)
                .Returning(contract.Value);
        });

    private static Task<Result<Section11Schedule>> AttachScheduleAsync(AttachSection11ScheduleInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Section11Schedule>(context, async scope =>
        {
            var contract = await CurrentContractAsync(scope, input.ContractId, input.ExpectedVersion);
            if (contract.IsFailure) return contract.Error;
            var provider = await scope.FindAsync<Provider>(contract.Value.ProviderId);
            return contract.Value.AttachSchedule(Guid.CreateVersion7(), input.Framework, provider!, scope.Actor);
        });

    private static async Task<Result<Contract>> CurrentContractAsync(MutationScope scope, string id, int expectedVersion) =>
        Current((await scope.FindAsync<Contract>(Key(id, ContractNode))).VisibleTo(scope.Actor, c => c.ProviderId), expectedVersion, "Contract", id);
}

/// <summary>The terms shared by creating and changing a contract.</summary>
public abstract class ContractTerms
{
    public string Reference { get; set; } = "";
    public string ServiceDescription { get; set; } = "";
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public string CommissionerLead { get; set; } = "";
}

public sealed class CreateContractInput : ContractTerms
{
    public string ProviderId { get; set; } = "";
}

public sealed class UpdateContractInput : ContractTerms
{
    public string Id { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public sealed class AttachSection11ScheduleInput
{
    public string ContractId { get; set; } = "";
    public int ExpectedVersion { get; set; }
    public DutyFramework Framework { get; set; }
}
