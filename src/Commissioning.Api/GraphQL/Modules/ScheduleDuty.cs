using Commissioning.Domain.Schedules;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>One duty of a schedule's framework with the provider's self-assessment of it, if any.</summary>
public sealed record ScheduleDuty(Duty Duty, DutyAssessment? Assessment)
{
    /// <summary>Every duty of the schedule's framework in catalogue order, assessed or not, so gaps are visible.</summary>
    public static IReadOnlyList<ScheduleDuty> Of(Section11Schedule schedule) =>
        DutyCatalogue.For(schedule.Framework).Select(d => new ScheduleDuty(d, schedule.FindAssessment(d.Id))).ToList();
}
