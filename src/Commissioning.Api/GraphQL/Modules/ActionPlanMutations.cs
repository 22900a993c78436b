using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// Every step of an action plan's life as a convention mutation. Each loads the plan at the version the
/// client read, asks the domain, and saves; the state machine and its rules live in the domain alone.
/// </summary>
internal static class ActionPlanMutations
{
    private const string Plan = ActionPlansModule.TypeName;
    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    /// <summary>What any change of an existing plan can meet before the domain is asked.</summary>
    private static readonly string[] Loading = [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ConcurrencyConflict];

    public static void Declare(ComplexTypeBuilder<object?> m, GraphQLConventions conventions)
    {
        m.MutationField<CreateActionPlanInput, ActionPlan>(conventions, "createActionPlan", "actionPlan", Plan, i =>
            {
                i.Description("A new plan, raised in DRAFT.");
                i.Field(x => x.ProviderId).Type(NonNullId).Description("The provider that will carry it out.");
                i.Field(x => x.Source).Description("What it responds to.");
                i.Field(x => x.SourceRecordId).Type(NonNullId).Description("The incident or review (or audit) it responds to.");
                i.Field(x => x.Title).Description("What it is about.");
                i.Field(x => x.RaisedOn).Description("The day it was raised; not in the future.");
                i.Field(x => x.LscbIds).Type(NonNullId.List().NonNull()).Description("The LSCBs it is copied to: the lead and, out of county, the host's.");
            },
            [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture], CreateAsync)
            .Description("Raises an action plan in DRAFT. Provider staff for their own provider, or the quality team.");

        m.MutationField<AddActionInput, ActionPlan>(conventions, "addAction", "actionPlan", Plan, i => { PlanRef(i); ActionFields(i); },
                [.. Loading, PlanErrorCodes.PlanNotEditable, ErrorCodes.ValidationFailed, ErrorCodes.DateOutOfRange],
                (input, c) => ChangeAsync(input, c, (p, a, _) => p.AddAction(a, input.Details()).AsResult()))
            .Description("Adds an action to a plan in DRAFT or REVISION_REQUESTED.");

        m.MutationField<EditActionInput, ActionPlan>(conventions, "editAction", "actionPlan", Plan, i =>
                {
                    PlanRef(i);
                    i.Field(x => x.ActionId).Type(NonNullId).Description("The action to change.");
                    ActionFields(i);
                },
                [.. Loading, PlanErrorCodes.PlanNotEditable, PlanErrorCodes.ActionNotInPlan, ErrorCodes.ValidationFailed, ErrorCodes.DateOutOfRange],
                (input, c) => ChangeAsync(input, c, (p, a, _) => p.AmendAction(a, NodeId.Decode<Guid>(input.ActionId, ActionPlansModule.ActionTypeName), input.Details())))
            .Description("Changes an action of a plan in DRAFT or REVISION_REQUESTED.");

        m.MutationField<AppointAccountableManagerInput, ActionPlan>(conventions, "appointAccountableManager", "actionPlan", Plan, i =>
                {
                    PlanRef(i);
                    i.Field(x => x.Name).Description("The manager's name.");
                    i.Field(x => x.JobTitle).Description("Their job title.");
                },
                [.. Loading, PlanErrorCodes.PlanNotOpen, ErrorCodes.ValidationFailed],
                (input, c) => ChangeAsync(input, c, (p, a, _) => p.AppointAccountableManager(a, input.Name, input.JobTitle)))
            .Description("Names the senior manager accountable for the plan (DOR 4.9).");

        m.MutationField<SubmitActionPlanInput, ActionPlan>(conventions, "submitActionPlan", "actionPlan", Plan, PlanRef,
                [.. Loading, ErrorCodes.InvalidStateTransition, ErrorCodes.NoAccountableManager, ErrorCodes.NoActions],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.Submit(a, clock)))
            .Description("Submits the plan for scrutiny; it needs an accountable manager and at least one action.");

        m.MutationField<ScrutiniseActionPlanInput, ActionPlan>(conventions, "scrutiniseActionPlan", "actionPlan", Plan, i =>
                {
                    PlanRef(i);
                    i.Field(x => x.Outcome).Description("ACCEPTED or REVISION_REQUESTED for a submitted plan; NOTED for one already under way.");
                    i.Field(x => x.Advice).Description("The advice given to the provider.");
                    i.Field(x => x.ScrutinisedOn).Description("The day of the scrutiny; not in the future nor before the plan was submitted.");
                },
                [.. Loading, ErrorCodes.InvalidStateTransition, ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.ScrutinisePlan(a, input.Outcome, input.Advice, input.ScrutinisedOn, clock).AsResult()))
            .Description("The designated nurse accepts the plan, asks for a revision, or notes advice (DOR 4.17).");

