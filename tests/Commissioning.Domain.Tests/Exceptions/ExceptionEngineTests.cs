using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

public class ExceptionEngineTests
{
    private static readonly ExceptionSnapshot Scenario = ExceptionScenario.Build();

    [Fact]
    public void Has_one_detector_per_code()
    {
        Assert.Equal(Enum.GetValues<ExceptionCode>(), ExceptionEngine.DefaultDetectors.Select(d => d.Code));
    }

    [Fact]
    public void The_scenario_raises_every_code()
    {
        var lines = Run(Scenario, ExceptionScenario.AsOf);

        Assert.Equal(Enum.GetValues<ExceptionCode>().Order(), lines.Select(l => l.Code).Distinct().Order());
        Assert.All(lines, l => Assert.Equal(ExceptionScenario.AsOf.DayNumber - l.AroseOn.DayNumber, l.DaysOutstanding));
    }

    [Fact]
    public void Severity_is_configured_per_code()
    {
        var options = new CommissioningOptions();
        options.ExceptionSeverities["OVERDUE_ACTION"] = Severity.Low;
        options.ExceptionSeverities.Remove("AUDIT_OVERDUE");

        var lines = Run(Scenario, ExceptionScenario.AsOf, options);

        Assert.All(lines.Where(l => l.Code == ExceptionCode.OverdueAction), l => Assert.Equal(Severity.Low, l.Severity));
        Assert.All(lines.Where(l => l.Code == ExceptionCode.AuditOverdue), l => Assert.Equal(Severity.Medium, l.Severity));
        Assert.All(lines.Where(l => l.Code == ExceptionCode.IndicatorRed), l => Assert.Equal(Severity.High, l.Severity));
    }

    [Fact]
    public void The_provider_filter_keeps_that_providers_exceptions_only()
    {
        var all = Run(Scenario, ExceptionScenario.AsOf);
        var dorset = Run(Scenario, ExceptionScenario.AsOf, providerId: Dorset.Id);

        Assert.NotEmpty(dorset);
        Assert.All(dorset, l => Assert.Equal(Dorset.Id, l.ProviderId));
        Assert.Equal(all.Where(l => l.ProviderId == Dorset.Id), dorset);
        // The late SCR is about no provider: in the whole report, in no provider's.
        Assert.Contains(all, l => l.ProviderId is null);
        Assert.DoesNotContain(Run(Scenario, ExceptionScenario.AsOf, providerId: Poole.Id), l => l.ProviderId is null);
    }

    [Fact]
    public void The_quarter_filter_keeps_what_belongs_to_the_quarter_or_was_carried_into_it()
    {
        // Raised in Q2; its action fell due on 30 Sep; no update for Q2 or Q3 by 20 Jan.
        var plan = SubmittedPlan(D(2025, 8, 5), actionDue: D(2025, 9, 30));
        Scrutinise(plan, Domain.ActionPlans.ScrutinyOutcome.Accepted, D(2025, 8, 6));
        Ok(plan.SubmitToLscb(People.ProviderStaff, plan.LscbIds, At(2025, 8, 7)));
        // A second plan whose action falls due in Q4.
        var later = SubmittedPlan(D(2025, 8, 5), actionDue: D(2026, 1, 10));
        Scrutinise(later, Domain.ActionPlans.ScrutinyOutcome.Accepted, D(2025, 8, 6));
        Ok(later.SubmitToLscb(People.ProviderStaff, later.LscbIds, At(2025, 8, 7)));
        Update(later, Q2, D(2025, 10, 1));
        Update(later, Q3, D(2026, 1, 2));
        var snapshot = Plans(plan, later);
        var asOf = D(2026, 1, 20);

        string Describe(ExceptionLine l) => $"{l.Code}@{l.AroseOn:yyyy-MM-dd}";
        IEnumerable<string> Codes(FinancialQuarter? q) =>
            Run(snapshot, asOf, quarter: q).Where(l => l.Code is ExceptionCode.OverdueAction or ExceptionCode.MissingQuarterlyUpdate).Select(Describe).Order();

        Assert.Empty(Codes(Q1));
        // The Q2 update belongs to Q2 although it only became late in Q3.
        Assert.Equal(["MissingQuarterlyUpdate@2025-10-16"], Codes(Q2));
        Assert.Equal(["MissingQuarterlyUpdate@2025-10-16", "MissingQuarterlyUpdate@2026-01-16", "OverdueAction@2025-10-01"], Codes(Q3));
        Assert.Equal(Codes(Q3).Append("OverdueAction@2026-01-11").Order(), Codes(Q3.Next()));
        Assert.Equal(Codes(null), Codes(Q3.Next()));
    }

    [Fact]
    public void Most_severe_first_then_oldest_then_provider_by_name()
    {
        var lines = Run(Scenario, ExceptionScenario.AsOf);

        Assert.Equal(lines.OrderByDescending(l => l.Severity).ThenBy(l => l.AroseOn), lines);
        // Every plan's Q2 update became late on 16 Oct: among those, Dorset HealthCare sorts
        // before Poole Hospital, and one provider's plans by subject.
        var sameDay = Run(Scenario, D(2025, 10, 16)).Where(l => l.Code == ExceptionCode.MissingQuarterlyUpdate).ToList();
        Assert.Equal(Dorset.Id, sameDay[0].ProviderId);
        Assert.Equal(4, sameDay.Count(l => l.ProviderId == Poole.Id));
        Assert.Equal(sameDay.Skip(1).OrderBy(l => l.SubjectId), sameDay.Skip(1));
    }

    [Fact]
    public void Provider_names_order_lines_that_tie_on_severity_and_date()
    {
        var poole = new ExceptionLine(ExceptionCode.OverdueAction, Severity.High, Poole.Id, "PlanAction", Guid.NewGuid(), "P", D(2025, 10, 1), 5);
        var dorset = poole with { ProviderId = Dorset.Id, Message = "D" };
        var noProvider = poole with { ProviderId = null, Code = ExceptionCode.ReviewTimescaleBreached, SubjectType = "Review" };
        var older = poole with { AroseOn = D(2025, 9, 1), Severity = Severity.Low };
        var names = new Dictionary<Guid, string> { [Poole.Id] = Poole.Name, [Dorset.Id] = Dorset.Name };

        var ordered = ExceptionEngine.Order([noProvider, older, poole, dorset], id => id is { } k ? names[k] : null);

        Assert.Equal([dorset, poole, noProvider, older], ordered);
    }

    [Fact]
    public void The_order_does_not_depend_on_the_order_records_were_loaded()
    {
        var reversed = new ExceptionSnapshot
        {
            Providers = Scenario.Providers.Reverse().ToList(),
            Contracts = Scenario.Contracts.Reverse().ToList(),
            IndicatorReturns = Scenario.IndicatorReturns,
            ActionPlans = Scenario.ActionPlans.Reverse().ToList(),
            Reviews = Scenario.Reviews.Reverse().ToList(),
        };

        Assert.Equal(Run(Scenario, ExceptionScenario.AsOf), Run(reversed, ExceptionScenario.AsOf));
    }

    [Fact]
    public void Nothing_is_reported_before_any_record_exists()
    {
        Assert.Empty(Run(Scenario, D(2025, 3, 31)));
    }
}
