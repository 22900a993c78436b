using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>agreeReviewExtension, completeReview, recordReviewEvaluation and removeReviewAuthor: success and every typed error, nothing stored on refusal.</summary>
public sealed class ReviewProgressMutationTests : IDisposable
{
    private const string Fields = "id version targetCompletionDate completedOn timescaleExtensions { to reason } evaluations { evaluator grade } authors { personKey }";
    private readonly PlansWorld _world = new();

    private async Task<(string Id, int Version)> OpenAsync(string kind = "SERIOUS_CASE_REVIEW")
    {
        var review = await _world.SucceedAsync("createReview", "review", "id version", new
        {
            kind, caseReference = "SCR-2026-" + Guid.NewGuid().ToString("N")[..4], leadLscbId = _world.LscbId,
            decisionDate = PlansWorld.Day(PlansWorld.DaysAgo(30)),
        }, PlansWorld.QualityTeam);
        return (review.GetProperty("id").GetString()!, review.GetProperty("version").GetInt32());
    }

    private static object Extension(string id, int version, int inDays = 200, string reason = "Criminal proceedings delayed interviews.") =>
        new { reviewId = id, expectedVersion = version, newTarget = PlansWorld.Day(PlansWorld.DaysAgo(-inDays)), reason };

    private static object Completion(string id, int version, int daysAgo = 0) =>
        new { reviewId = id, expectedVersion = version, completedOn = PlansWorld.Day(PlansWorld.DaysAgo(daysAgo)) };

    private static object Evaluation(string id, int version, string evaluator = "OFSTED", int daysAgo = 1, string summary = "Thorough and candid.") =>
        new { reviewId = id, expectedVersion = version, evaluator, grade = "GOOD", evaluatedOn = PlansWorld.Day(PlansWorld.DaysAgo(daysAgo)), summary };

    [Fact]
    public async Task An_extension_moves_the_target_and_is_kept()
    {
        var (id, version) = await OpenAsync();
        var review = await _world.SucceedAsync("agreeReviewExtension", "review", Fields, Extension(id, version), PlansWorld.Director);
        Assert.Equal(PlansWorld.Day(PlansWorld.DaysAgo(-200)), review.GetProperty("targetCompletionDate").GetString());
        Assert.Equal("Criminal proceedings delayed interviews.", review.At("timescaleExtensions", 0, "reason").GetString());

        var current = review.GetProperty("version").GetInt32();
        await _world.DeniedAsync("agreeReviewExtension", Extension(id, current), PlansWorld.Dashboard, "AUTH_NOT_AUTHORIZED");
        await _world.RefusedAsync("agreeReviewExtension", "review", Extension(NodeId.Encode("Review", Guid.NewGuid()), current), PlansWorld.QualityTeam, "NotFoundError");
        await _world.RefusedAsync("agreeReviewExtension", "review", Extension(id, version), PlansWorld.QualityTeam, "ConcurrencyConflictError");
        await _world.RefusedAsync("agreeReviewExtension", "review", Extension(id, current, reason: ""), PlansWorld.QualityTeam, "ValidationFailedError");
        await _world.RefusedAsync("agreeReviewExtension", "review", Extension(id, current, inDays: 100), PlansWorld.QualityTeam, "DateOutOfRangeError");

        var completed = await _world.SucceedAsync("completeReview", "review", "version", Completion(id, current), PlansWorld.QualityTeam);
        await _world.RefusedAsync("agreeReviewExtension", "review", Extension(id, completed.GetProperty("version").GetInt32(), inDays: 300),
            PlansWorld.QualityTeam, "ReviewCompletedError");
    }

    [Fact]
    public async Task Completion_is_recorded_once_and_the_CCG_s_own_report_only_after_forwarding()
    {
        var (id, version) = await OpenAsync();
        await _world.DeniedAsync("completeReview", Completion(id, version), PlansWorld.Dashboard, "AUTH_NOT_AUTHORIZED");
        await _world.RefusedAsync("completeReview", "review", Completion(NodeId.Encode("Review", Guid.NewGuid()), version), PlansWorld.Nurse, "NotFoundError");
        await _world.RefusedAsync("completeReview", "review", Completion(id, version + 1), PlansWorld.Nurse, "ConcurrencyConflictError");
        await _world.RefusedAsync("completeReview", "review", Completion(id, version, daysAgo: -1), PlansWorld.Nurse, "DateInFutureError");
        await _world.RefusedAsync("completeReview", "review", Completion(id, version, daysAgo: 40), PlansWorld.Nurse, "DateOutOfRangeError");

        var review = await _world.SucceedAsync("completeReview", "review", Fields, Completion(id, version), PlansWorld.Nurse);
        Assert.Equal(PlansWorld.Day(PlansWorld.DaysAgo(0)), review.GetProperty("completedOn").GetString());
        await _world.RefusedAsync("completeReview", "review", Completion(id, review.GetProperty("version").GetInt32()), PlansWorld.Nurse, "ReviewCompletedError");

        var (hor, horVersion) = await OpenAsync("HEALTH_OVERVIEW_REPORT");
        await _world.RefusedAsync("completeReview", "review", Completion(hor, horVersion), PlansWorld.Director, "NotSignedOffError");
    }

