namespace Commissioning.GraphQL.DataLoader;

/// <summary>
/// Batching and caching shared by the one-to-one and one-to-many loaders: keys requested while a batch
/// is open join it; a key already requested in this request returns the cached task.
/// </summary>
public abstract class DataLoaderBase<TKey, TResult> where TKey : notnull
{
    private readonly DataLoaderScope _scope;
    private readonly Dictionary<TKey, TaskCompletionSource<TResult>> _cache = new();
    private readonly object _gate = new();
    private Batch? _open;

    protected DataLoaderBase(DataLoaderScope scope, int maxBatchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBatchSize, 1);
        _scope = scope;
        MaxBatchSize = maxBatchSize;
    }

    /// <summary>Keys per fetch at most; larger batches are split (databases cap parameters per statement).</summary>
    public int MaxBatchSize { get; }

    public Task<TResult> LoadAsync(TKey key)
    {
        Batch? toQueue = null;
        TaskCompletionSource<TResult> promise;
        lock (_gate)
        {
            // A task of its own for a caller asking again for a key still loading (SharedTask).
            if (_cache.TryGetValue(key, out var cached)) return SharedTask.Follow(cached.Task);
            // Continuations run synchronously when the batch completes, so by the time a dispatch returns,
            // every resolver it unblocked has already queued its next keys: that is what keeps batches whole.
            promise = new TaskCompletionSource<TResult>();
            _cache[key] = promise;
            if (_open is null || _open.Keys.Count >= MaxBatchSize)
            {
                _open = new Batch(this);
                toQueue = _open;
            }
            _open.Keys.Add(key);
            _open.Promises.Add(promise);
        }
        if (toQueue is not null) _scope.Enqueue(toQueue);
        return promise.Task;
    }

    public async Task<IReadOnlyList<TResult>> LoadManyAsync(IEnumerable<TKey> keys)
    {
        var tasks = keys.Select(LoadAsync).ToArray();
        return await Task.WhenAll(tasks).ConfigureAwait(false);
    }

    /// <summary>Fetches the values for a batch of distinct keys; index <c>i</c> of the result answers key <c>i</c>.</summary>
    protected abstract Task<IReadOnlyList<TResult>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    private sealed class Batch(DataLoaderBase<TKey, TResult> owner) : IPendingBatch
    {
        public List<TKey> Keys { get; } = [];
        public List<TaskCompletionSource<TResult>> Promises { get; } = [];

        public async Task ExecuteAsync(CancellationToken cancellationToken)
        {
            lock (owner._gate)
            {
                if (ReferenceEquals(owner._open, this)) owner._open = null; // later keys start a new batch
            }
            IReadOnlyList<TResult> results;
            try
            {
                results = await owner.FetchBatchAsync(Keys, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // Every resolver waiting on this batch sees the failure as its own field error.
                await CompleteInlineAsync(() => { foreach (var promise in Promises) promise.TrySetException(e); }).ConfigureAwait(false);
                return;
            }
            await CompleteInlineAsync(() => { for (var i = 0; i < Promises.Count; i++) Promises[i].TrySetResult(results[i]); })
                .ConfigureAwait(false);
        }

        /// <summary>
        /// Completes the promises where their continuations can run inline. The runtime refuses to inline an
        /// await continuation on a thread with a custom SynchronizationContext or TaskScheduler (the fetch may
        /// have resumed on one, e.g. a test runner's), and queued continuations would race the driver: it
        /// could dispatch a batch before every unblocked resolver had queued its key.
        /// </summary>
        private static Task CompleteInlineAsync(Action complete)
        {
            if (TaskScheduler.Current != TaskScheduler.Default)
                return Task.Factory.StartNew(() => CompleteInlineAsync(complete), CancellationToken.None,
                    TaskCreationOptions.DenyChildAttach, TaskScheduler.Default).Unwrap();
            var context = SynchronizationContext.Current;
            if (context is null || context.GetType() == typeof(SynchronizationContext))
            {
                complete();
                return Task.CompletedTask;
            }
            SynchronizationContext.SetSynchronizationContext(null);
            try
            {
                complete();
            }
            finally
            {
                SynchronizationContext.SetSynchronizationContext(context);
            }
            return Task.CompletedTask;
        }
    }
}

/// <summary>Loads at most one value per key (e.g. a provider by id); missing keys give default.</summary>
public sealed class BatchDataLoader<TKey, TValue>(
    DataLoaderScope scope,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch,
    int maxBatchSize = 1000)
    : DataLoaderBase<TKey, TValue?>(scope, maxBatchSize) where TKey : notnull
{
    protected override async Task<IReadOnlyList<TValue?>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await fetch(keys, cancellationToken).ConfigureAwait(false);
        var results = new TValue?[keys.Count];
        for (var i = 0; i < keys.Count; i++) results[i] = found.TryGetValue(keys[i], out var v) ? v : default;
        return results;
    }
}

/// <summary>Loads every value belonging to each key (e.g. the actions of each plan); missing keys give an empty list.</summary>
public sealed class GroupDataLoader<TKey, TValue>(
    DataLoaderScope scope,
    Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch,
    int maxBatchSize = 1000)
    : DataLoaderBase<TKey, TValue[]>(scope, maxBatchSize) where TKey : notnull
{
    protected override async Task<IReadOnlyList<TValue[]>> FetchBatchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken)
    {
        var found = await fetch(keys, cancellationToken).ConfigureAwait(false);
        var results = new TValue[keys.Count][];
        for (var i = 0; i < keys.Count; i++) results[i] = found[keys[i]].ToArray();
        return results;
    }
}
