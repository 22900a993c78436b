using Commissioning.GraphQL.DataLoader;

namespace Commissioning.GraphQL.Tests.DataLoader;

public class DataLoaderTests
{
    private sealed class Recorder
    {
        public List<int[]> Batches { get; } = [];

        public Task<IReadOnlyDictionary<int, string>> Fetch(IReadOnlyList<int> keys, CancellationToken _)
        {
            Batches.Add(keys.ToArray());
            IReadOnlyDictionary<int, string> result = keys.Where(k => k >= 0).ToDictionary(k => k, k => "v" + k);
            return Task.FromResult(result);
        }
    }

    private static DataLoaderScope NewScope() => new(new EmptyServices());

    [Fact]
    public async Task Sibling_loads_are_fetched_in_one_batch()
    {
        var scope = NewScope();
        var recorder = new Recorder();
        var values = await scope.RunAsync(async () =>
        {
            var loader = scope.Batch<int, string>("items", recorder.Fetch);
            return await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(3));
        }, CancellationToken.None);
        Assert.Equal(new string?[] { "v1", "v2", "v3" }, values.AsEnumerable());
        Assert.Single(recorder.Batches);
        Assert.Equal([1, 2, 3], recorder.Batches[0]);
    }

    [Fact]
    public async Task Repeated_keys_are_served_from_the_request_cache()
    {
        var scope = NewScope();
        var recorder = new Recorder();
        await scope.RunAsync(async () =>
        {
            var loader = scope.Batch<int, string>("items", recorder.Fetch);
            await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(1));
            return await loader.LoadAsync(1);
        }, CancellationToken.None);
        Assert.Single(recorder.Batches);
        Assert.Equal([1], recorder.Batches[0]);
    }

    [Fact]
    public async Task Missing_keys_give_default()
    {
        var scope = NewScope();
        var recorder = new Recorder();
        var value = await scope.RunAsync(() => scope.Batch<int, string>("items", recorder.Fetch).LoadAsync(-1), CancellationToken.None);
        Assert.Null(value);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100)]
    public async Task Nested_loads_take_one_batch_per_level_whatever_the_fan_out(int parents)
    {
        // Like a list of plans each loading its provider and then the provider's LSCB: two levels, two batches.
        var scope = NewScope();
        var level1 = new Recorder();
        var level2 = new Recorder();
        await scope.RunAsync(async () =>
        {
            var first = scope.Batch<int, string>("first", level1.Fetch);
            var second = scope.Batch<int, string>("second", level2.Fetch);
            var work = Enumerable.Range(0, parents).Select(async i =>
            {
                await first.LoadAsync(i);
                return await second.LoadAsync(i % 7);
            });
            return await Task.WhenAll(work);
        }, CancellationToken.None);
        Assert.Single(level1.Batches);
        Assert.Single(level2.Batches);
        Assert.Equal(2, scope.DispatchCount);
    }

    [Fact]
    public async Task Batches_are_split_at_the_maximum_size()
    {
        var scope = NewScope();
        var recorder = new Recorder();
        await scope.RunAsync(async () =>
        {
            var loader = scope.GetOrAdd("items", s => new BatchDataLoader<int, string>(s, recorder.Fetch, maxBatchSize: 2));
            return await loader.LoadManyAsync([1, 2, 3, 4, 5]);
        }, CancellationToken.None);
        Assert.Equal([2, 2, 1], recorder.Batches.Select(b => b.Length));
    }

    [Fact]
    public async Task A_failed_fetch_faults_every_waiting_load()
    {
        var scope = NewScope();
        var loader = scope.Batch<int, string>("broken", (_, _) => Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("db down")));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.RunAsync(async () => await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2)), CancellationToken.None));
        Assert.Equal("db down", error.Message);
    }

    [Fact]
    public async Task Group_loader_returns_every_value_per_key_and_empty_for_none()
    {
        var scope = NewScope();
        var rows = new[] { (Plan: 1, Action: "a"), (Plan: 1, Action: "b"), (Plan: 2, Action: "c") };
        var result = await scope.RunAsync(async () =>
        {
            var loader = scope.Group<int, string>("actions", (keys, _) =>
                Task.FromResult(rows.Where(r => keys.Contains(r.Plan)).ToLookup(r => r.Plan, r => r.Action)));
            return await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(3));
        }, CancellationToken.None);
        Assert.Equal(["a", "b"], result[0]);
        Assert.Equal(["c"], result[1]);
        Assert.Empty(result[2]);
    }

    [Fact]
    public async Task Truly_asynchronous_fetches_still_complete()
    {
        var scope = NewScope();
        var loader = scope.Batch<int, string>("slow", async (keys, ct) =>
        {
            await Task.Delay(5, ct);
            return keys.ToDictionary(k => k, k => "v" + k);
        });
        var values = await scope.RunAsync(async () =>
        {
            var a = await loader.LoadAsync(1);
            var b = await loader.LoadAsync(2);
            return a + b;
        }, CancellationToken.None);
        Assert.Equal("v1v2", values);
    }

    [Fact]
    public async Task Siblings_resuming_from_a_key_they_share_queue_their_next_keys_in_one_batch()
    {
        // Every sibling asks for the same first key (a cache hit for all but one), then for its own second key.
        // Were they all awaiting one task, the runtime would resume only the first inline and the others on the
        // thread pool, after the driver had already dispatched the first one's key alone.
        var scope = NewScope();
        var level1 = new Recorder();
        var level2 = new Recorder();
        var values = await scope.RunAsync(async () =>
        {
            var first = scope.Batch<int, string>("first", level1.Fetch);
            var second = scope.Batch<int, string>("second", level2.Fetch);
            var work = Enumerable.Range(0, 200).Select(async i =>
            {
                await first.LoadAsync(0).ConfigureAwait(false);
                return await second.LoadAsync(i).ConfigureAwait(false);
            });
            return await Task.WhenAll(work).ConfigureAwait(false);
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, values.Length);
        Assert.Equal([0], Assert.Single(level1.Batches));
        Assert.Equal(Enumerable.Range(0, 200), Assert.Single(level2.Batches));
        Assert.Equal(2, scope.DispatchCount);
    }

    [Fact]
    public async Task Work_waiting_on_something_other_than_a_load_does_not_hold_the_batch()
    {
        // The second sibling waits on something that only a dispatch brings about (as a field awaiting a page
        // another field is loading does); were waiting work counted as busy, neither could ever finish.
        var scope = NewScope();
        var level2 = new Recorder();
        var afterFirstFetch = new TaskCompletionSource();
        var first = scope.Batch<int, string>("first", (keys, _) =>
        {
            afterFirstFetch.TrySetResult();
            return Task.FromResult((IReadOnlyDictionary<int, string>)keys.ToDictionary(k => k, k => "v" + k));
        });
        var values = await scope.RunAsync(async () =>
        {
            var second = scope.Batch<int, string>("second", level2.Fetch);
            var loading = first.LoadAsync(1);
            var waiting = Task.Run(async () =>
            {
                await afterFirstFetch.Task.ConfigureAwait(false);
                return await second.LoadAsync(2).ConfigureAwait(false);
            });
            return await Task.WhenAll(loading, waiting).ConfigureAwait(false);
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(new string?[] { "v1", "v2" }, values.AsEnumerable());
        Assert.Equal([2], Assert.Single(level2.Batches));
    }

    [Fact]
    public async Task Keys_queued_from_outside_the_execution_are_dispatched()
    {
        // A load from a thread that does not carry the execution's flow: no running code reports stopping after it.
        var scope = NewScope();
        var recorder = new Recorder();
        var loader = scope.Batch<int, string>("items", recorder.Fetch);
        var value = await scope.RunAsync(async () =>
        {
            Task<string?> outside;
            using (ExecutionContext.SuppressFlow()) outside = Task.Run(() => loader.LoadAsync(7));
            return await outside.ConfigureAwait(false);
        }, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal("v7", value);
    }

    [Fact]
    public async Task Cancellation_observed_by_a_fetch_ends_the_run()
    {
        var scope = NewScope();
        using var cancel = new CancellationTokenSource();
        var loader = scope.Batch<int, string>("items", (_, ct) =>
        {
            ct.ThrowIfCancellationRequested();
            return Task.FromResult((IReadOnlyDictionary<int, string>)new Dictionary<int, string>());
        });
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            scope.RunAsync(async () => await Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2)), cancel.Token).WaitAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task A_scope_drives_one_execution_at_a_time()
    {
        var scope = NewScope();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            scope.RunAsync(() => scope.RunAsync(() => Task.FromResult(1), CancellationToken.None), CancellationToken.None));
        Assert.Contains("already drives an execution", error.Message);
    }

    [Fact]
    public async Task Io_held_through_the_scope_keeps_the_batch_until_every_sibling_has_queued_its_key()
    {
        // Siblings awaiting I/O that completes at staggered times before they load: without the hold the first
        // key would go alone as soon as its resolver waited.
        var scope = NewScope();
        var recorder = new Recorder();
        var loader = scope.Batch<int, string>("items", recorder.Fetch);
        var io = Enumerable.Range(0, 5).Select(_ => new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var queued = new SemaphoreSlim(0);
        var run = scope.RunAsync(() => Task.WhenAll(io.Select(async (done, i) =>
        {
            await scope.HoldDispatchUntil(done.Task).ConfigureAwait(false);
            var value = loader.LoadAsync(i);
            queued.Release();
            return await value.ConfigureAwait(false);
        })), CancellationToken.None);
        for (var i = 0; i < io.Length; i++)
        {
            io[i].SetResult(0);
            Assert.True(await queued.WaitAsync(TimeSpan.FromSeconds(30)));
            // The siblings whose I/O is still out hold the batch, however long the one that queued waits.
            if (i < io.Length - 1) Assert.Empty(recorder.Batches);
        }
        var values = await run.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(["v0", "v1", "v2", "v3", "v4"], values.Select(v => v!));
        Assert.Equal([0, 1, 2, 3, 4], Assert.Single(recorder.Batches));
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
