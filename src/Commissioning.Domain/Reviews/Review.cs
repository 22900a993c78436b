using Commissioning.Domain.Common;

namespace Commissioning.Domain.Reviews;

/// <summary>
/// One product of a serious case: the SCR or audit itself, a provider's IMR, the CCG's IMR,
/// the Health Overview Report or the SCR overview report (DOR 4.2-4.16). Reviews that share a
/// <see cref="CaseReference"/> are about the same child, which is how the DOR 4.10 author
/// conflict is checked across them.
/// </summary>
/// <remarks>
/// Reviews are commissioner records: the quality team, Designated Nurse and Director keep them.
/// The Director appoints the authors of the CCG's own IMR and HOR (DOR 4.10) and recommends
/// their sign-off; the Chief Executive signs (DOR 4.15).
/// </remarks>
public sealed partial class Review : AggregateRoot
{
    public const int CaseReferenceMaxLength = 50;

    private readonly List<ReviewAuthor> _authors = [];
    private readonly List<TimescaleExtension> _extensions = [];
    private readonly List<SignOffStep> _signOffSteps = [];
    private readonly List<Guid> _forwardedActionPlanIds = [];
    private readonly List<ExternalEvaluation> _evaluations = [];

    private Review() { }

    private Review(Guid id) : base(id) { }

    public ReviewKind Kind { get; private set; }

    /// <summary>The case the review belongs to, stored trimmed and upper-case so that references match.</summary>
    public string CaseReference { get; private set; } = "";

    public Guid LeadLscbId { get; private set; }

    /// <summary>The other LSCB when the child was placed out of county (DOR 4.16).</summary>
    public Guid? SecondLscbId { get; private set; }

    public bool IsOutOfCounty => SecondLscbId is not null;

