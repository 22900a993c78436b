using System.Collections.Concurrent;

namespace Commissioning.GraphQL.DataLoader;

/// <summary>
/// The DataLoaders of one request and the scheduler that dispatches their batches.
/// <para>
/// Loads are queued, not run: a resolver awaiting <c>LoadAsync</c> waits until the scope dispatches. The
/// request's driver (<see cref="RunAsync"/>) dispatches only when no code of the execution it drives is
/// running on any thread, so every field that can be started without the queued loads has been started and
/// has queued its keys, and one SQL statement serves them all. Batches run one after another, never
/// concurrently, so loaders may share one database context (EF Core contexts are not thread-safe); and when
/// resolvers wait only on loads (or hold their other I/O, below), the statement count depends only on the
/// shape of the query, not on thread timing.
/// </para>
/// <para>
/// How running code is counted: <see cref="RunAsync"/> marks its flow with an <see cref="AsyncLocal{T}"/>,
/// which travels with every continuation of the execution (resolvers' included, whether they resume inside
/// a dispatch, on the thread that completed their I/O or on the thread pool). The runtime reports each time
/// a thread starts or stops running code of that flow, and the scope keeps the count. Work that is waiting
/// (on a load, on I/O, on a timer) is not running; when it resumes it counts again, and the keys it queues
/// join the batch that is open at that moment. A resolver that awaits other I/O before it loads can await
/// it through <see cref="HoldDispatchUntil{T}(Task{T})"/> to keep the batch waiting for its keys.
/// </para>
/// <para>
/// Two consequences for resolvers. A resolver must not block a thread on a load (<c>.Result</c>, <c>Wait()</c>):
/// its thread counts as running, so the batch it waits for never dispatches. And several resolvers should not
/// await one shared pending task: the runtime resumes only the first of several awaiters of a task inline and
/// queues the others to the thread pool, where they are not counted until they start, so on a busy pool they
/// start after the next batch has gone. Share through a loader instead (its cache gives each caller a task of its
/// own that resumes inline) or await the shared task through <see cref="SharedTask.Follow{T}(Task{T})"/>.
/// </para>
/// </summary>
public sealed class DataLoaderScope
{
    // Which scopes' executions the current code belongs to; nested executions stack (see Flow).
    private static readonly AsyncLocal<Flow?> CurrentFlow = new(OnFlowChanged);

    // Looked up by every field that loads, from whichever thread runs it: reads take no lock. Under the scope's one
    // lock they contended with each other and with the driver (thread-time profile of the plan tree, 16 connections).
    private readonly ConcurrentDictionary<string, object> _loaders = new(StringComparer.Ordinal);
    private readonly object _creating = new();
    private readonly Queue<IPendingBatch> _pending = new();
    private readonly object _gate = new();
    private int _running; // threads running code of the execution this scope drives, the driver's own included
    private int _pendingCount;
    private TaskCompletionSource _idle = NewSignal();

    public DataLoaderScope(IServiceProvider services) => Services = services;

    public IServiceProvider Services { get; }

    /// <summary>The number of batches dispatched so far (each is typically one SQL statement).</summary>
    public int DispatchCount { get; private set; }

    /// <summary>Returns the request's loader registered under <paramref name="name"/>, creating it on first use.</summary>
    public TLoader GetOrAdd<TLoader>(string name, Func<DataLoaderScope, TLoader> create) where TLoader : class
    {
        if (_loaders.TryGetValue(name, out var found)) return (TLoader)found;
        // Created once: a loader holds the keys queued to it, so two racing callers must get the same one.
        lock (_creating)
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

    internal void Enqueue(IPendingBatch batch)
    {
        lock (_gate)
        {
            _pending.Enqueue(batch);
            _pendingCount = _pending.Count;
        }
        // Queued from outside the execution (no thread of it will report stopping): the driver must look now.
        if (Volatile.Read(ref _running) == 0) Wake();
    }

    /// <summary>
    /// Drives <paramref name="work"/> to completion, dispatching a queued batch whenever nothing else of the
    /// work is running. The executor wraps each operation's execution in this call; nothing else is needed.
    /// </summary>
    public async Task<T> RunAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var outer = CurrentFlow.Value;
        if (Flow.Contains(outer, this))
            throw new InvalidOperationException("This DataLoaderScope already drives an execution; give a nested execution a scope of its own.");
        // From here on this thread, and every continuation of the work, counts as the execution running.
        var flow = new Flow(this, outer);
        CurrentFlow.Value = flow;
        try
        {
            var task = work();
            while (!task.IsCompleted)
            {
                IPendingBatch? batch = null;
                Task idle;
                lock (_gate)
                {
                    // The driver is the one running thread it may ignore. Any other is execution work that may still
                    // start sibling fields and queue their keys (the executor starts every field of a collected fields
                    // map before awaiting any, spec §6.3 "Normal and Serial Execution": normally in parallel), so the
                    // batch waits until that work finishes or waits itself.
                    if (_pending.Count > 0 && Volatile.Read(ref _running) <= 1)
                    {
                        batch = _pending.Dequeue();
                        _pendingCount = _pending.Count;
                    }
                    if (_idle.Task.IsCompleted) _idle = NewSignal();
                    idle = _idle.Task;
                }
                if (batch is not null)
                {
                    DispatchCount++;
                    // One at a time; the batch completes its loads inline, so the work they unblock runs (and
                    // queues its next keys) before the next batch is considered.
                    await batch.ExecuteAsync(cancellationToken).ConfigureAwait(false);
                    continue;
                }
                await Task.WhenAny(task, idle).ConfigureAwait(false);
            }
            return await task.ConfigureAwait(false);
        }
        finally
        {
            // Something started by the work may keep its execution context (a timer, a pooled connection's
            // callback) for the life of the process; it must not keep this request's loaders and their caches.
            flow.Scope = null;
        }
    }

