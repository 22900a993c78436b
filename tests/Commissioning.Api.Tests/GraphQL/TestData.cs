using Commissioning.Api.Data;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>Test data made through the domain's own operations, so stored rows are ones the rules allow.</summary>
internal static class TestData
{
    public static readonly Actor Quality = new("quality-1", "Quality Lead", Role.QualityTeam);
    public static readonly FixedClock Clock = new(2025, 11, 20);
    public static readonly CommissioningOptions Options = new();
    public static readonly FinancialQuarter ReturnQuarter = new(2025, 1);

    public static string ProviderName(int n) => $"Provider {n:D3}";

    public static string OdsCode(int n) => $"P{n:D3}";

    public static Lscb AddLscb(CommissioningDbContext db, string name, string area)
    {
        var lscb = Ok(Lscb.Create(Guid.NewGuid(), name, area, Quality));
        db.Lscbs.Add(lscb);
        return lscb;
    }

    /// <summary>
    /// Provider <paramref name="n"/> with a contract and a complete schedule: duty S11-01 self-assessed and
    /// moderated, default indicators, a submitted return (first value on target, second not reported),
    /// and an audit of a mandated issue reported with limited assurance.
    /// </summary>
    public static Provider AddProvider(CommissioningDbContext db, int n, ProviderType type, params Lscb[] lscbs)
    {
        var provider = Ok(Provider.Register(Guid.NewGuid(), ProviderName(n), type, OdsCode(n), _ => false, Quality));
        foreach (var lscb in lscbs) Ok(provider.JoinLscb(lscb.Id, Quality));
        var staff = new Actor($"staff-{n}", $"Staff {n}", Role.Provider, provider.Id);

        var contract = Ok(Contract.Create(Guid.NewGuid(), provider, $"C-{n:D3}", "Community health services",
            new DateOnly(2025, 4, 1), new DateOnly(2027, 3, 31), "Jo Lead", Quality));
        var schedule = Ok(contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, provider, Quality));
        Ok(schedule.AddDefaultIndicators(Options, Quality));
        Ok(schedule.EstablishAuditSchedule(new DateOnly(2025, 4, 1), Options, Quality));
        Ok(schedule.SetActionPlanCopying(true, true, "quality@commissioner.example", Quality, Clock));
        Ok(schedule.SelfAssess("S11-01", ComplianceRating.Met, "Board-approved policy.", staff, Clock));
        Ok(schedule.Moderate("S11-01", ModerationOutcome.Agree, "Seen the minutes.", Quality, Clock));
        var issue = Ok(schedule.AddMandatedIssue(Guid.NewGuid(), "Allegations against staff", null, Quality));
        var audit = Ok(schedule.PlanAudit(Guid.NewGuid(), "Managing allegations", issue.Id, new FinancialQuarter(2025, 2), new DateOnly(2025, 9, 30), Quality));
        Ok(schedule.StartAudit(audit.Id, Quality));
        Ok(schedule.ReportAudit(audit.Id, AssuranceLevel.Limited, "Two cases without a strategy meeting.", Quality, Clock));

        var indicatorReturn = Ok(IndicatorReturn.Start(Guid.NewGuid(), schedule, ReturnQuarter, false, staff, Clock));
        Ok(indicatorReturn.RecordValue(schedule, schedule.Indicators[0].Code, schedule.Indicators[0].Target, null, staff));
        Ok(indicatorReturn.RecordValue(schedule, schedule.Indicators[1].Code, null, "System outage.", staff));
        Ok(indicatorReturn.Submit(staff, Clock));

        db.Providers.Add(provider);
        db.Contracts.Add(contract);
        db.IndicatorReturns.Add(indicatorReturn);
        return provider;
    }

    private static T Ok<T>(Result<T> result) => result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());

    private static void Ok(Result result)
    {
        if (result.IsFailure) throw new InvalidOperationException(result.Error!.ToString());
    }
}