    [Fact]
    public async Task An_evaluation_is_recorded_once_per_evaluator_where_it_applies()
    {
        var (id, version) = await OpenAsync();
        await _world.DeniedAsync("recordReviewEvaluation", Evaluation(id, version), PlansWorld.Dashboard, "AUTH_NOT_AUTHORIZED");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(NodeId.Encode("Review", Guid.NewGuid()), version), PlansWorld.QualityTeam, "NotFoundError");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, version + 1), PlansWorld.QualityTeam, "ConcurrencyConflictError");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, version, summary: " "), PlansWorld.QualityTeam, "ValidationFailedError");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, version, evaluator: "CARE_QUALITY_COMMISSION"), PlansWorld.QualityTeam, "EvaluationNotApplicableError");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, version, daysAgo: -1), PlansWorld.QualityTeam, "DateInFutureError");
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, version, daysAgo: 40), PlansWorld.QualityTeam, "DateOutOfRangeError");

        var review = await _world.SucceedAsync("recordReviewEvaluation", "review", Fields, Evaluation(id, version), PlansWorld.QualityTeam);
        Assert.Equal("OFSTED", review.At("evaluations", 0, "evaluator").GetString());
        Assert.Equal("GOOD", review.At("evaluations", 0, "grade").GetString());
        await _world.RefusedAsync("recordReviewEvaluation", "review", Evaluation(id, review.GetProperty("version").GetInt32()), PlansWorld.QualityTeam, "DuplicateError");
    }

    [Fact]
    public async Task An_author_is_removed_by_whoever_may_appoint_them()
    {
        var (hor, version) = await OpenAsync("HEALTH_OVERVIEW_REPORT");
        var appointed = await _world.SucceedAsync("appointReviewAuthors", "review", "version", new
        {
            reviewId = hor, expectedVersion = version, authors = new[] { new { personKey = "NMC-1", name = "Robin Writer", independenceDeclared = true } },
        }, PlansWorld.Director);
        var current = appointed.GetProperty("version").GetInt32();
        object Removal(string personKey = "NMC-1", int? v = null, string? id = null) => new { reviewId = id ?? hor, expectedVersion = v ?? current, personKey };

        await _world.RefusedAsync("removeReviewAuthor", "review", Removal(), PlansWorld.QualityTeam, "ForbiddenError");
        await _world.RefusedAsync("removeReviewAuthor", "review", Removal(personKey: "NMC-404"), PlansWorld.Director, "NotFoundError");
        await _world.RefusedAsync("removeReviewAuthor", "review", Removal(v: version), PlansWorld.Director, "ConcurrencyConflictError");
        var review = await _world.SucceedAsync("removeReviewAuthor", "review", Fields, Removal(), PlansWorld.Director);
        Assert.Empty(review.GetProperty("authors").EnumerateArray());

        var (scr, scrVersion) = await OpenAsync("SCR_OVERVIEW_REPORT");
        var withAuthor = await _world.SucceedAsync("appointReviewAuthors", "review", "version", new
        {
            reviewId = scr, expectedVersion = scrVersion, authors = new[] { new { personKey = "IND-7", name = "Indy Pendent", independenceDeclared = true } },
        }, PlansWorld.QualityTeam);
        var done = await _world.SucceedAsync("completeReview", "review", "version", Completion(scr, withAuthor.GetProperty("version").GetInt32()), PlansWorld.QualityTeam);
        await _world.RefusedAsync("removeReviewAuthor", "review", Removal("IND-7", done.GetProperty("version").GetInt32(), scr), PlansWorld.QualityTeam, "ReviewCompletedError");
    }

    public void Dispose() => _world.Dispose();
}
