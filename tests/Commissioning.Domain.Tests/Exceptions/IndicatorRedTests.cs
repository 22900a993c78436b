using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Indicators;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.19: contract specification indicators are monitored; a RED value is an exception.</summary>
public class IndicatorRedTests
{
    private const ExceptionCode Code = ExceptionCode.IndicatorRed;
    private const string Level1 = IndicatorCatalogue.TrainingLevel1;

    private static ExceptionSnapshot With(Domain.Contracts.Contract contract, params IndicatorReturn[] returns) =>
        new() { Providers = [Poole], Contracts = [contract], IndicatorReturns = returns };

    [Fact]
    public void A_red_value_arises_the_day_the_return_is_submitted()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        // Level 1 training targets 95% with 5 points of amber: 80% is RED.
        var q2 = Return(schedule, Q2, D(2025, 10, 10), true, (Level1, 80m));

        Assert.Empty(Run(Code, With(contract, q2), D(2025, 10, 9)));
        var line = Single(Run(Code, With(contract, q2), D(2025, 10, 10)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.IndicatorReturn, q2.Id), (line.SubjectType, line.SubjectId));
        Assert.Equal(Poole.Id, line.ProviderId);
        Assert.Contains("Staff trained to intercollegiate level 1", line.Message);
        Assert.Contains("80%", line.Message);
        Assert.Contains("95%", line.Message);
        Assert.Contains("2025/26-Q2", line.Message);
    }

    [Fact]
    public void Amber_and_green_values_are_not_exceptions()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var q2 = Return(schedule, Q2, D(2025, 10, 10), true, (Level1, 90m), (IndicatorCatalogue.TrainingLevel2, 99m));

        Assert.Empty(Run(Code, With(contract, q2), D(2025, 11, 12)));
    }

    [Fact]
    public void A_draft_return_is_not_yet_rated()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var draft = Return(schedule, Q2, D(2025, 10, 10), false, (Level1, 10m));

        Assert.Empty(Run(Code, With(contract, draft), D(2025, 11, 12)));
    }

    [Fact]
    public void A_later_quarters_return_speaks_for_the_indicator_once_submitted()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var q1 = Return(schedule, Q1, D(2025, 7, 10), true, (Level1, 80m));
        var q2 = Return(schedule, Q2, D(2025, 10, 10), true, (Level1, 97m));

        Assert.Equal(q1.Id, Single(Run(Code, With(contract, q1, q2), D(2025, 10, 9))).SubjectId);
        Assert.Empty(Run(Code, With(contract, q1, q2), D(2025, 10, 10)));
    }

    [Fact]
    public void One_line_per_red_value()
    {
        var (contract, schedule) = CompleteContract(Poole, D(2025, 4, 1));
        var q2 = Return(schedule, Q2, D(2025, 10, 10), true, (Level1, 80m), (IndicatorCatalogue.SafeguardingPolicyInDate, 0m));

        var lines = Run(Code, With(contract, q2), D(2025, 10, 10));

        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.Message.Contains("was no against a target of yes", StringComparison.Ordinal));
    }
}
