namespace Commissioning.Domain.Reviews;

/// <summary>Error codes particular to reviews; AUTHOR_CONFLICT and the general ones live in ErrorCodes.</summary>
public static class ReviewErrorCodes
{
    /// <summary>The sign-off chain applies only to the CCG's own IMR and HOR (DOR 4.15).</summary>
    public const string NotCcgAuthored = "NOT_CCG_AUTHORED";

    /// <summary>Forwarding to the LSCB before the Chief Executive signed off (DOR 4.15).</summary>
    public const string NotSignedOff = "NOT_SIGNED_OFF";

    /// <summary>Forwarding without the agreed action plans (DOR 4.15).</summary>
    public const string NoActionPlans = "NO_ACTION_PLANS";

    /// <summary>An author must be independent of the case (SM14 14.4.40).</summary>
    public const string AuthorNotIndependent = "AUTHOR_NOT_INDEPENDENT";

    /// <summary>This kind of review has no author of its own in this model (an SCR, an audit).</summary>
    public const string NoAuthorRole = "NO_AUTHOR_ROLE";

    public const string ReviewCompleted = "REVIEW_COMPLETED";

    /// <summary>Ofsted does not scrutinise a Serious Case Audit (DOR 4.4); the CQC evaluates IMRs only (DOR 12.1).</summary>
    public const string EvaluationNotApplicable = "EVALUATION_NOT_APPLICABLE";
}
