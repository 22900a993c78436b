using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;

namespace Commissioning.Domain.Schedules;

/// <summary>
/// The safeguarding children schedule every provider contract must carry, in three parts
/// (DOR 4.1): duties with self-assessment and indicators, a 12-month audit schedule, and the
/// requirement to copy action plans. Its own aggregate, so a provider self-assessing does not
/// collide with the quality team editing the contract.
/// </summary>
public sealed partial class Section11Schedule : AggregateRoot
{
    private readonly List<DutyAssessment> _assessments = [];
    private readonly List<Indicator> _indicators = [];

    private Section11Schedule() { }

    internal Section11Schedule(Guid id, Guid contractId, Guid providerId, DutyFramework framework) : base(id)
    {
        ContractId = contractId;
        ProviderId = providerId;
        Framework = framework;
        foreach (var duty in DutyCatalogue.For(framework))
        {
            _assessments.Add(new DutyAssessment(DomainIds.New(), duty.Id));
        }
    }

    public Guid ContractId { get; private set; }

    public Guid ProviderId { get; private set; }

    public DutyFramework Framework { get; private set; }

    /// <summary>One per duty of <see cref="Framework"/>, created with the schedule.</summary>
    public IReadOnlyList<DutyAssessment> Assessments => _assessments;

    public IReadOnlyList<Indicator> Indicators => _indicators;

    public AuditSchedule? AuditSchedule { get; private set; }

    public ActionPlanCopyingTerms? ActionPlanCopying { get; private set; }

    /// <summary>The parts not yet in place (exception SCHEDULE_INCOMPLETE names them).</summary>
    public IReadOnlyList<SchedulePart> MissingParts
    {
        get
        {
            var missing = new List<SchedulePart>();
            if (_indicators.Count == 0)
            {
                missing.Add(SchedulePart.DutiesAndIndicators);
            }
            if (AuditSchedule is null)
            {
                missing.Add(SchedulePart.AuditSchedule);
            }
            if (ActionPlanCopying is not { IsSatisfied: true })
            {
                missing.Add(SchedulePart.ActionPlanCopying);
            }
            return missing;
        }
    }

    /// <summary>All three parts present (DOR 4.1).</summary>
    public bool IsComplete => MissingParts.Count == 0;

    public Indicator? FindIndicator(string code) => _indicators.Find(i => i.Code == code);

    public DutyAssessment? FindAssessment(string dutyId) => _assessments.Find(a => a.DutyId == dutyId);

    // Part 1: duties.

    /// <summary>Provider staff rate their own organisation against one duty.</summary>
    public Result SelfAssess(string dutyId, ComplianceRating rating, string? evidence, Actor actor, IClock clock)
    {
        var check = RequireOwnProvider(actor, "self-assess this schedule");
        if (check.IsFailure)
        {
            return check;
        }
        var assessment = FindAssessment(dutyId);
        if (assessment is null)
        {
            return UnknownDuty(dutyId);
        }
        check = DutyAssessment.ValidateSelfAssessment(rating, evidence);
        if (check.IsFailure)
        {
            return check;
        }
        assessment.SelfAssess(rating, evidence, actor, clock.Today);
        Touch();
        return Result.Success();
    }

    /// <summary>The commissioner agrees with or challenges a self-assessment.</summary>
    public Result Moderate(string dutyId, ModerationOutcome outcome, string? comment, Actor actor, IClock clock)
    {
        var check = RequireCommissioner(actor, "moderate a self-assessment");
        if (check.IsFailure)
        {
            return check;
        }
        var assessment = FindAssessment(dutyId);
        if (assessment is null)
        {
            return UnknownDuty(dutyId);
        }
        if (!assessment.IsSelfAssessed)
        {
            return new DomainError(ErrorCodes.InvalidStateTransition, $"{dutyId} has no self-assessment to moderate yet.", "dutyId");
        }
        check = DutyAssessment.ValidateModeration(outcome, comment);
        if (check.IsFailure)
        {
            return check;
        }
        assessment.Moderate(outcome, comment, actor, clock.Today);
        Touch();
        return Result.Success();
    }

    // Part 1: indicators.

    public Result AddIndicator(Indicator indicator, Actor actor)
    {
        var check = actor.Require("set schedule indicators", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        if (FindIndicator(indicator.Code) is not null)
        {
            return new DomainError(ErrorCodes.Duplicate, $"The schedule already has indicator {indicator.Code}.", "code");
        }
        _indicators.Add(indicator);
        Touch();
        return Result.Success();
    }

    /// <summary>Adds every catalogue indicator the schedule lacks, with the configured targets.</summary>
    public Result AddDefaultIndicators(CommissioningOptions options, Actor actor)
    {
        var check = actor.Require("set schedule indicators", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        var added = false;
        foreach (var definition in IndicatorCatalogue.Default.Where(d => FindIndicator(d.Code) is null))
        {
            var indicator = Indicator.FromCatalogue(DomainIds.New(), definition, options);
            if (indicator.IsFailure)
            {
                return indicator.Error;
            }
            _indicators.Add(indicator.Value);
            added = true;
        }
        if (added)
        {
            Touch();
        }
        return Result.Success();
    }

    public Result ChangeIndicatorTarget(string code, decimal target, decimal amberTolerance, Actor actor)
    {
        var check = actor.Require("set indicator targets", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        var indicator = FindIndicator(code);
        if (indicator is null)
        {
            return UnknownIndicator(code);
        }
        check = indicator.ChangeTarget(target, amberTolerance);
        if (check.IsFailure)
        {
            return check;
        }
        Touch();
        return Result.Success();
    }

    public Result RemoveIndicator(string code, Actor actor)
    {
        var check = actor.Require("set schedule indicators", Role.QualityTeam);
        if (check.IsFailure)
        {
            return check;
        }
        if (_indicators.RemoveAll(i => i.Code == code) == 0)
        {
            return UnknownIndicator(code);
        }
        Touch();
        return Result.Success();
    }

    // Part 3.

    public Result SetActionPlanCopying(bool copyPlans, bool copyUpdates, string recipient, Actor actor, IClock clock)
    {
        var check = actor.Require("set the action-plan copying terms", Role.QualityTeam)
            .Then(() => ActionPlanCopyingTerms.Validate(recipient));
        if (check.IsFailure)
        {
            return check;
        }
        ActionPlanCopying = new ActionPlanCopyingTerms(copyPlans, copyUpdates, recipient.Trim(), clock.Today);
        Touch();
        return Result.Success();
    }

    private Result RequireOwnProvider(Actor actor, string action) =>
        actor.WorksFor(ProviderId)
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"Only staff of this schedule's provider may {action}.");

    private Result RequireOwnProviderOrQualityTeam(Actor actor, string action) =>
        actor.WorksFor(ProviderId) || actor.Role == Role.QualityTeam
            ? Result.Success()
            : new DomainError(ErrorCodes.Forbidden, $"{actor.Role.ToClaim()} may not {action} for this provider.");

    private static Result RequireCommissioner(Actor actor, string action) =>
        actor.IsCommissioner ? Result.Success() : new DomainError(ErrorCodes.Forbidden, $"Only the commissioner may {action}.");

    private static DomainError UnknownDuty(string dutyId) =>
        new(ErrorCodes.UnknownDuty, $"Duty '{dutyId}' is not part of this schedule.", "dutyId");

    private static DomainError UnknownIndicator(string code) =>
        new(ErrorCodes.UnknownIndicator, $"Indicator '{code}' is not part of this schedule.", "code");
}