        m.MutationField<SubmitActionPlanToLscbInput, ActionPlan>(conventions, "submitActionPlanToLscb", "actionPlan", Plan, i =>
                {
                    PlanRef(i);
                    i.Field(x => x.LscbIds).Type(NonNullId.List().NonNull()).Description("The LSCBs it goes to; out of county, both of the plan's LSCBs together.");
                },
                [.. Loading, ErrorCodes.InvalidStateTransition, PlanErrorCodes.NoLscb, ErrorCodes.ValidationFailed, PlanErrorCodes.LscbSubmissionIncomplete],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.SubmitToLscb(a, input.LscbIds.Select(id => NodeId.Decode<Guid>(id, "Lscb")).ToList(), clock)))
            .Description("Submits an accepted plan to its LSCB, or to both LSCBs together when out of county (DOR 4.16).");

        m.MutationField<StartActionPlanInput, ActionPlan>(conventions, "startActionPlan", "actionPlan", Plan, PlanRef,
                [.. Loading, ErrorCodes.InvalidStateTransition],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.StartImplementation(a, clock)))
            .Description("Starts carrying out a plan that has gone to the LSCB; quarterly progress is due from then.");

        m.MutationField<CompleteActionPlanInput, ActionPlan>(conventions, "completeActionPlan", "actionPlan", Plan, PlanRef,
                [.. Loading, ErrorCodes.InvalidStateTransition, PlanErrorCodes.ActionsIncomplete],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.MarkCompleted(a, clock)))
            .Description("Marks a plan in progress completed once every action is COMPLETE.");

        m.MutationField<CloseActionPlanInput, ActionPlan>(conventions, "closeActionPlan", "actionPlan", Plan, PlanRef,
                [.. Loading, ErrorCodes.InvalidStateTransition, PlanErrorCodes.ActionsIncomplete],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.Close(a, clock)))
            .Description("The quality team or a designated nurse closes a completed plan.");

        m.MutationField<SubmitQuarterlyProgressInput, ActionPlan>(conventions, "submitQuarterlyProgress", "actionPlan", Plan, i =>
                {
                    PlanRef(i);
                    i.Field(x => x.Quarter).Description("The quarter reported on, e.g. 2025/26-Q3; not one that has not started.");
                    i.Field(x => x.OverallNarrative).Description("The account of the plan as a whole.");
                    i.Field(x => x.Actions).Type(TypeReference.Named("ActionProgressInput").NonNull().List().NonNull()).Description("What to report for each action.");
                },
                [.. Loading, PlanErrorCodes.PlanNotOpen, ErrorCodes.QuarterNotOpen, ErrorCodes.ValidationFailed, PlanErrorCodes.ActionNotInPlan,
                 ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange],
                (input, c) => ChangeAsync(input, c, (p, a, clock) => p.SubmitProgressUpdate(a, input.Quarter, input.Entries(), input.OverallNarrative, clock).AsResult()))
            .Description("Reports a quarter's progress. Reporting again for the same quarter is a correction: a new revision, with the earlier ones kept.");
    }

    /// <summary>Declared once, used by <c>submitQuarterlyProgress</c>.</summary>
    public static void DeclareInputs(SchemaBuilder types) =>
        types.InputObject<ActionProgressInput>("ActionProgressInput", i =>
        {
            i.Description("The progress of one action this quarter.");
            i.Field(x => x.ActionId).Type(NonNullId).Description("The action.");
            i.Field(x => x.Status).Description("How far it has got.");
            i.Field(x => x.Narrative).Description("What was done.");
            i.Field(x => x.CompletedOn).Description("For a COMPLETE action, the day it was completed; today when left out.");
            i.Field(x => x.Evidence).Description("Evidence offered.");
        });

    private static void PlanRef<T>(InputObjectTypeBuilder<T> i) where T : PlanChangeInput
    {
        i.Description("The plan to change, at the version you read.");
        i.Field(x => x.ActionPlanId).Type(NonNullId).Description("The plan.");
        i.Field(x => x.ExpectedVersion).Description("The plan's `version` when you read it; if it has changed since, nothing is changed.");
    }

    private static void ActionFields<T>(InputObjectTypeBuilder<T> i) where T : ActionDetailsInput
    {
        i.Field(x => x.Description).Description("What will be done.");
        i.Field(x => x.Owner).Description("Who will do it.");
        i.Field(x => x.DueDate).Description("When it is due; not before the plan was raised.");
        i.Field(x => x.IntendedOutcome).Description("What it should change.");
        i.Field(x => x.HowReviewed).Description("How the change will be checked.");
        i.Field(x => x.Category).Description("What kind of action it is.");
    }

    private static Task<Result<ActionPlan>> ChangeAsync(PlanChangeInput input, IResolveFieldContext context, Func<ActionPlan, Actor, IClock, Result> change) =>
        MutationPipeline.RunAsync<ActionPlan>(context, async scope =>
        {
            var loaded = await scope.LoadAsync<ActionPlan>(input.ActionPlanId, Plan, input.ExpectedVersion).ConfigureAwait(false);
            return loaded.IsFailure ? loaded : change(loaded.Value, scope.Actor, scope.Clock).Returning(loaded.Value);
        });

    private static Task<Result<ActionPlan>> CreateAsync(CreateActionPlanInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<ActionPlan>(context, async scope =>
        {
            var providerId = NodeId.Decode<Guid>(input.ProviderId, "Provider");
            var (sourceType, sourceKey) = NodeId.Decode(input.SourceRecordId);
            if (!Guid.TryParse(sourceKey, out var sourceRecordId))
                return DomainError.Validation("sourceRecordId is not the id of an incident, review or audit.", "sourceRecordId");
            var lscbs = input.LscbIds.Select(id => NodeId.Decode<Guid>(id, "Lscb")).ToList();
            var missing = await scope.RequireExistsAsync<Provider>(providerId, "Provider", "providerId").ConfigureAwait(false);
            foreach (var lscb in lscbs)
                missing ??= await scope.RequireExistsAsync<Lscb>(lscb, "Lscb", "lscbIds").ConfigureAwait(false);
            missing ??= sourceType switch
            {
                IncidentsModule.TypeName => await scope.RequireExistsAsync<Domain.Incidents.Incident>(sourceRecordId, sourceType, "sourceRecordId").ConfigureAwait(false),
                ReviewsModule.TypeName => await scope.RequireExistsAsync<Domain.Reviews.Review>(sourceRecordId, sourceType, "sourceRecordId").ConfigureAwait(false),
                _ => null,
            };
            if (missing is not null) return missing;
            var raised = ActionPlan.Raise(scope.Actor, providerId, input.Source, sourceRecordId, input.Title, input.RaisedOn, lscbs, scope.Clock);
            if (raised.IsSuccess) scope.Db.ActionPlans.Add(raised.Value);
            return raised;
        });
}

