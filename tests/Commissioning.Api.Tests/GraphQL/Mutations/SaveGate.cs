using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Commissioning.Api.Tests.GraphQL.Mutations;

/// <summary>
/// Holds every save until the armed number of requests are all about to save, so they race for the
/// database for real: each has read the same version before any of them writes.
/// </summary>
internal sealed class SaveGate : SaveChangesInterceptor
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _parties;
    private int _arrived;

    public void Arm(int parties) => Volatile.Write(ref _parties, parties);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        var parties = Volatile.Read(ref _parties);
        if (parties == 0) return result;
        if (Interlocked.Increment(ref _arrived) >= parties) _allArrived.TrySetResult();
        // Generous, and only reached if the requests did not overlap: the test then fails instead of hanging.
        await _allArrived.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        return result;
    }
}
