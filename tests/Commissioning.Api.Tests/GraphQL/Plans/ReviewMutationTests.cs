using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>Reviews over the API: opening, authors with the DOR 4.10 conflict rule, and the CCG's sign-off chain (DOR 4.15).</summary>
public sealed class ReviewMutationTests : IDisposable
{
    private const string ReviewFields = "id version kind signOffStatus";
    private readonly PlansWorld _world = new();

    private object CreateInput(string kind, string? subject = null, string caseReference = "scr-2025-07", int decidedDaysAgo = 30, int? targetDaysAgo = null,
        string? lead = null) => new
    {
        kind, caseReference, leadLscbId = lead ?? _world.LscbId, subjectProviderId = subject,
        decisionDate = PlansWorld.Day(PlansWorld.DaysAgo(decidedDaysAgo)),
        targetCompletionDate = targetDaysAgo is { } t ? PlansWorld.Day(PlansWorld.DaysAgo(t)) : null,
    };

    private async Task<(string Id, int Version)> CreateAsync(string kind, string? subject = null)
    {
        var review = await _world.SucceedAsync("createReview", "review", ReviewFields, CreateInput(kind, subject), PlansWorld.QualityTeam);
        return (review.GetProperty("id").GetString()!, review.GetProperty("version").GetInt32());
    }

    private static object Authors(string id, int version, string personKey = "GMC-123", bool independent = true, string name = "Alex Author") =>
        new { reviewId = id, expectedVersion = version, authors = new[] { new { personKey, name, independenceDeclared = independent } } };

    private static object Step(string id, int version) => new { reviewId = id, expectedVersion = version };

    [Fact]
    public async Task CreateReview_refusals()
    {
        await _world.DeniedAsync("createReview", CreateInput("HEALTH_OVERVIEW_REPORT"), _world.Staff, "AUTH_NOT_AUTHORIZED");
        await _world.RefusedAsync("createReview", "review", CreateInput("HEALTH_OVERVIEW_REPORT", lead: NodeId.Encode("Lscb", Guid.NewGuid())), PlansWorld.QualityTeam, "NotFoundError");
        await _world.RefusedAsync("createReview", "review", CreateInput("PROVIDER_IMR"), PlansWorld.QualityTeam, "ValidationFailedError");
        await _world.RefusedAsync("createReview", "review", CreateInput("HEALTH_OVERVIEW_REPORT", decidedDaysAgo: -1), PlansWorld.QualityTeam, "DateInFutureError");
        await _world.RefusedAsync("createReview", "review", CreateInput("HEALTH_OVERVIEW_REPORT", targetDaysAgo: 40), PlansWorld.QualityTeam, "DateOutOfRangeError");
    }

    [Fact]
    public async Task The_same_professional_cannot_write_a_provider_IMR_and_the_HOR_of_one_case()
    {
        var imr = await CreateAsync("PROVIDER_IMR", _world.ProviderId);
        var appointed = await _world.SucceedAsync("appointReviewAuthors", "review", "id version authors { name role personKey }", Authors(imr.Id, imr.Version), PlansWorld.QualityTeam);
        Assert.Equal("IMR_AUTHOR", appointed.At("authors", 0, "role").GetString());

        var hor = await CreateAsync("HEALTH_OVERVIEW_REPORT");
        var error = await _world.RefusedAsync("appointReviewAuthors", "review", Authors(hor.Id, hor.Version, personKey: " gmc-123 "), PlansWorld.Director, "AuthorConflictError");
        Assert.Equal("AUTHOR_CONFLICT", error.GetProperty("code").GetString());
        await _world.SucceedAsync("appointReviewAuthors", "review", "id", Authors(hor.Id, hor.Version, personKey: "GMC-999"), PlansWorld.Director);
    }

