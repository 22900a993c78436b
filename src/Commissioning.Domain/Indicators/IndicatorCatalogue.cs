using Commissioning.Domain.Common;

namespace Commissioning.Domain.Indicators;

/// <summary>
/// The default quantitative indicators for part 1 of a schedule (DOMAIN.md; domain-reference
/// §3.2). The seeds give no targets (§3.3), so targets come from
/// <see cref="CommissioningOptions.IndicatorTargets"/>.
/// </summary>
public static class IndicatorCatalogue
{
    public const string TrainingLevel1 = "TRAINING_L1";
    public const string TrainingLevel2 = "TRAINING_L2";
    public const string TrainingLevel3 = "TRAINING_L3";
    public const string TrainingLevel4To5 = "TRAINING_L4_5";
    public const string RefresherWithin3Years = "REFRESHER_3Y";
    public const string NewStartersLevel1Within6Months = "NEW_STARTER_L1_6M";
    public const string EnhancedCriminalRecordChecks = "ENHANCED_CRB";
    public const string TwoReferencesVerified = "TWO_REFERENCES";
    public const string StaffInSupervision = "CP_SUPERVISION";
    public const string SafeguardingPolicyInDate = "POLICY_IN_DATE";

    public static IReadOnlyList<IndicatorDefinition> Default { get; } =
    [
        Percent(TrainingLevel1, "Staff trained to intercollegiate level 1", "DOR 10"),
        Percent(TrainingLevel2, "Staff trained to intercollegiate level 2", "DOR 10"),
        Percent(TrainingLevel3, "Staff trained to intercollegiate level 3", "DOR 10"),
        Percent(TrainingLevel4To5, "Named and designated professionals trained to levels 4-5", "DOR 10"),
        Percent(RefresherWithin3Years, "Staff with refresher training within 3 years", "LUT-VS 4.5; LUT-TLS 8a"),
        Percent(NewStartersLevel1Within6Months, "New starters trained to level 1 within 6 months", "BED-TS 4.1"),
        Percent(EnhancedCriminalRecordChecks, "Enhanced criminal-record checks complete for staff working with children", "SM14 14.7.17"),
        Percent(TwoReferencesVerified, "Staff with two references received and verbally checked", "LUT-VS 3.4"),
        Percent(StaffInSupervision, "Staff in child-protection supervision", "SM14 14.7.37"),
        new(SafeguardingPolicyInDate, "Safeguarding children policy in date", IndicatorUnit.Boolean, IndicatorDirection.HigherIsBetter, "LUT-VS 1.1"),
    ];

    public static IndicatorDefinition? Find(string code) => Default.FirstOrDefault(d => d.Code == code);

    /// <summary>Target for <paramref name="code"/> from configuration; a yes/no indicator without one targets "yes".</summary>
    public static decimal TargetFor(IndicatorDefinition definition, CommissioningOptions options) =>
        options.IndicatorTargets.TryGetValue(definition.Code, out var target)
            ? target
            : definition.Unit == IndicatorUnit.Boolean ? 1m : definition.Direction == IndicatorDirection.HigherIsBetter ? 100m : 0m;

    private static IndicatorDefinition Percent(string code, string name, string citation) =>
        new(code, name, IndicatorUnit.Percent, IndicatorDirection.HigherIsBetter, citation);
}
