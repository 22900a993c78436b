using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Schedules;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>submitSelfAssessment</c> (provider staff rate their organisation against one duty) and
/// <c>moderateSelfAssessment</c> (the commissioner agrees or challenges), part 1 of the schedule (DOR 4.1).
/// </summary>
public sealed class SelfAssessmentMutations : ISchemaModule
{
    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        m.MutationField<SubmitSelfAssessmentInput, Section11Schedule>(schema.Conventions, "submitSelfAssessment", "schedule", ScheduleNode, i =>
            {
                i.Description("Your organisation's rating against one duty of its schedule, with the evidence for it.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.DutyId).Description("The duty, e.g. S11-03 (or L9-01 for the Luton 9 Standards).");
                i.Field(x => x.Rating).Description("How well the duty is met.");
                i.Field(x => x.Evidence).Description("What shows it; required unless the duty does not apply.");
            },
            UpdateErrors.With(ErrorCodes.UnknownDuty, ErrorCodes.ValidationFailed), (input, ctx) =>
                ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.SelfAssess(input.DutyId, input.Rating, input.Evidence, scope.Actor, scope.Clock)))
            .Description("Records the provider's self-assessment of one duty; a new one replaces the last and awaits moderation again. Staff of the schedule's provider only.");

        m.MutationField<ModerateSelfAssessmentInput, Section11Schedule>(schema.Conventions, "moderateSelfAssessment", "schedule", ScheduleNode, i =>
            {
                i.Description("The commissioner's view of a provider's self-assessment of one duty.");
                ScheduleMutations.DescribeSchedule(i);
                i.Field(x => x.DutyId).Description("The duty whose self-assessment is moderated.");
                i.Field(x => x.Outcome).Description("Agree with the rating, or challenge it.");
                i.Field(x => x.Comment).Description("Why; required for a challenge.");
            },
            UpdateErrors.With(ErrorCodes.UnknownDuty, ErrorCodes.ValidationFailed, ErrorCodes.InvalidStateTransition), (input, ctx) =>
                ScheduleMutations.EditScheduleAsync(ctx, input.ScheduleId, input.ExpectedVersion,
                    (s, scope) => s.Moderate(input.DutyId, input.Outcome, input.Comment, scope.Actor, scope.Clock)))
            .Description("Agrees with or challenges a self-assessment; a duty must be self-assessed first. Commissioner roles only.");
    });
}

public sealed class SubmitSelfAssessmentInput : ScheduleEdit
{
    public string DutyId { get; set; } = "";
    public ComplianceRating Rating { get; set; }
    public string? Evidence { get; set; }
}

public sealed class ModerateSelfAssessmentInput : ScheduleEdit
{
    public string DutyId { get; set; } = "";
    public ModerationOutcome Outcome { get; set; }
    public string? Comment { get; set; }
}
