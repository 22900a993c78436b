using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>scrutiniseProgressUpdate</c>: the designated nurse's scrutiny of one quarterly update (DOR 4.18), which
/// clears the update's SCRUTINY_OVERDUE. The update lives inside its plan, so the plan's version guards it.
/// </summary>
public sealed class ProgressScrutinyMutations : ISchemaModule
{
    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
        m.MutationField<ScrutiniseProgressUpdateInput, ActionPlan>(schema.Conventions, "scrutiniseProgressUpdate", "actionPlan", ActionPlansModule.TypeName, i =>
            {
                i.Description("The designated nurse's scrutiny of one progress update, based on the plan's version you read.");
                i.Field(x => x.ActionPlanId).Type(NonNullId).Description("The plan the update belongs to.");
                i.Field(x => x.ExpectedVersion).Description("The plan's `version` when you read it; if it has changed since (say, the provider sent a correction), nothing is changed.");
                i.Field(x => x.ProgressUpdateId).Type(NonNullId).Description("The update: the latest revision for its quarter, not yet scrutinised.");
                i.Field(x => x.Outcome).Description("ACCEPTED, REVISION_REQUESTED (the provider should send a correction) or NOTED.");
                i.Field(x => x.Advice).Description("The advice for the provider and for contract monitoring.");
                i.Field(x => x.ScrutinisedOn).Description("The day of the scrutiny; not in the future nor before the update was submitted.");
            },
            UpdateErrors.With(PlanErrorCodes.UpdateNotFound, PlanErrorCodes.UpdateSuperseded, PlanErrorCodes.AlreadyScrutinised,
                ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange),
            ScrutiniseAsync)
        .Description("The designated nurse scrutinises one quarterly progress update (DOR 4.18). A correction is a new revision and is scrutinised again. Designated nurses only."));

    private static Task<Result<ActionPlan>> ScrutiniseAsync(ScrutiniseProgressUpdateInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<ActionPlan>(context, async scope =>
        {
            var loaded = await scope.LoadAsync<ActionPlan>(input.ActionPlanId, ActionPlansModule.TypeName, input.ExpectedVersion).ConfigureAwait(false);
            if (loaded.IsFailure) return loaded;
            var update = NodeId.Decode<Guid>(input.ProgressUpdateId, ActionPlansModule.ProgressUpdateTypeName);
            return loaded.Value.ScrutiniseUpdate(scope.Actor, update, input.Outcome, input.Advice, input.ScrutinisedOn, scope.Clock).AsResult()
                .Returning(loaded.Value);
        });
}

public sealed class ScrutiniseProgressUpdateInput : PlanChangeInput
{
    public string ProgressUpdateId { get; set; } = "";
    public ScrutinyOutcome Outcome { get; set; }
    public string Advice { get; set; } = "";
    public DateOnly ScrutinisedOn { get; set; }
}
