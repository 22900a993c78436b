using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;
using static Commissioning.Domain.Tests.People;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.20: once acceptable to the CCG, the provider submits the plan to the LSCB.</summary>
public class NotSubmittedToLscbTests
{
    private const ExceptionCode Code = ExceptionCode.NotSubmittedToLscb;

    private static ActionPlan AcceptedOn(DateOnly on)
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        Scrutinise(plan, ScrutinyOutcome.Accepted, on);
        return plan;
    }

    [Fact]
    public void Arises_on_the_first_day_beyond_the_submission_service_level()
    {
        var plan = AcceptedOn(D(2025, 8, 6));

        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 3)));
        var line = Single(Run(Code, Plans(plan), D(2025, 9, 4)));

        Assert.Equal(D(2025, 9, 4), line.AroseOn);
        Assert.Equal(0, line.DaysOutstanding);
        Assert.Contains("accepted on 6 Aug 2025", line.Message);
        Assert.Contains("LSCB", line.Message);
    }

    [Fact]
    public void The_service_level_is_configuration()
    {
        var plan = AcceptedOn(D(2025, 8, 6));

        var options = new CommissioningOptions { LscbSubmissionWorkingDays = 1 };

        Assert.Empty(Run(Code, Plans(plan), D(2025, 8, 7), options));
        Assert.Single(Run(Code, Plans(plan), D(2025, 8, 8), options));
    }

    [Fact]
    public void Submitting_to_the_lscb_clears_it()
    {
        var plan = AcceptedOn(D(2025, 8, 6));
        Ok(plan.SubmitToLscb(ProviderStaff, plan.LscbIds, At(2025, 9, 10)));

        Assert.Single(Run(Code, Plans(plan), D(2025, 9, 9)));
        Assert.Empty(Run(Code, Plans(plan), D(2025, 9, 10)));
    }
}
