namespace Commissioning.Domain.Common;

/// <summary>
/// Stable codes carried by <see cref="DomainError"/>. Clients switch on these, so a code is
/// never renamed once published; add new ones instead.
/// </summary>
public static partial class ErrorCodes
{
    public const string ValidationFailed = "VALIDATION_FAILED";
    public const string NotFound = "NOT_FOUND";
    public const string InvalidStateTransition = "INVALID_STATE_TRANSITION";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string Forbidden = "FORBIDDEN";
    public const string Duplicate = "DUPLICATE";
    public const string InvalidFinancialQuarter = "INVALID_FINANCIAL_QUARTER";
    public const string DateOutOfRange = "DATE_OUT_OF_RANGE";
    public const string DateInFuture = "DATE_IN_FUTURE";

    // Action plans and reviews (DOR 4.9, 4.10, 4.15).
    public const string NoAccountableManager = "NO_ACCOUNTABLE_MANAGER";
    public const string NoActions = "NO_ACTIONS";
    public const string AuthorConflict = "AUTHOR_CONFLICT";

    // Organisations, contracts and the Section 11 schedule (DOR 4.1, App.1).
    public const string InvalidOdsCode = "INVALID_ODS_CODE";
    public const string ScheduleAlreadyAttached = "SCHEDULE_ALREADY_ATTACHED";
    public const string UnknownDuty = "UNKNOWN_DUTY";
    public const string UnknownIndicator = "UNKNOWN_INDICATOR";
    public const string ReturnAlreadySubmitted = "RETURN_ALREADY_SUBMITTED";
    public const string QuarterNotOpen = "QUARTER_NOT_OPEN";
    public const string UnknownMandatedIssue = "UNKNOWN_MANDATED_ISSUE";
}