/// <summary>Names a plan at the version the client read; every plan change starts from one.</summary>
public abstract class PlanChangeInput
{
    public string ActionPlanId { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public abstract class ActionDetailsInput : PlanChangeInput
{
    public string Description { get; set; } = "";
    public string Owner { get; set; } = "";
    public DateOnly DueDate { get; set; }
    public string IntendedOutcome { get; set; } = "";
    public string HowReviewed { get; set; } = "";
    public ActionCategory Category { get; set; }

    internal PlanActionDetails Details() => new(Description, Owner, DueDate, IntendedOutcome, HowReviewed, Category);
}

public sealed class CreateActionPlanInput
{
    public string ProviderId { get; set; } = "";
    public ActionPlanSource Source { get; set; }
    public string SourceRecordId { get; set; } = "";
    public string Title { get; set; } = "";
    public DateOnly RaisedOn { get; set; }
    public List<string> LscbIds { get; set; } = [];
}

public sealed class AddActionInput : ActionDetailsInput;

public sealed class EditActionInput : ActionDetailsInput
{
    public string ActionId { get; set; } = "";
}

public sealed class AppointAccountableManagerInput : PlanChangeInput
{
    public string Name { get; set; } = "";
    public string JobTitle { get; set; } = "";
}

public sealed class SubmitActionPlanInput : PlanChangeInput;

public sealed class ScrutiniseActionPlanInput : PlanChangeInput
{
    public ScrutinyOutcome Outcome { get; set; }
    public string Advice { get; set; } = "";
    public DateOnly ScrutinisedOn { get; set; }
}

public sealed class SubmitActionPlanToLscbInput : PlanChangeInput
{
    public List<string> LscbIds { get; set; } = [];
}

public sealed class StartActionPlanInput : PlanChangeInput;

public sealed class CompleteActionPlanInput : PlanChangeInput;

public sealed class CloseActionPlanInput : PlanChangeInput;

public sealed class SubmitQuarterlyProgressInput : PlanChangeInput
{
    public Domain.FinancialQuarter Quarter { get; set; }
    public string OverallNarrative { get; set; } = "";
    public List<ActionProgressInput> Actions { get; set; } = [];

    internal IReadOnlyList<ActionProgress> Entries() =>
        Actions.Select(a => new ActionProgress(NodeId.Decode<Guid>(a.ActionId, ActionPlansModule.ActionTypeName), a.Status, a.Narrative, a.CompletedOn, a.Evidence)).ToList();
}

public sealed class ActionProgressInput
{
    public string ActionId { get; set; } = "";
    public ActionStatus Status { get; set; }
    public string Narrative { get; set; } = "";
    public DateOnly? CompletedOn { get; set; }
    public string? Evidence { get; set; }
}
