namespace Commissioning.Api.Tests.GraphQL;

/// <summary>
/// Keeps the thread pool's threads blocked in turn while a test runs, as a loaded server's are: work queued to
/// the pool then waits its turn (the pool adds threads only now and then). Batching that depends on a queued
/// continuation starting before the DataLoader driver looks again fails under it every time, not once in a while.
/// </summary>
internal sealed class BusyThreadPool : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task[] _blockers;

    public BusyThreadPool() =>
        _blockers = [.. Enumerable.Range(0, 8 * Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            while (!_stop.IsCancellationRequested)
            {
                Thread.Sleep(50);
                await Task.Yield();
            }
        }))];

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_blockers);
        _stop.Dispose();
    }
}
