using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The commissioner's side of a Section 11 schedule (DOR 4.1): indicators with targets and amber
/// tolerances (part 1), the audit period and its mandated issues (part 2), and the action-plan copying
/// terms (part 3). Each edit names the schedule version it was based on.
/// </summary>
public sealed class ScheduleMutations : ISchemaModule
{
    private static readonly string[] ScheduleErrors = UpdateErrors;

    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        var c = schema.Conventions;
        m.MutationField<AddScheduleIndicatorInput, Section11Schedule>(c, "addScheduleIndicator", "schedule", ScheduleNode, i =>
            {
                i.Description("A quantitative indicator for part 1 of a schedule.");
                DescribeSchedule(i);
                i.Field(x => x.Code).Description("Unique within the schedule: capitals, digits and underscores, e.g. TRAINING_L3.");
                i.Field(x => x.Name).Description("What is measured, in words.");
                i.Field(x => x.Unit).Description("How values are expressed.");
                i.Field(x => x.Direction).Description("Whether higher or lower values are better.");
                DescribeTarget(i);
                i.Field(x => x.Citation).Description("The policy paragraph asking for this evidence, if any.");
            },
            ScheduleErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.Duplicate), AddIndicatorAsync)
            .Description("Adds an indicator, with its target and amber tolerance, to a schedule. Quality team only.");

        m.MutationField<ChangeIndicatorTargetInput, Section11Schedule>(c, "changeIndicatorTarget", "schedule", ScheduleNode, i =>
            {
                i.Description("A new target and amber tolerance for one indicator of a schedule.");
                DescribeSchedule(i);
                i.Field(x => x.Code).Description("The indicator's code.");
                DescribeTarget(i);
            },
            ScheduleErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.UnknownIndicator), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.ChangeIndicatorTarget(input.Code, input.Target, input.AmberTolerance, scope.Actor)))
            .Description("Changes an indicator's target and amber tolerance; RAG ratings of later returns use the new values. Quality team only.");

        m.MutationField<RemoveScheduleIndicatorInput, Section11Schedule>(c, "removeScheduleIndicator", "schedule", ScheduleNode, i =>
            {
                i.Description("An indicator to take out of a schedule.");
                DescribeSchedule(i);
                i.Field(x => x.Code).Description("The indicator's code.");
            },
            ScheduleErrors.With(ErrorCodes.UnknownIndicator), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion, (s, scope) => s.RemoveIndicator(input.Code, scope.Actor)))
            .Description("Removes an indicator from a schedule. Quality team only.");

        m.MutationField<EstablishAuditScheduleInput, Section11Schedule>(c, "establishAuditSchedule", "schedule", ScheduleNode, i =>
            {
                i.Description("The period of a schedule's audit plan (part 2).");
                DescribeSchedule(i);
                i.Field(x => x.PeriodStart).Description("The first day the audit plan covers; it runs for the configured horizon (default 12 months).");
            },
            ScheduleErrors.With(ErrorCodes.Duplicate), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.EstablishAuditSchedule(input.PeriodStart, scope.Options, scope.Actor)))
            .Description("Sets up part 2 of a schedule: the forthcoming 12 months the provider plans audits for. Quality team only.");

        m.MutationField<AddMandatedAuditIssueInput, Section11Schedule>(c, "addMandatedAuditIssue", "schedule", ScheduleNode, i =>
            {
                i.Description("An issue the provider's audit plan must cover.");
                DescribeSchedule(i);
                i.Field(x => x.Title).Description("The issue, unique within the schedule.");
                i.Field(x => x.Description).Description("More detail for the provider, if needed.");
            },
            ScheduleErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.Duplicate, ErrorCodes.InvalidStateTransition), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.AddMandatedIssue(Guid.CreateVersion7(), input.Title, input.Description, scope.Actor).AsResult()))
            .Description("Adds a mandated issue to the audit schedule; until an audit covers it, MANDATED_AUDIT_NOT_SCHEDULED is raised. Commissioner only.");

        m.MutationField<RemoveMandatedAuditIssueInput, Section11Schedule>(c, "removeMandatedAuditIssue", "schedule", ScheduleNode, i =>
            {
                i.Description("A mandated issue to take out of an audit schedule.");
                DescribeSchedule(i);
                i.Field(x => x.MandatedIssueId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The mandated issue.");
            },
            ScheduleErrors.With(ErrorCodes.InvalidStateTransition), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.RemoveMandatedIssue(Key(input.MandatedIssueId, MandatedIssueNode), scope.Actor)))
            .Description("Removes a mandated issue no audit covers yet. Commissioner only.");

        m.MutationField<SetActionPlanCopyingInput, Section11Schedule>(c, "setActionPlanCopying", "schedule", ScheduleNode, i =>
            {
                i.Description("Part 3 of a schedule: copying safeguarding action plans and their updates to the commissioner.");
                DescribeSchedule(i);
                i.Field(x => x.CopyPlans).Description("The provider copies every action plan arising from safeguarding concerns.");
                i.Field(x => x.CopyUpdates).Description("The provider copies every update of those plans.");
                i.Field(x => x.Recipient).Description("Who at the commissioner receives the copies.");
            },
            ScheduleErrors.With(ErrorCodes.ValidationFailed), (input, ctx) =>
                EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.SetActionPlanCopying(input.CopyPlans, input.CopyUpdates, input.Recipient, scope.Actor, scope.Clock)))
            .Description("Sets the action-plan copying terms; the part counts as in place only when both plans and updates are copied. Quality team only.");
    });

    internal static void DescribeSchedule<T>(InputObjectTypeBuilder<T> i) where T : ScheduleEdit
    {
        i.Field(x => x.ScheduleId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The Section 11 schedule to change.");
        i.Field(x => x.ExpectedVersion).Description("The schedule `version` you read; if someone changed it since, you get a ConcurrencyConflictError.");
    }

    private static void DescribeTarget<T>(InputObjectTypeBuilder<T> i) where T : IndicatorTarget
    {
        i.Field(x => x.Target).Description("The value that is GREEN (a percentage 0-100, a count, or 1/0 for yes/no).");
        i.Field(x => x.AmberTolerance).Description("How far short of the target is still AMBER rather than RED; ignored for yes/no indicators.");
    }

    /// <summary>Loads the schedule at the version the caller read, applies <paramref name="change"/> and saves only if it succeeded.</summary>
    internal static Task<Result<Section11Schedule>> EditScheduleAsync(IResolveFieldContext context, string scheduleId, int expectedVersion,
        Func<Section11Schedule, MutationScope, Result> change) =>
        MutationPipeline.RunAsync<Section11Schedule>(context, async scope =>
        {
            var found = await scope.FindAsync<Section11Schedule>(Key(scheduleId, ScheduleNode)).ConfigureAwait(false);
            var schedule = Current(found.VisibleTo(scope.Actor, s => s.ProviderId), expectedVersion, "Section 11 schedule", scheduleId);
            return schedule.IsFailure ? schedule : change(schedule.Value, scope).Returning(schedule.Value);
        });

    private static Task<Result<Section11Schedule>> AddIndicatorAsync(AddScheduleIndicatorInput input, IResolveFieldContext context) =>
        EditScheduleAsync(context, input.ScheduleId, input.ExpectedVersion, (schedule, scope) =>
        {
            var indicator = Indicator.Create(Guid.CreateVersion7(), input.Code, input.Name, input.Unit, input.Direction,
                input.Target, input.AmberTolerance, input.Citation);
            return indicator.IsFailure ? indicator.Error : schedule.AddIndicator(indicator.Value, scope.Actor);
        });
}

