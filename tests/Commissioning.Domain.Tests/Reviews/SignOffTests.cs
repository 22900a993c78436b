using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Reviews;

/// <summary>DOR 4.15: Director recommends, Chief Executive signs, then the report goes to the LSCB with its plans.</summary>
public class SignOffTests
{
    private readonly FixedClock _clock = Clock();

    private Review AuthoredHor()
    {
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);
        hor.AppointAuthor(Director, "deputy", "Deputy DNC", true, [], _clock).AsResult().AssertOk();
        return hor;
    }

    [Fact]
    public void The_chain_runs_in_order_with_the_right_roles()
    {
        var hor = AuthoredHor();
        Assert.Equal(SignOffStatus.Draft, hor.SignOff);

        Assert.Equal(ErrorCodes.Forbidden, hor.RecommendSignOff(QualityTeam, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.InvalidStateTransition, hor.SignOffByChiefExecutive(ChiefExecutive, _clock).Error!.Code);
        hor.RecommendSignOff(Director, _clock).AssertOk();
        Assert.Equal(ErrorCodes.InvalidStateTransition, hor.RecommendSignOff(Director, _clock).Error!.Code);
        Assert.Equal(ErrorCodes.Forbidden, hor.SignOffByChiefExecutive(Director, _clock).Error!.Code);
        hor.SignOffByChiefExecutive(ChiefExecutive, _clock).AssertOk();
        var plan = Guid.NewGuid();
        hor.ForwardToLscb(Director, [plan], _clock).AssertOk();

        Assert.Equal(SignOffStatus.ForwardedToLscb, hor.SignOff);
        Assert.Equal([plan], hor.ForwardedActionPlanIds);
        Assert.Equal([Role.Director, Role.ChiefExecutive, Role.Director], hor.SignOffSteps.Select(s => s.ByRole));
        Assert.Equal(ErrorCodes.InvalidStateTransition, hor.ForwardToLscb(Director, [plan], _clock).Error!.Code);
        Assert.Equal(ErrorCodes.InvalidStateTransition, hor.SignOffByChiefExecutive(ChiefExecutive, _clock).Error!.Code);
    }

    [Fact]
    public void Recommending_needs_an_author()
    {
        var hor = ReviewTests.Open(_clock, ReviewKind.HealthOverviewReport);

        Assert.Equal(ErrorCodes.ValidationFailed, hor.RecommendSignOff(Director, _clock).Error!.Code);
    }

    [Fact]
    public void Forwarding_before_chief_executive_sign_off_is_refused()
    {
        var hor = AuthoredHor();
        Assert.Equal(ReviewErrorCodes.NotSignedOff, hor.ForwardToLscb(Director, [Guid.NewGuid()], _clock).Error!.Code);

        hor.RecommendSignOff(Director, _clock).AssertOk();
        Assert.Equal(ReviewErrorCodes.NotSignedOff, hor.ForwardToLscb(Director, [Guid.NewGuid()], _clock).Error!.Code);
        Assert.Equal(SignOffStatus.DirectorRecommended, hor.SignOff);
    }

    [Fact]
    public void Forwarding_without_action_plans_is_refused()
    {
        var hor = AuthoredHor();
        hor.RecommendSignOff(Director, _clock).AssertOk();
        hor.SignOffByChiefExecutive(ChiefExecutive, _clock).AssertOk();

        Assert.Equal(ReviewErrorCodes.NoActionPlans, hor.ForwardToLscb(Director, [], _clock).Error!.Code);
        Assert.Equal(SignOffStatus.ChiefExecutiveSignedOff, hor.SignOff);
    }

    [Fact]
    public void A_ccg_report_completes_only_after_forwarding()
    {
        var hor = AuthoredHor();

        Assert.Equal(ReviewErrorCodes.NotSignedOff, hor.Complete(Director, _clock.Today, _clock).Error!.Code);
    }

    [Fact]
    public void Reviews_not_written_by_the_ccg_have_no_sign_off_chain()
    {
        var imr = ReviewTests.Open(_clock, ReviewKind.ProviderImr);

        Assert.Null(imr.SignOff);
        Assert.Equal(ReviewErrorCodes.NotCcgAuthored, imr.RecommendSignOff(Director, _clock).Error!.Code);
        Assert.Equal(ReviewErrorCodes.NotCcgAuthored, imr.ForwardToLscb(Director, [Guid.NewGuid()], _clock).Error!.Code);
    }
}
