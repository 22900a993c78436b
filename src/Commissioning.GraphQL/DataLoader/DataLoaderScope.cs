namespace Commissioning.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request and the scheduler that dispatches their batches.
/// <para>
/// Loads are queued, not run: a resolver awaiting <c>LoadAsync</c> waits until the scope dispatches. The
/// request's driver (<see cref="RunAsync"/>) dispatches only when the work it drives cannot progress
/// without the queued loads, so every sibling resolver has queued its key first and one SQL statement
/// serves them all. Batches run one after another, never concurrently, so loaders may share one
/// database context (EF Core contexts are not thread-safe) and the statement count depends only on
/// the shape of the query.
/// </para>
/// </summary>
public sealed class DataLoaderScope
{
    private readonly Dictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly Queue<IPendingBatch> _pending = new();
    private readonly object _gate = new();
    private TaskCompletionSource _workQueued = NewSignal();

    public DataLoaderScope(IServiceProvider services) => Services = services;

    public IServiceProvider Services { get; }

    /// <summary>The number of batches dispatched so far (each is typically one SQL statement).</summary>
    public int DispatchCount { get; private set; }

    /// <summary>Returns the request's loader registered under <paramref name="name"/>, creating it on first use.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<DataLoaderScope, TLoader> create) where TLoader : class
    {
        lock (_gate)
        {
            if (_loaders.TryGetValue(name, out var existing)) return (TLoader)existing;
            var loader = create(this);
            _loaders[name] = loader;
            return loader;
        }
    }

    /// <summary>A one-to-one loader defined by a fetch function: each key maps to at most one value.</summary>
    public BatchDataLoader<TKey, TValue> Batch<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch) where TKey : notnull =>
        GetOrAdd(name, scope => new BatchDataLoader<TKey, TValue>(scope, fetch));

    /// <summary>A one-to-many loader defined by a fetch function: each key maps to a list of values.</summary>
    public GroupDataLoader<TKey, TValue> Group<TKey, TValue>(string name,
        Func<IReadOnlyList<TKey>, CancellationToken, Task<ILookup<TKey, TValue>>> fetch) where TKey : notnull =>
        GetOrAdd(name, scope => new GroupDataLoader<TKey, TValue>(scope, fetch));

    internal bool HasPending
    {
        get { lock (_gate) return _pending.Count > 0; }
    }

    internal void Enqueue(IPendingBatch batch)
    {
        TaskCompletionSource signal;
        lock (_gate)
        {
            _pending.Enqueue(batch);
            signal = _workQueued;
        }
        signal.TrySetResult();
    }

    /// <summary>
    /// Drives <paramref name="work"/> to completion, dispatching queued batches whenever it is waiting.
    /// The executor wraps each operation's execution in this call; nothing else is needed.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var task = work();
        while (!task.IsCompleted)
        {
            if (HasPending)
            {
                await DispatchAsync(cancellationToken).ConfigureAwait(false);
                continue;
            }
            Task queued;
            lock (_gate)
            {
                if (_pending.Count > 0) continue;
                if (_workQueued.Task.IsCompleted) _workQueued = NewSignal();
                queued = _workQueued.Task;
            }
            await Task.WhenAny(task, queued).ConfigureAwait(false);
        }
        return await task.ConfigureAwait(false);
    }

    /// <summary>Runs every queued batch, one at a time, including batches queued by their continuations.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            IPendingBatch batch;
            lock (_gate)
            {
                if (_pending.Count == 0) return;
                batch = _pending.Dequeue();
            }
            DispatchCount++;
            await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Continuations run asynchronously so a waiting driver never resumes inside Enqueue's caller.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A batch of keys a loader has queued and will fetch in one call.</summary>
internal interface IPendingBatch
{
    Task ExecuteAsync(CancellationToken cancellationToken);
}