/// <summary>Every schedule edit names the schedule and the version it was based on.</summary>
public abstract class ScheduleEdit
{
    public string ScheduleId { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public abstract class IndicatorTarget : ScheduleEdit
{
    public decimal Target { get; set; }
    public decimal AmberTolerance { get; set; }
}

public sealed class AddScheduleIndicatorInput : IndicatorTarget
{
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public IndicatorUnit Unit { get; set; }
    public IndicatorDirection Direction { get; set; }
    public string? Citation { get; set; }
}

public sealed class ChangeIndicatorTargetInput : IndicatorTarget
{
    public string Code { get; set; } = "";
}

public sealed class RemoveScheduleIndicatorInput : ScheduleEdit
{
    public string Code { get; set; } = "";
}

public sealed class EstablishAuditScheduleInput : ScheduleEdit
{
    public DateOnly PeriodStart { get; set; }
}

public sealed class AddMandatedAuditIssueInput : ScheduleEdit
{
    public string Title { get; set; } = "";
    public string? Description { get; set; }
}

public sealed class RemoveMandatedAuditIssueInput : ScheduleEdit
{
    public string MandatedIssueId { get; set; } = "";
}

public sealed class SetActionPlanCopyingInput : ScheduleEdit
{
    public bool CopyPlans { get; set; }
    public bool CopyUpdates { get; set; }
    public string Recipient { get; set; } = "";
}
