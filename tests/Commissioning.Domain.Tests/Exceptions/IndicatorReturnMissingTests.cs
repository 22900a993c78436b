using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

public class IndicatorReturnMissingTests
{
    private const ExceptionCode Code = ExceptionCode.IndicatorReturnMissing;

    private static ExceptionSnapshot With(Domain.Contracts.Contract contract, params IndicatorReturn[] returns) =>
        new() { Providers = [Poole], Contracts = [contract], IndicatorReturns = returns };

    [Fact]
    public void Arises_the_day_after_the_quarters_due_day()
    {
        // The contract starts in Q1, which ends 30 Jun: its return is due by 15 Jul.
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));

        Assert.Empty(Run(Code, With(contract), D(2025, 7, 15)));
        var line = Single(Run(Code, With(contract), D(2025, 7, 16)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Section11Schedule, schedule.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("2025/26-Q1 indicator return", line.Message);
        Assert.Contains("CCG-2025-017", line.Message);
        Assert.Contains("15 Jul 2025", line.Message);
    }

    [Fact]
    public void A_submitted_return_clears_its_quarter_only()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var q1 = Return(schedule, Q1, D(2025, 7, 10), true, (IndicatorCatalogue.TrainingLevel1, 97m));

        var line = Single(Run(Code, With(contract, q1), D(2025, 11, 12)));

        Assert.Contains("2025/26-Q2", line.Message);
        Assert.Equal(D(2025, 10, 16), line.AroseOn);
    }

    [Fact]
    public void A_return_not_submitted_by_the_as_of_date_is_missing()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var draft = Return(schedule, Q1, D(2025, 7, 10), false, (IndicatorCatalogue.TrainingLevel1, 97m));
        var late = Return(schedule, Q1, D(2025, 7, 20), true, (IndicatorCatalogue.TrainingLevel1, 97m));

        Assert.Single(Run(Code, With(contract, draft), D(2025, 7, 16)));
        Assert.Single(Run(Code, With(contract, late), D(2025, 7, 19)));
        Assert.Empty(Run(Code, With(contract, late), D(2025, 7, 20)));
    }

    [Fact]
    public void Only_quarters_of_the_contract_owe_a_return()
    {
        var (contract, _) = CompleteContract(Poole, D(2025, 7, 1), end: D(2025, 9, 30));

        var line = Single(Run(Code, With(contract), D(2026, 2, 1)));

        Assert.Contains("2025/26-Q2", line.Message);
    }

    [Fact]
    public void A_schedule_without_indicators_has_nothing_to_return()
    {
        var contract = Contract(Poole, D(2025, 4, 1));
        contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Poole, Actors.QualityTeam).AsResult().AssertOk();

        Assert.Empty(Run(Code, With(contract), D(2025, 11, 12)));
    }

    [Fact]
    public void The_due_day_is_configuration()
    {
        var (contract, _) = CompleteContract(Poole, D(2025, 4, 1));
        var options = new CommissioningOptions { IndicatorReturnDueDaysAfterQuarterEnd = 0 };

        Assert.Empty(Run(Code, With(contract), D(2025, 6, 30), options));
        Assert.Equal(D(2025, 7, 1), Single(Run(Code, With(contract), D(2025, 7, 1), options)).AroseOn);
    }
}