    [Fact]
    public async Task AppointReviewAuthors_refusals()
    {
        var hor = await CreateAsync("HEALTH_OVERVIEW_REPORT");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(hor.Id, hor.Version), PlansWorld.QualityTeam, "ForbiddenError");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(hor.Id, hor.Version, independent: false), PlansWorld.Director, "AuthorNotIndependentError");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(hor.Id, hor.Version, name: " "), PlansWorld.Director, "ValidationFailedError");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(hor.Id, hor.Version + 1), PlansWorld.Director, "ConcurrencyConflictError");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(NodeId.Encode("Review", Guid.NewGuid()), 0), PlansWorld.Director, "NotFoundError");
        var twice = new
        {
            reviewId = hor.Id, expectedVersion = hor.Version,
            authors = new[] { new { personKey = "GMC-1", name = "One", independenceDeclared = true }, new { personKey = "gmc-1", name = "Again", independenceDeclared = true } },
        };
        await _world.RefusedAsync("appointReviewAuthors", "review", twice, PlansWorld.Director, "DuplicateError");
        var scr = await CreateAsync("SERIOUS_CASE_REVIEW");
        await _world.RefusedAsync("appointReviewAuthors", "review", Authors(scr.Id, scr.Version), PlansWorld.QualityTeam, "NoAuthorRoleError");
    }

    [Fact]
    public async Task The_sign_off_chain_runs_in_order_and_cannot_be_skipped()
    {
        var hor = await CreateAsync("HEALTH_OVERVIEW_REPORT");
        await _world.RefusedAsync("recommendReviewSignOff", "review", Step(hor.Id, hor.Version), PlansWorld.Director, "ValidationFailedError");
        var withAuthor = await _world.SucceedAsync("appointReviewAuthors", "review", ReviewFields, Authors(hor.Id, hor.Version), PlansWorld.Director);
        var version = withAuthor.GetProperty("version").GetInt32();
        await _world.RefusedAsync("signOffReview", "review", Step(hor.Id, version), PlansWorld.ChiefExecutive, "InvalidStateTransitionError");
        await _world.RefusedAsync("forwardReviewToLscb", "review", new { reviewId = hor.Id, expectedVersion = version, agreedActionPlanIds = Array.Empty<string>() },
            PlansWorld.Director, "NotSignedOffError");
        await _world.DeniedAsync("recommendReviewSignOff", Step(hor.Id, version), PlansWorld.QualityTeam, "AUTH_NOT_AUTHORIZED");

        var recommended = await _world.SucceedAsync("recommendReviewSignOff", "review", ReviewFields, Step(hor.Id, version), PlansWorld.Director);
        Assert.Equal("DIRECTOR_RECOMMENDED", recommended.GetProperty("signOffStatus").GetString());
        version = recommended.GetProperty("version").GetInt32();
        await _world.RefusedAsync("recommendReviewSignOff", "review", Step(hor.Id, version), PlansWorld.Director, "InvalidStateTransitionError");
        var signed = await _world.SucceedAsync("signOffReview", "review", ReviewFields, Step(hor.Id, version), PlansWorld.ChiefExecutive);
        version = signed.GetProperty("version").GetInt32();

        await _world.RefusedAsync("forwardReviewToLscb", "review", new { reviewId = hor.Id, expectedVersion = version, agreedActionPlanIds = Array.Empty<string>() },
            PlansWorld.Director, "NoActionPlansError");
        await _world.RefusedAsync("forwardReviewToLscb", "review",
            new { reviewId = hor.Id, expectedVersion = version, agreedActionPlanIds = new[] { NodeId.Encode("ActionPlan", Guid.NewGuid()) } }, PlansWorld.Director, "NotFoundError");
        var plan = await _world.SucceedAsync("createActionPlan", "actionPlan", "id", new
        {
            providerId = _world.ProviderId, source = "HEALTH_OVERVIEW_REPORT", sourceRecordId = hor.Id, title = "HOR recommendations",
            raisedOn = PlansWorld.Day(PlansWorld.DaysAgo(5)), lscbIds = new[] { _world.LscbId },
        }, PlansWorld.QualityTeam);
        var planId = plan.GetProperty("id").GetString()!;
        var forwarded = await _world.SucceedAsync("forwardReviewToLscb", "review", ReviewFields + " signOffChain { status byRole } forwardedActionPlans { id } actionPlans { id }",
            new { reviewId = hor.Id, expectedVersion = version, agreedActionPlanIds = new[] { planId } }, PlansWorld.Director);
        Assert.Equal("FORWARDED_TO_LSCB", forwarded.GetProperty("signOffStatus").GetString());
        Assert.Equal(["DIRECTOR_RECOMMENDED", "CHIEF_EXECUTIVE_SIGNED_OFF", "FORWARDED_TO_LSCB"],
            forwarded.GetProperty("signOffChain").EnumerateArray().Select(s => s.GetProperty("status").GetString()));
        Assert.Equal(planId, forwarded.At("forwardedActionPlans", 0, "id").GetString());
        Assert.Equal(planId, forwarded.At("actionPlans", 0, "id").GetString());
        await _world.RefusedAsync("forwardReviewToLscb", "review",
            new { reviewId = hor.Id, expectedVersion = forwarded.GetProperty("version").GetInt32(), agreedActionPlanIds = new[] { planId } }, PlansWorld.Director, "InvalidStateTransitionError");
    }

    [Fact]
    public async Task Only_the_CCGs_own_reviews_are_signed_off()
    {
        var imr = await CreateAsync("PROVIDER_IMR", _world.ProviderId);
        await _world.RefusedAsync("recommendReviewSignOff", "review", Step(imr.Id, imr.Version), PlansWorld.Director, "NotCcgAuthoredError");
        await _world.RefusedAsync("signOffReview", "review", Step(imr.Id, imr.Version), PlansWorld.ChiefExecutive, "NotCcgAuthoredError");
        var listed = await _world.Api.PostAsync("{ reviews(where: { kind: { eq: PROVIDER_IMR } }) { totalCount } }", caller: _world.Staff);
        listed.AssertNoErrors();
        Assert.Equal(1, listed.At("data", "reviews", "totalCount").GetInt32());
        var hidden = await _world.Api.PostAsync("{ reviews { totalCount } }", caller: _world.OtherStaff);
        Assert.Equal(0, hidden.At("data", "reviews", "totalCount").GetInt32());
        Assert.Equal(JsonValueKind.Object, hidden.GetProperty("data").ValueKind);
    }

    public void Dispose() => _world.Dispose();
}