    /// <summary>The provider under review: required for a provider IMR, the GP practice for a CCG IMR when known.</summary>
    public Guid? SubjectProviderId { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    /// <summary>When the review should be complete; null when no timescale applies.</summary>
    public DateOnly? TargetCompletionDate { get; private set; }

    public IReadOnlyList<TimescaleExtension> Extensions => _extensions;

    public IReadOnlyList<ReviewAuthor> Authors => _authors;

    public DateOnly? CompletedOn { get; private set; }

    public bool IsComplete => CompletedOn is not null;

    public IReadOnlyList<ExternalEvaluation> Evaluations => _evaluations;

    /// <summary>The CCG writes its primary-care IMR and the HOR itself (DOR 4.10); those need sign-off (DOR 4.15).</summary>
    public bool IsCcgAuthored => IsCcgAuthoredKind(Kind);

    /// <summary>Null unless <see cref="IsCcgAuthored"/>.</summary>
    public SignOffStatus? SignOff { get; private set; }

    public IReadOnlyList<SignOffStep> SignOffSteps => _signOffSteps;

    /// <summary>The agreed action plans that went to the LSCB with the report (DOR 4.15).</summary>
    public IReadOnlyList<Guid> ForwardedActionPlanIds => _forwardedActionPlanIds;

    /// <summary>The role of an author of this kind of review; null when it has none in this model.</summary>
    public AuthorRole? AuthorRole => AuthorRoleFor(Kind);

    /// <summary>
    /// Opens a review. A Serious Case Review with no target date gets the decision date plus
    /// <see cref="CommissioningOptions.ScrCompletionMonths"/> (SM14 14.4.33); other kinds have
    /// the target they are given, or none.
    /// </summary>
    public static Result<Review> Open(
        Actor actor,
        ReviewKind kind,
        string caseReference,
        Guid leadLscbId,
        Guid? secondLscbId,
        Guid? subjectProviderId,
        DateOnly decisionDate,
        DateOnly? targetCompletionDate,
        CommissioningOptions options,
        IClock clock)
    {
        var allowed = RequireKeeper(actor, "open a review");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var target = targetCompletionDate
            ?? (kind == ReviewKind.SeriousCaseReview ? decisionDate.AddMonths(options.ScrCompletionMonths) : null);
        var invalid = Inputs.FirstOf(
            Enum.IsDefined(kind) ? null : DomainError.Validation($"Unknown review kind {kind}.", "kind"),
            Inputs.RequiredText(caseReference, "caseReference", CaseReferenceMaxLength),
            Inputs.NotEmpty(leadLscbId, "leadLscbId"),
            secondLscbId == Guid.Empty ? DomainError.Validation("secondLscbId cannot be empty; leave it out instead.", "secondLscbId") : null,
            secondLscbId == leadLscbId ? DomainError.Validation("The second LSCB must differ from the lead LSCB.", "secondLscbId") : null,
            kind == ReviewKind.ProviderImr && subjectProviderId is null ? DomainError.Validation("A provider IMR names the provider under review.", "subjectProviderId") : null,
            subjectProviderId == Guid.Empty ? DomainError.Validation("subjectProviderId cannot be empty; leave it out instead.", "subjectProviderId") : null,
            Inputs.NotInFuture(decisionDate, clock, "decisionDate"),
            target is { } t ? Inputs.NotBefore(t, decisionDate, "targetCompletionDate", "the decision date") : null);
        if (invalid is not null)
        {
            return invalid;
        }
        var review = new Review(DomainIds.New())
        {
            Kind = kind,
            CaseReference = NormaliseCaseReference(caseReference),
            LeadLscbId = leadLscbId,
            SecondLscbId = secondLscbId,
            SubjectProviderId = subjectProviderId,
            DecisionDate = decisionDate,
            TargetCompletionDate = target,
            SignOff = IsCcgAuthoredKind(kind) ? SignOffStatus.Draft : null,
        };
        return review;
    }

    /// <summary>Moves the target completion date later, for a recorded reason (SM14 14.4.33).</summary>
    public Result AgreeExtension(Actor actor, DateOnly newTarget, string reason, IClock clock)
    {
        var allowed = RequireKeeper(actor, "agree a review extension");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (IsComplete)
        {
            return Completed();
        }
        var invalid = Inputs.FirstOf(
            Inputs.RequiredText(reason, "reason"),
            TargetCompletionDate is { } current && newTarget <= current
                ? new DomainError(ErrorCodes.DateOutOfRange, $"An extension moves the target later than {current:yyyy-MM-dd}.", "newTarget")
                : Inputs.NotBefore(newTarget, DecisionDate, "newTarget", "the decision date"));
        if (invalid is not null)
        {
            return invalid;
        }
        _extensions.Add(new TimescaleExtension(TargetCompletionDate, newTarget, reason.Trim(), clock.Now, actor.UserId));
        TargetCompletionDate = newTarget;
        Touch();
        return Result.Success();
    }

    /// <summary>
    /// Records completion. The CCG's own IMR or HOR is complete only once forwarded to the LSCB
    /// (DOR 4.15).
    /// </summary>
    public Result Complete(Actor actor, DateOnly completedOn, IClock clock)
    {
        var allowed = RequireKeeper(actor, "complete a review");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        if (IsComplete)
        {
            return Completed();
        }
        if (IsCcgAuthored && SignOff != SignOffStatus.ForwardedToLscb)
        {
            return new DomainError(ReviewErrorCodes.NotSignedOff, "The CCG's IMR or HOR is complete only once signed off and forwarded to the LSCB (DOR 4.15).");
        }
        var invalid = Inputs.FirstOf(
            Inputs.NotInFuture(completedOn, clock, "completedOn"),
            Inputs.NotBefore(completedOn, DecisionDate, "completedOn", "the decision date"));
        if (invalid is not null)
        {
            return invalid;
        }
        CompletedOn = completedOn;
        Touch();
        return Result.Success();
    }

    /// <summary>Past its target completion date and not complete (REVIEW_TIMESCALE_BREACHED).</summary>
    public bool IsTimescaleBreachedOn(DateOnly asOf) => !IsComplete && TargetCompletionDate is { } target && target < asOf;

    /// <summary>Records Ofsted's or the CQC's evaluation with its grade (DOR 4.5, 12.1); one per evaluator.</summary>
    public Result RecordEvaluation(Actor actor, Evaluator evaluator, QualityGrade grade, DateOnly evaluatedOn, string summary, IClock clock)
    {
        var allowed = RequireKeeper(actor, "record an external evaluation");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        var invalid = Inputs.FirstOf(
            Enum.IsDefined(evaluator) ? null : DomainError.Validation($"Unknown evaluator {evaluator}.", "evaluator"),
            Enum.IsDefined(grade) ? null : DomainError.Validation($"Unknown quality grade {grade}.", "grade"),
            EvaluationApplies(evaluator),
            _evaluations.Exists(e => e.Evaluator == evaluator)
                ? new DomainError(ErrorCodes.Duplicate, $"{evaluator.ToCode()} has already evaluated this review.", "evaluator")
                : null,
            Inputs.RequiredText(summary, "summary"),
            Inputs.NotInFuture(evaluatedOn, clock, "evaluatedOn"),
            Inputs.NotBefore(evaluatedOn, DecisionDate, "evaluatedOn", "the decision date"));
        if (invalid is not null)
        {
            return invalid;
        }
        _evaluations.Add(new ExternalEvaluation(evaluator, grade, evaluatedOn, summary.Trim(), clock.Now, actor.UserId));
        Touch();
        return Result.Success();
    }

    public static string NormaliseCaseReference(string caseReference) => caseReference.Trim().ToUpperInvariant();

    public bool IsOnCase(string caseReference) => CaseReference == NormaliseCaseReference(caseReference);

    public static bool IsCcgAuthoredKind(ReviewKind kind) => kind is ReviewKind.CcgPrimaryCareImr or ReviewKind.HealthOverviewReport;

    public static AuthorRole? AuthorRoleFor(ReviewKind kind) => kind switch
    {
        ReviewKind.ProviderImr or ReviewKind.CcgPrimaryCareImr => Reviews.AuthorRole.ImrAuthor,
        ReviewKind.HealthOverviewReport => Reviews.AuthorRole.HorAuthor,
        ReviewKind.ScrOverviewReport => Reviews.AuthorRole.OverviewAuthor,
        _ => null,
    };

    /// <summary>Ofsted does not scrutinise a Serious Case Audit (DOR 4.4); the CQC evaluates IMRs (DOR 12.1), of which the HOR is the commissioning one.</summary>
    private DomainError? EvaluationApplies(Evaluator evaluator) => (evaluator, Kind) switch
    {
        (Evaluator.Ofsted, ReviewKind.SeriousCaseAudit) =>
            new DomainError(ReviewErrorCodes.EvaluationNotApplicable, "A Serious Case Audit is not subject to scrutiny by Ofsted (DOR 4.4).", "evaluator"),
        (Evaluator.CareQualityCommission, not (ReviewKind.ProviderImr or ReviewKind.CcgPrimaryCareImr or ReviewKind.HealthOverviewReport)) =>
            new DomainError(ReviewErrorCodes.EvaluationNotApplicable, "The Care Quality Commission evaluates IMRs only (DOR 12.1).", "evaluator"),
        _ => null,
    };

    private static Result RequireKeeper(Actor actor, string action) =>
        actor.Require(action, Role.QualityTeam, Role.DesignatedNurse, Role.Director);

    private static DomainError Completed() =>
        new(ReviewErrorCodes.ReviewCompleted, "The review is complete and can no longer change.");
}
