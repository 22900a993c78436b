using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Tests.Conventions;
using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>A completed review no longer changes: its authors stay as they were.</summary>
public sealed class CompletedReviewTests : IDisposable
{
    private readonly PlansWorld _world;
    private Guid _reviewId;

    public CompletedReviewTests() => _world = new PlansWorld((db, lscb, provider) =>
    {
        var clock = new FixedClock(DateTimeOffset.UtcNow);
        var review = Review.Open(PlansWorld.QualityTeam, ReviewKind.ProviderImr, "scr-2024-01", lscb, null, provider,
            clock.Today.AddDays(-90), clock.Today.AddDays(-10), new CommissioningOptions(), clock).Value;
        Assert.True(review.Complete(PlansWorld.QualityTeam, clock.Today.AddDays(-20), clock).IsSuccess);
        db.Add(review);
        _reviewId = review.Id;
    });

    [Fact]
    public async Task Appointing_an_author_to_a_completed_review_is_refused()
    {
        var id = NodeId.Encode("Review", _reviewId);
        var review = await _world.Api.PostAsync($$"""{ node(id: "{{id}}") { ... on Review { version completedOn isTimescaleBreached timescaleExtensions { to } subjectProvider { id } leadLscb { id } } } }""",
            caller: PlansWorld.QualityTeam);
        review.AssertNoErrors();
        Assert.False(review.At("data", "node", "isTimescaleBreached").GetBoolean());
        Assert.Equal(_world.ProviderId, review.At("data", "node", "subjectProvider", "id").GetString());
        Assert.Equal(_world.LscbId, review.At("data", "node", "leadLscb", "id").GetString());
        var version = review.At("data", "node", "version").GetInt32();
        await _world.RefusedAsync("appointReviewAuthors", "review",
            new { reviewId = id, expectedVersion = version, authors = new[] { new { personKey = "GMC-5", name = "Late Author", independenceDeclared = true } } },
            PlansWorld.QualityTeam, "ReviewCompletedError");
    }

    public void Dispose() => _world.Dispose();
}
