using Commissioning.Domain.Common;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Tests.Schedules;

public class DutyAssessmentTests
{
    private readonly FixedClock _clock = new(2025, 6, 2);

    [Fact]
    public void The_catalogue_has_the_sixteen_dor_duties_and_the_nine_luton_standards()
    {
        Assert.Equal(Enumerable.Range(1, 16).Select(i => $"S11-{i:D2}"), DutyCatalogue.Section11.Select(d => d.Id));
        Assert.Equal(9, DutyCatalogue.LutonNineStandards.Count);
        Assert.Contains("clear line of accountability", DutyCatalogue.Find("S11-03")!.Text);
        Assert.All(DutyCatalogue.Section11, d => Assert.StartsWith("DOR App.1", d.Citation));
    }

    [Fact]
    public void A_new_schedule_has_one_unassessed_entry_per_duty()
    {
        var (_, schedule) = Fixtures.Schedule();

        Assert.Equal(16, schedule.Assessments.Count);
        Assert.All(schedule.Assessments, a => Assert.False(a.IsSelfAssessed));
    }

    [Fact]
    public void Provider_staff_self_assess_with_evidence()
    {
        var (provider, schedule) = Fixtures.Schedule();

        var result = schedule.SelfAssess("S11-03", ComplianceRating.Met, "Board minutes 2025-05", Actors.StaffOf(provider.Id), _clock);

        Assert.True(result.IsSuccess);
        var assessment = schedule.FindAssessment("S11-03")!;
        Assert.Equal(ComplianceRating.Met, assessment.Rating);
        Assert.Equal(new DateOnly(2025, 6, 2), assessment.AssessedOn);
        Assert.Equal(1, schedule.Version);
    }

    [Theory]
    [InlineData(ComplianceRating.Met)]
    [InlineData(ComplianceRating.PartiallyMet)]
    [InlineData(ComplianceRating.NotApplicable)]
    public void Claims_need_evidence(ComplianceRating rating)
    {
        var (provider, schedule) = Fixtures.Schedule();

        var result = schedule.SelfAssess("S11-03", rating, "  ", Actors.StaffOf(provider.Id), _clock);

        Assert.Equal("evidence", result.Error!.Field);
        Assert.False(schedule.FindAssessment("S11-03")!.IsSelfAssessed);
    }

    [Fact]
    public void Not_met_needs_no_evidence()
    {
        var (provider, schedule) = Fixtures.Schedule();

        Assert.True(schedule.SelfAssess("S11-10", ComplianceRating.NotMet, null, Actors.StaffOf(provider.Id), _clock).IsSuccess);
    }

    [Fact]
    public void Only_the_schedules_own_provider_self_assesses()
    {
        var (_, schedule) = Fixtures.Schedule();

        Assert.Equal(ErrorCodes.Forbidden, schedule.SelfAssess("S11-03", ComplianceRating.NotMet, null, Actors.StaffOf(Guid.NewGuid()), _clock).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, schedule.SelfAssess("S11-03", ComplianceRating.NotMet, null, Actors.QualityTeam, _clock).Error!.Code);
    }

    [Fact]
    public void Unknown_duties_are_rejected()
    {
        var (provider, schedule) = Fixtures.Schedule();

        Assert.Equal(ErrorCodes.UnknownDuty, schedule.SelfAssess("L9-01", ComplianceRating.NotMet, null, Actors.StaffOf(provider.Id), _clock).Error!.Code);
    }

    [Fact]
    public void The_commissioner_moderates_only_what_was_assessed()
    {
        var (provider, schedule) = Fixtures.Schedule();

        Assert.Equal(ErrorCodes.InvalidStateTransition, schedule.Moderate("S11-03", ModerationOutcome.Agree, null, Actors.Nurse, _clock).Error!.Code);

        schedule.SelfAssess("S11-03", ComplianceRating.Met, "Evidence", Actors.StaffOf(provider.Id), _clock);
        Assert.True(schedule.Moderate("S11-03", ModerationOutcome.Agree, null, Actors.Nurse, _clock).IsSuccess);
        Assert.Equal(ModerationOutcome.Agree, schedule.FindAssessment("S11-03")!.Moderation);
        Assert.Equal("dn-1", schedule.FindAssessment("S11-03")!.ModeratedBy);
    }

    [Fact]
    public void A_challenge_must_say_why_and_providers_cannot_moderate()
    {
        var (provider, schedule) = Fixtures.Schedule();
        var staff = Actors.StaffOf(provider.Id);
        schedule.SelfAssess("S11-03", ComplianceRating.Met, "Evidence", staff, _clock);

        Assert.Equal("comment", schedule.Moderate("S11-03", ModerationOutcome.Challenge, "", Actors.QualityTeam, _clock).Error!.Field);
        Assert.Equal(ErrorCodes.Forbidden, schedule.Moderate("S11-03", ModerationOutcome.Agree, null, staff, _clock).Error!.Code);
    }

    [Fact]
    public void Reassessing_clears_the_old_moderation()
    {
        var (provider, schedule) = Fixtures.Schedule();
        var staff = Actors.StaffOf(provider.Id);
        schedule.SelfAssess("S11-03", ComplianceRating.Met, "Evidence", staff, _clock);
        schedule.Moderate("S11-03", ModerationOutcome.Challenge, "No named lead on the chart", Actors.QualityTeam, _clock);

        schedule.SelfAssess("S11-03", ComplianceRating.PartiallyMet, "Lead appointed, chart pending", staff, _clock);

        Assert.False(schedule.FindAssessment("S11-03")!.IsModerated);
    }
}
