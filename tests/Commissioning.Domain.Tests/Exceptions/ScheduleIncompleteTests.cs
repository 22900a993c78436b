using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Schedules;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.1: every contract carries a Section 11 schedule in three parts.</summary>
public class ScheduleIncompleteTests
{
    private const ExceptionCode Code = ExceptionCode.ScheduleIncomplete;

    [Fact]
    public void A_live_contract_without_a_schedule_is_an_exception_from_its_start()
    {
        var contract = Contract(Poole, D(2025, 4, 1));

        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 3, 31)));
        var line = Single(Run(Code, WithContracts(contract), D(2025, 4, 1)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.Contract, contract.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("CCG-2025-017", line.Message);
        Assert.Contains("no Section 11 safeguarding schedule", line.Message);
    }

    [Fact]
    public void A_schedule_missing_parts_names_them()
    {
        var contract = Contract(Poole, D(2025, 4, 1));
        var schedule = contract.AttachSchedule(Guid.NewGuid(), DutyFramework.Section11, Poole, Actors.QualityTeam).Value;
        Ok(schedule.AddDefaultIndicators(new Domain.Common.CommissioningOptions(), Actors.QualityTeam));
        Ok(schedule.SetActionPlanCopying(true, false, "Deputy Director of Quality", Actors.QualityTeam, At(2025, 4, 1)));

        var message = Single(Run(Code, WithContracts(contract), D(2025, 11, 12))).Message;

        Assert.DoesNotContain("part 1", message);
        Assert.Contains("part 2 (the audit schedule)", message);
        Assert.Contains("part 3", message);
    }

    [Fact]
    public void A_complete_schedule_is_not_an_exception()
    {
        Assert.Empty(Run(Code, WithContracts(CompleteContract(Poole, D(2025, 4, 1)).Contract), D(2025, 11, 12)));
    }

    [Fact]
    public void A_schedule_loaded_both_with_its_contract_and_on_its_own_counts_once()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var snapshot = new ExceptionSnapshot { Providers = [Poole], Contracts = [contract], Schedules = [schedule] };

        Assert.Single(Run(ExceptionCode.IndicatorReturnMissing, snapshot, D(2025, 7, 16)));
        Assert.Empty(Run(Code, snapshot, D(2025, 7, 16)));
    }

    [Fact]
    public void Contracts_not_live_on_the_as_of_date_are_ignored()
    {
        var contract = Contract(Poole, D(2025, 4, 1), end: D(2025, 9, 30));

        Assert.Single(Run(Code, WithContracts(contract), D(2025, 9, 30)));
        Assert.Empty(Run(Code, WithContracts(contract), D(2025, 10, 1)));
    }
}
