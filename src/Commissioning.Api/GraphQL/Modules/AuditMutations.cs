using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>planAudit</c> and <c>recordAuditOutcome</c>: part 2 of the schedule, the provider's audits for the
/// forthcoming 12 months and what they found (DOR 4.1). A LIMITED or NONE outcome needs an action plan.
/// </summary>
public sealed class AuditMutations : ISchemaModule
{
    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        m.MutationField<PlanAuditInput, Section11Schedule>(schema.Conventions, "planAudit", "schedule", ScheduleNode, i =>
            {
                i.Description("An audit to add to a schedule's audit plan.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.Topic).Description("What the audit looks at.");
                i.Field(x => x.MandatedIssueId).Type(TypeReference.Of(Scalars.ID)).Description("The mandated issue it covers, if any.");
                i.Field(x => x.PlannedQuarter).Description("The financial quarter it is planned for, within the audit schedule's period.");
                i.Field(x => x.DueDate).Description("When its outcome is due; not before the planned quarter starts.");
            },
            UpdateErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.UnknownMandatedIssue, ErrorCodes.DateOutOfRange, ErrorCodes.InvalidStateTransition),
            (input, ctx) => ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion, (s, scope) =>
                s.PlanAudit(Guid.CreateVersion7(), input.Topic, OptionalKey(input.MandatedIssueId, MandatedIssueNode), input.PlannedQuarter, input.DueDate, scope.Actor).AsResult()))
            .Description("Plans an audit in the schedule's audit period. Staff of the schedule's provider or the quality team.");

        m.MutationField<RecordAuditOutcomeInput, Section11Schedule>(schema.Conventions, "recordAuditOutcome", "schedule", ScheduleNode, i =>
            {
                i.Description("What a planned audit found.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.AuditId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The audit that reported.");
                i.Field(x => x.AssuranceLevel).Description("The assurance the audit gives.");
                i.Field(x => x.Findings).Description("What it found; required for LIMITED or NONE assurance.");
            },
            UpdateErrors.With(ErrorCodes.ValidationFailed, ErrorCodes.InvalidStateTransition),
            (input, ctx) => ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion, (s, scope) =>
                s.ReportAudit(Key(input.AuditId, AuditNode), input.AssuranceLevel, input.Findings, scope.Actor, scope.Clock)))
            .Description("Records an audit's outcome once it is in progress, reported today; a reported or cancelled audit cannot report again. Staff of the schedule's provider or the quality team.");

        m.MutationField<StartAuditInput, Section11Schedule>(schema.Conventions, "startAudit", "schedule", ScheduleNode, i =>
            {
                i.Description("A planned audit that has begun.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.AuditId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The planned audit.");
            },
            UpdateErrors.With(ErrorCodes.InvalidStateTransition),
            (input, ctx) => ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion, (s, scope) =>
                s.StartAudit(Key(input.AuditId, AuditNode), scope.Actor)))
            .Description("Marks a planned audit as in progress; only an audit in progress can report its outcome. Staff of the schedule's provider or the quality team.");

        m.MutationField<CancelAuditInput, Section11Schedule>(schema.Conventions, "cancelAudit", "schedule", ScheduleNode, i =>
            {
                i.Description("An audit that will not take place, and why.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.AuditId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The audit to cancel.");
                i.Field(x => x.Reason).Description("Why it will not take place.");
            },
            UpdateErrors.With(ErrorCodes.InvalidStateTransition, ErrorCodes.ValidationFailed),
            (input, ctx) => ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion, (s, scope) =>
                s.CancelAudit(Key(input.AuditId, AuditNode), input.Reason, scope.Actor)))
            .Description("Cancels an audit that has not reported; a mandated issue it covered needs another audit. Staff of the schedule's provider or the quality team.");
    });
}

public sealed class StartAuditInput : ScheduleEdit
{
    public string AuditId { get; set; } = "";
}

public sealed class CancelAuditInput : ScheduleEdit
{
    public string AuditId { get; set; } = "";
    public string Reason { get; set; } = "";
}

public sealed class PlanAuditInput : ScheduleEdit
{
    public string Topic { get; set; } = "";
    public string? MandatedIssueId { get; set; }
    public FinancialQuarter PlannedQuarter { get; set; }
    public DateOnly DueDate { get; set; }
}

public sealed class RecordAuditOutcomeInput : ScheduleEdit
{
    public string AuditId { get; set; } = "";
    public AssuranceLevel AssuranceLevel { get; set; }
    public string? Findings { get; set; }
}
