using Commissioning.Domain.Common;

namespace Commissioning.Domain.Reviews;

/// <summary>
/// The sign-off chain of the CCG's own IMR and HOR (DOR 4.15): DRAFT -> DIRECTOR_RECOMMENDED
/// -> CHIEF_EXECUTIVE_SIGNED_OFF -> FORWARDED_TO_LSCB.
/// </summary>
public sealed partial class Review
{
    /// <summary>The Director recommends sign-off once an author has written the report.</summary>
    public Result RecommendSignOff(Actor actor, IClock clock)
    {
        var allowed = actor.Require("recommend sign-off", Role.Director);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (CheckChain(SignOffStatus.Draft, SignOffStatus.DirectorRecommended) is { } refused)
        {
            return refused;
        }
        if (_authors.Count == 0)
        {
            return DomainError.Validation("Appoint the author before recommending sign-off (DOR 4.10).", "authors");
        }
        Step(SignOffStatus.DirectorRecommended, actor, clock);
        return Result.Success();
    }

    /// <summary>The Chief Executive signs off after the Director's recommendation.</summary>
    public Result SignOffByChiefExecutive(Actor actor, IClock clock)
    {
        var allowed = actor.Require("sign off the CCG's IMR or HOR", Role.ChiefExecutive);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (CheckChain(SignOffStatus.DirectorRecommended, SignOffStatus.ChiefExecutiveSignedOff) is { } refused)
        {
            return refused;
        }
        Step(SignOffStatus.ChiefExecutiveSignedOff, actor, clock);
        return Result.Success();
    }

    /// <summary>
    /// Forwards the signed-off report with its agreed action plans to the LSCB(s). Refused
    /// before the Chief Executive signs and while no action plan exists (DOR 4.15).
    /// </summary>
    public Result ForwardToLscb(Actor actor, IReadOnlyCollection<Guid> agreedActionPlanIds, IClock clock)
    {
        var allowed = actor.Require("forward the CCG's IMR or HOR to the LSCB", Role.Director, Role.QualityTeam);
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (!IsCcgAuthored)
        {
            return NotCcgAuthored();
        }
        if (SignOff is SignOffStatus.Draft or SignOffStatus.DirectorRecommended)
        {
            return new DomainError(ReviewErrorCodes.NotSignedOff, "The Chief Executive must sign off the IMR or HOR before it goes to the LSCB (DOR 4.15).");
        }
        if (SignOff != SignOffStatus.ChiefExecutiveSignedOff)
        {
            return DomainError.InvalidTransition("The sign-off", SignOff!.Value.ToCode(), SignOffStatus.ForwardedToLscb.ToCode());
        }
        var plans = agreedActionPlanIds.Where(id => id != Guid.Empty).Distinct().ToList();
        if (plans.Count == 0)
        {
            return new DomainError(ReviewErrorCodes.NoActionPlans, "The IMR or HOR goes to the LSCB with its agreed action plans; none exist yet (DOR 4.15).", "agreedActionPlanIds");
        }
        _forwardedActionPlanIds.AddRange(plans);
        Step(SignOffStatus.ForwardedToLscb, actor, clock);
        return Result.Success();
    }

    private DomainError? CheckChain(SignOffStatus from, SignOffStatus to)
    {
        if (!IsCcgAuthored)
        {
            return NotCcgAuthored();
        }
        return SignOff == from ? null : DomainError.InvalidTransition("The sign-off", SignOff!.Value.ToCode(), to.ToCode());
    }

    private DomainError NotCcgAuthored() =>
        new(ReviewErrorCodes.NotCcgAuthored, $"A {Kind.ToCode()} is not signed off by the CCG; only its own IMR and HOR are (DOR 4.15).");

    private void Step(SignOffStatus to, Actor actor, IClock clock)
    {
        _signOffSteps.Add(new SignOffStep(to, clock.Now, actor.UserId, actor.DisplayName, actor.Role));
        SignOff = to;
        Touch();
    }
}
