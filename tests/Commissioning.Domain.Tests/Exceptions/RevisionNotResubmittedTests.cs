using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

public class RevisionNotResubmittedTests
{
    private const ExceptionCode Code = ExceptionCode.RevisionNotResubmitted;

    private static ActionPlan SentBack(DateOnly on)
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(plan, ScrutinyOutcome.RevisionRequested, on);
        return plan;
    }

    [Fact]
    public void Arises_on_the_first_day_beyond_the_resubmission_service_level()
    {
        var plan = SentBack(D(2025, 8, 6));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 3)));
        var line = Single(Run(Code, Plans(plan), D(2025, 9, 4)));

        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.ActionPlan, plan.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("sent back for revision on 6 Aug 2025", line.Message);
        Assert.Equal(Severity.Medium, line.Severity);
    }

    [Fact]
    public void The_service_level_is_configuration()
    {
        var plan = SentBack(D(2025, 8, 6));
        var options = new CommissioningOptions { RevisionResubmissionWorkingDays = 5 };

        Assert.Empty(Run(Code, Plans(plan), D(2025, 8, 13), options));
        Assert.Single(Run(Code, Plans(plan), D(2025, 8, 14), options));
    }

    [Fact]
    public void Resubmitting_clears_it()
    {
        var plan = SentBack(D(2025, 8, 6));
        Ok(plan.Submit(ProviderStaff, At(2025, 8, 20)));
        var options = new CommissioningOptions { RevisionResubmissionWorkingDays = 5 };

        Assert.Single(Run(Code, Plans(plan), D(2025, 8, 19), options));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 8, 20), options));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 11, 12)));
    }
}
