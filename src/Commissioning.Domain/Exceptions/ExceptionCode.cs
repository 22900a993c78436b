namespace Commissioning.Domain.Exceptions;

/// <summary>
/// What the CCG reports to the LSCB "on an exception basis" (DOR 4.19); one member per row of
/// DOMAIN.md's exception table. <see cref="EnumCodes.ToCode{TEnum}"/> gives the SCREAMING_CASE
/// code, which is also the key of <c>CommissioningOptions.ExceptionSeverities</c>.
/// </summary>
public enum ExceptionCode
{
    OverdueAction,
    MissingQuarterlyUpdate,
    NoAccountableManager,
    ScrutinyOverdue,
    RevisionNotResubmitted,
    NotSubmittedToLscb,
    IndicatorRed,
    IndicatorReturnMissing,
    AuditOverdue,
    MandatedAuditNotScheduled,
    LimitedAssuranceWithoutPlan,
    ScheduleIncomplete,
    ReviewTimescaleBreached,
    AuthorConflict,
}

public static class ExceptionCodes
{
    /// <summary>The configured severity of <paramref name="code"/> (severity is configuration, DOMAIN.md).</summary>
    public static Common.Severity SeverityIn(this ExceptionCode code, Common.CommissioningOptions options) =>
        options.SeverityOf(code.ToCode());
}