    /// <summary>
    /// Holds the next dispatch until <paramref name="work"/> completes and the code awaiting it has run, as if that
    /// work were running: for a resolver that awaits I/O other than a load (an HTTP call, a file) before it
    /// loads, so the keys it queues afterwards join the batch its siblings' keys are waiting in. Only for work
    /// that completes without a dispatch: holding on a load, or on anything waiting for one, never ends.
    /// </summary>
    public Task<T> HoldDispatchUntil<T>(Task<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted) return work;
        Enter();
        return ReleaseAfterAsync(work);
    }

    /// <inheritdoc cref="HoldDispatchUntil{T}(Task{T})"/>
    public Task HoldDispatchUntil(Task work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (work.IsCompleted) return work;
        Enter();
        return ReleaseAfterAsync(work);
    }

    // The continuation runs in the caller's flow, so its thread counts as running before the hold is released, and
    // the caller's own continuation then runs inline on it: there is no moment at which nothing is counted.
    private async Task<T> ReleaseAfterAsync<T>(Task<T> work)
    {
        try
        {
            return await work.ConfigureAwait(false);
        }
        finally
        {
            Leave();
        }
    }

    private async Task ReleaseAfterAsync(Task work)
    {
        try
        {
            await work.ConfigureAwait(false);
        }
        finally
        {
            Leave();
        }
    }

    private void Enter() => Interlocked.Increment(ref _running);

    private void Leave()
    {
        // The last running thread stopping with keys queued: only a dispatch can move the execution on now.
        if (Interlocked.Decrement(ref _running) == 0 && Volatile.Read(ref _pendingCount) > 0) Wake();
    }

    private void Wake() => Volatile.Read(ref _idle).TrySetResult();

    /// <summary>
    /// Called by the runtime whenever the flow of the current thread changes: when a thread starts or stops
    /// running a continuation of some execution, and when <see cref="RunAsync"/> starts one. Runs on hot
    /// paths of the runtime and must not throw.
    /// </summary>
    private static void OnFlowChanged(AsyncLocalValueChangedArgs<Flow?> change)
    {
        var previous = change.PreviousValue;
        var current = change.CurrentValue;
        for (var f = current; f is not null; f = f.Parent)
            if (f.Scope is { } entered && !Flow.Contains(previous, entered)) entered.Enter();
        for (var f = previous; f is not null; f = f.Parent)
            if (f.Scope is { } left && !Flow.Contains(current, left)) left.Leave();
    }

    // Continuations run asynchronously so a waking driver never runs inside the thread that woke it.
    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The scopes whose executions the current code belongs to, innermost first (an execution run by a resolver nests).</summary>
    private sealed class Flow(DataLoaderScope scope, Flow? parent)
    {
        /// <summary>Null once the execution has ended: nothing is counted for it any more.</summary>
        public DataLoaderScope? Scope { get; set; } = scope;
        public Flow? Parent { get; } = parent;

        public static bool Contains(Flow? flow, DataLoaderScope scope)
        {
            for (var f = flow; f is not null; f = f.Parent)
                if (ReferenceEquals(f.Scope, scope)) return true;
            return false;
        }
    }
}

/// <summary>A batch of keys a loader has queued and will fetch in one call.</summary>
internal interface IPendingBatch
{
    Task ExecuteAsync(CancellationToken cancellationToken);
}
