using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Admin;

/// <summary>submitSelfAssessment by provider staff, moderateSelfAssessment by the commissioner.</summary>
public sealed class SelfAssessmentMutationTests : IDisposable
{
    private const string Submit = $$"""
        mutation ($input: SubmitSelfAssessmentInput!) { submitSelfAssessment(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    private const string Moderate = $$"""
        mutation ($input: ModerateSelfAssessmentInput!) { moderateSelfAssessment(input: $input) { schedule { version } {{AdminWorld.Errors}} } }
        """;

    private readonly AdminWorld _world = new();

    private object Assessment(string dutyId = "S11-03", string rating = "PARTIALLY_MET", string? evidence = "Named lead in post", int? version = null) =>
        new { input = new { scheduleId = _world.ScheduleId, expectedVersion = version ?? _world.Schedule.Version, dutyId, rating, evidence } };

    private object Moderation(string outcome = "CHALLENGE", string? comment = "Show the training matrix", string dutyId = "S11-03", int? version = null) =>
        new { input = new { scheduleId = _world.ScheduleId, expectedVersion = version ?? _world.Schedule.Version, dutyId, outcome, comment } };

    [Fact]
    public async Task Staff_self_assess_and_the_nurse_challenges()
    {
        var submitted = await _world.Succeeds("submitSelfAssessment", Submit, Assessment(), _world.Staff);
        await _world.Succeeds("moderateSelfAssessment", Moderate, Moderation(version: submitted.At("schedule", "version").GetInt32()), AdminWorld.Nurse);
        using var db = _world.Api.NewContext();
        var assessment = db.Schedules.Single(s => s.Id == _world.Schedule.Id).Assessments.Single(a => a.DutyId == "S11-03");
        Assert.Equal(Domain.Schedules.ComplianceRating.PartiallyMet, assessment.Rating);
        Assert.Equal(Domain.Schedules.ModerationOutcome.Challenge, assessment.Moderation);
        Assert.Equal("Show the training matrix", assessment.ModerationComment);
    }

    [Fact]
    public async Task Self_assessment_is_refused_with_typed_errors()
    {
        await _world.Refused("submitSelfAssessment", Submit, Assessment(), _world.OtherStaff, "NotFoundError");
        await _world.Denied("submitSelfAssessment", Submit, Assessment(), AdminWorld.QualityTeam, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("submitSelfAssessment", Submit, Assessment(dutyId: "S11-99"), _world.Staff, "UnknownDutyError");
        await _world.Refused("submitSelfAssessment", Submit, Assessment(evidence: null), _world.Staff, "ValidationFailedError");
        await _world.Refused("submitSelfAssessment", Submit, Assessment(version: _world.Schedule.Version + 1), _world.Staff, "ConcurrencyConflictError");
    }

    [Fact]
    public async Task Moderation_is_refused_with_typed_errors()
    {
        await _world.Refused("moderateSelfAssessment", Moderate, Moderation(), AdminWorld.Nurse, "InvalidStateTransitionError");
        var version = (await _world.Succeeds("submitSelfAssessment", Submit, Assessment(), _world.Staff)).At("schedule", "version").GetInt32();
        await _world.Denied("moderateSelfAssessment", Moderate, Moderation(version: version), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.Refused("moderateSelfAssessment", Moderate, Moderation(comment: null, version: version), AdminWorld.Nurse, "ValidationFailedError");
        await _world.Refused("moderateSelfAssessment", Moderate, Moderation(dutyId: "X-1", version: version), AdminWorld.Nurse, "UnknownDutyError");
        await _world.Refused("moderateSelfAssessment", Moderate, Moderation(version: version - 1), AdminWorld.Nurse, "ConcurrencyConflictError");
    }

    public void Dispose() => _world.Dispose();
}
