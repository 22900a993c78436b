using Commissioning.Domain.Exceptions;
using static Commissioning.Domain.Tests.Exceptions.ExceptionKit;

namespace Commissioning.Domain.Tests.Exceptions;

/// <summary>DOR 4.9: a plan past DRAFT names its accountable senior manager; only imported data can lack one.</summary>
public class NoAccountableManagerTests
{
    private const ExceptionCode Code = ExceptionCode.NoAccountableManager;

    [Fact]
    public void Arises_the_day_the_plan_left_draft()
    {
        var plan = SubmittedPlan(D(2025, 8, 5));
        ImportWithoutAccountableManager(plan);

        Assert.Empty(Run(Code, Plans(plan), D(2025, 8, 4)));
        var line = Single(Run(Code, Plans(plan), D(2025, 8, 5)));

        Assert.Equal(D(2025, 8, 5), line.AroseOn);
        Assert.Equal(0, line.DaysOutstanding);
        Assert.Equal((ExceptionSubjects.ActionPlan, plan.Id), (line.SubjectType, line.SubjectId));
        Assert.Contains("SUI 2025-001 plan", line.Message);
        Assert.Contains("left draft on 5 Aug 2025", line.Message);
    }

    [Fact]
    public void A_plan_with_its_manager_is_not_an_exception()
    {
        Assert.Empty(Run(Code, Plans(SubmittedPlan(D(2025, 8, 5))), D(2025, 11, 12)));
    }

    [Fact]
    public void A_draft_may_still_lack_one()
    {
        var draft = DraftPlan(At(2025, 8, 5));

        Assert.Null(draft.AccountableManager);
        Assert.Empty(Run(Code, Plans(draft), D(2025, 11, 12)));
    }
}
