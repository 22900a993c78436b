using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using static Commissioning.Api.GraphQL.Modules.AdminMutationSupport;

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

    private static async Task<Result<Contract>> CreateAsync(CreateContractInput input, IResolveFieldContext context)
    {
        var actor = Actor(context);
        var db = Db(context);
        var providerId = Key(input.ProviderId, ProviderNode);
        var provider = (await db.Providers.FindAsync([providerId], context.CancellationToken)).VisibleTo(actor, p => p.Id);
        if (provider is null) return DomainError.NotFound("Provider", input.ProviderId);
        var created = Contract.Create(Guid.CreateVersion7(), provider, input.Reference, input.ServiceDescription,
            input.StartDate, input.EndDate, input.CommissionerLead, actor);
        if (created.IsSuccess) db.Contracts.Add(created.Value);
        return await SaveAsync(context, created);
    }

    private static async Task<Result<Contract>> UpdateAsync(UpdateContractInput input, IResolveFieldContext context)
    {
        var actor = Actor(context);
        var id = Key(input.Id, ContractNode);
        var contract = Current((await Db(context).Contracts.FindAsync([id], context.CancellationToken)).VisibleTo(actor, c => c.ProviderId), input.ExpectedVersion, "Contract", input.Id);
        if (contract.IsFailure) return contract.Error;
        var outcome = contract.Value.Update(input.Reference, input.ServiceDescription, input.StartDate, input.EndDate, input.CommissionerLead, actor);
        return await SaveAsync(context, outcome, () => contract.Value);
    }

    private static async Task<Result<Section11Schedule>> AttachScheduleAsync(AttachSection11ScheduleInput input, IResolveFieldContext context)
    {
        var actor = Actor(context);
        var db = Db(context);
        var id = Key(input.ContractId, ContractNode);
        var contract = Current((await db.Contracts.FindAsync([id], context.CancellationToken)).VisibleTo(actor, c => c.ProviderId), input.ExpectedVersion, "Contract", input.ContractId);
        if (contract.IsFailure) return contract.Error;
        var provider = await db.Providers.FindAsync([contract.Value.ProviderId], context.CancellationToken);
        var attached = contract.Value.AttachSchedule(Guid.CreateVersion7(), input.Framework, provider!, actor);
        return await SaveAsync(context, attached);
    }
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
