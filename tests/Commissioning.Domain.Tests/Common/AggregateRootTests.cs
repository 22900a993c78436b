using Commissioning.Domain.Common;

namespace Commissioning.Domain.Tests.Common;

public class AggregateRootTests
{
    private sealed class Counter(Guid id) : AggregateRoot(id)
    {
        public void Change() => Touch();
    }

    [Fact]
    public void Each_change_bumps_the_version()
    {
        var counter = new Counter(Guid.NewGuid());

        counter.Change();
        counter.Change();

        Assert.Equal(2, counter.Version);
        Assert.True(counter.EnsureVersion(2).IsSuccess);
    }

    [Fact]
    public void A_stale_version_is_a_concurrency_conflict()
    {
        var counter = new Counter(Guid.NewGuid());
        counter.Change();

        var result = counter.EnsureVersion(0);

        Assert.Equal(ErrorCodes.ConcurrencyConflict, result.Error!.Code);
    }

    [Fact]
    public void Entities_are_equal_by_type_and_id()
    {
        var id = Guid.NewGuid();

        Assert.Equal(new Counter(id), new Counter(id));
        Assert.NotEqual(new Counter(id), new Counter(Guid.NewGuid()));
        Assert.Throws<ArgumentException>(() => new Counter(Guid.Empty));
    }
}
