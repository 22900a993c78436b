namespace Commissioning.Domain.Common;

/// <summary>
/// Every number the seed policies leave to local agreement. DOMAIN.md requires each default it
/// names to be configuration, never a constant in code, so rules read them from here.
/// Bound from the configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class CommissioningOptions
{
    public const string SectionName = "Commissioning";

    /// <summary>A quarterly progress update is due this many days after its quarter ends (DOR 4.18; default 15).</summary>
    public int UpdateDueDaysAfterQuarterEnd { get; set; } = 15;

    /// <summary>An indicator return is due this many days after its quarter ends (default 15).</summary>
    public int IndicatorReturnDueDaysAfterQuarterEnd { get; set; } = 15;

    /// <summary>The Designated Nurse scrutinises a submitted plan or update within this many working days (DOR 4.17; default 20).</summary>
    public int ScrutinyServiceLevelWorkingDays { get; set; } = 20;

    /// <summary>A plan sent back for revision is resubmitted within this many working days (default 20).</summary>
    public int RevisionResubmissionWorkingDays { get; set; } = 20;

    /// <summary>An accepted plan reaches the LSCB(s) within this many working days (DOR 4.19; default 20).</summary>
    public int LscbSubmissionWorkingDays { get; set; } = 20;

    /// <summary>A Serious Case Review completes within this many months of the decision (SM14 14.4.33; default 4).</summary>
    public int ScrCompletionMonths { get; set; } = 4;

    /// <summary>The audit schedule plans this many months ahead (DOR 4.1 part 2; default 12).</summary>
    public int AuditScheduleHorizonMonths { get; set; } = 12;

    /// <summary>Amber band given to a new indicator that names none: percentage points, or units of a count.</summary>
    public decimal AmberTolerance { get; set; } = 5m;

    /// <summary>
    /// Locally agreed target per indicator code (see <c>IndicatorCatalogue</c>); the seeds set
    /// none (domain-reference §3.3), so these are starting points for a contract to adjust.
    /// </summary>
    public Dictionary<string, decimal> IndicatorTargets { get; set; } = DefaultIndicatorTargets();

    /// <summary>
    /// Severity per exception code. Keys are the codes in DOMAIN.md "Exception reporting";
    /// configuration can override any of them or add new ones.
    /// </summary>
    public Dictionary<string, Severity> ExceptionSeverities { get; set; } = DefaultExceptionSeverities();

    /// <summary>Days that are not working days besides weekends (England and Wales bank holidays).</summary>
    public List<DateOnly> BankHolidays { get; set; } = [];

    /// <summary>The configured severity for <paramref name="exceptionCode"/>; MEDIUM for a code nobody configured.</summary>
    public Severity SeverityOf(string exceptionCode) =>
        ExceptionSeverities.TryGetValue(exceptionCode, out var severity) ? severity : Severity.Medium;

    /// <summary>The problems in these settings, so a host can refuse to start with nonsense.</summary>
    public IReadOnlyList<DomainError> Validate()
    {
        var errors = new List<DomainError>();
        void NotNegative(int value, string name)
        {
            if (value < 0)
            {
                errors.Add(DomainError.Validation($"{name} cannot be negative.", name));
            }
        }
        void Positive(int value, string name)
        {
            if (value <= 0)
            {
                errors.Add(DomainError.Validation($"{name} must be at least 1.", name));
            }
        }
        NotNegative(UpdateDueDaysAfterQuarterEnd, nameof(UpdateDueDaysAfterQuarterEnd));
        NotNegative(IndicatorReturnDueDaysAfterQuarterEnd, nameof(IndicatorReturnDueDaysAfterQuarterEnd));
        Positive(ScrutinyServiceLevelWorkingDays, nameof(ScrutinyServiceLevelWorkingDays));
        Positive(RevisionResubmissionWorkingDays, nameof(RevisionResubmissionWorkingDays));
        Positive(LscbSubmissionWorkingDays, nameof(LscbSubmissionWorkingDays));
        Positive(ScrCompletionMonths, nameof(ScrCompletionMonths));
        Positive(AuditScheduleHorizonMonths, nameof(AuditScheduleHorizonMonths));
        if (AmberTolerance < 0)
        {
            errors.Add(DomainError.Validation("AmberTolerance cannot be negative.", nameof(AmberTolerance)));
        }
        return errors;
    }

    /// <summary>
    /// Defaults: full coverage for vetting, where one unchecked person is one too many; 95% for
    /// training and supervision, which staff turnover keeps below 100%.
    /// </summary>
    public static Dictionary<string, decimal> DefaultIndicatorTargets() => new(StringComparer.Ordinal)
    {
        ["TRAINING_L1"] = 95m,
        ["TRAINING_L2"] = 95m,
        ["TRAINING_L3"] = 95m,
        ["TRAINING_L4_5"] = 100m,
        ["REFRESHER_3Y"] = 95m,
        ["NEW_STARTER_L1_6M"] = 95m,
        ["ENHANCED_CRB"] = 100m,
        ["TWO_REFERENCES"] = 100m,
        ["CP_SUPERVISION"] = 95m,
        ["POLICY_IN_DATE"] = 1m,
    };

    /// <summary>
    /// Defaults: HIGH where a child-safety duty or a statutory timescale is already broken,
    /// MEDIUM where monitoring is late, LOW where only paperwork is missing.
    /// </summary>
    public static Dictionary<string, Severity> DefaultExceptionSeverities() => new(StringComparer.Ordinal)
    {
        ["OVERDUE_ACTION"] = Severity.High,
        ["MISSING_QUARTERLY_UPDATE"] = Severity.Medium,
        ["NO_ACCOUNTABLE_MANAGER"] = Severity.High,
        ["SCRUTINY_OVERDUE"] = Severity.Medium,
        ["REVISION_NOT_RESUBMITTED"] = Severity.Medium,
        ["NOT_SUBMITTED_TO_LSCB"] = Severity.Medium,
        ["INDICATOR_RED"] = Severity.High,
        ["INDICATOR_RETURN_MISSING"] = Severity.Medium,
        ["AUDIT_OVERDUE"] = Severity.Medium,
        ["MANDATED_AUDIT_NOT_SCHEDULED"] = Severity.Low,
        ["LIMITED_ASSURANCE_WITHOUT_PLAN"] = Severity.High,
        ["SCHEDULE_INCOMPLETE"] = Severity.Low,
        ["REVIEW_TIMESCALE_BREACHED"] = Severity.High,
        ["AUTHOR_CONFLICT"] = Severity.High,
    };
}
