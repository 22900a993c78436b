using Commissioning.Api.Data;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// Providers with a live contract and a Section 11 schedule, built through the domain on a fixed day
/// (12 Nov 2025, in 2025/26-Q3): no indicator return has been made, so every closed quarter of the
/// contract (Q1 and Q2 of 2025/26) raises INDICATOR_RETURN_MISSING.
/// </summary>
internal static class ReportingSeed
{
    public static readonly FixedClock Clock = new(new DateTimeOffset(2025, 11, 12, 10, 0, 0, TimeSpan.Zero));
    public static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);
    public static readonly Actor Nurse = new("dnc", "Dana Nurse", Role.DesignatedNurse);
    public static readonly Actor Director = new("dir", "Drew Director", Role.Director);
    public static readonly FinancialQuarter Q1 = FinancialQuarter.Parse("2025/26-Q1");
    public static readonly FinancialQuarter Q2 = FinancialQuarter.Parse("2025/26-Q2");
    private static readonly CommissioningOptions Options = new();

    public static Actor StaffOf(Guid providerId) => new("staff-" + providerId.ToString("N")[..6], "Pat Provider", Role.Provider, providerId);

    public static Lscb AddLscb(CommissioningDbContext db)
    {
        var lscb = Ok(Lscb.Create(Guid.NewGuid(), "Dorset LSCB", "Dorset", QualityTeam));
        db.Add(lscb);
        return lscb;
    }

    /// <summary>A provider of <paramref name="lscb"/> with a contract from April 2025 and a schedule with the default indicators.</summary>
    public static (Provider Provider, Section11Schedule Schedule) AddProvider(CommissioningDbContext db, Lscb lscb, int number)
    {
        var provider = Ok(Provider.Register(Guid.NewGuid(), $"Provider {number:D3}", ProviderType.NhsTrust, $"R{number:D3}", _ => false, QualityTeam));
        Ok(provider.JoinLscb(lscb.Id, QualityTeam));
        var contract = Ok(Contract.Create(Guid.NewGuid(), provider, $"CCG-{number:D3}", "Community paediatrics",
            new DateOnly(2025, 4, 1), new DateOnly(2028, 3, 31), "Jo Lead", QualityTeam));
        var schedule = Ok(contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, QualityTeam));
        Ok(schedule.AddDefaultIndicators(Options, QualityTeam));
        var staff = StaffOf(provider.Id);
        Ok(schedule.SelfAssess(schedule.Assessments[0].DutyId, ComplianceRating.Met, "Policy in date", staff, Clock));
        Ok(schedule.SelfAssess(schedule.Assessments[1].DutyId, ComplianceRating.NotMet, "No supervision policy", staff, Clock));
        Ok(schedule.EstablishAuditSchedule(new DateOnly(2025, 4, 1), Options, QualityTeam));
        var issue = Ok(schedule.AddMandatedIssue(Guid.NewGuid(), "Safer recruitment", "DBS checks for new starters", QualityTeam));
        var audit = Ok(schedule.PlanAudit(Guid.NewGuid(), "DBS sample audit", issue.Id, Q2, Q2.End, staff));
        Ok(schedule.StartAudit(audit.Id, staff));
        Ok(schedule.ReportAudit(audit.Id, AssuranceLevel.Significant, "Two files lacked a second reference", staff, Clock));
        Ok(schedule.SetActionPlanCopying(true, true, "Deputy Director of Quality", QualityTeam, Clock));
        db.AddRange(provider, contract);
        return (provider, schedule);
    }

    /// <summary>A submitted return for <paramref name="quarter"/> whose first indicator meets its target.</summary>
    public static IndicatorReturn SubmittedReturn(Section11Schedule schedule, FinancialQuarter quarter)
    {
        var staff = StaffOf(schedule.ProviderId);
        var result = Ok(IndicatorReturn.Start(Guid.NewGuid(), schedule, quarter, false, staff, Clock));
        var indicator = schedule.Indicators[0];
        var meets = indicator.Unit == IndicatorUnit.Boolean
            ? 1m
            : indicator.Direction == IndicatorDirection.HigherIsBetter ? (indicator.Unit == IndicatorUnit.Percent ? 100m : 1_000_000m) : 0m;
        Ok(result.RecordValue(indicator, meets, null, staff));
        Ok(result.Submit(staff, Clock));
        return result;
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.ToString());
    }
}
