using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Runs a database query through the request's <see cref="DataLoaderScope"/>, which runs batches one
/// at a time. An EF Core context allows one operation at a time, and sibling fields (a connection's
/// page, its totalCount, a DataLoader batch) resolve concurrently, so every query the conventions issue
/// takes its turn there instead of touching the context directly.
/// </summary>
internal static class SerializedQueries
{
    public static async Task<TResult> RunAsync<TResult>(IResolveFieldContext context, Func<CancellationToken, Task<TResult>> query)
    {
        var loader = context.DataLoaders.GetOrAdd("conventions:queries",
            scope => new BatchDataLoader<Work, object?>(scope, RunAllAsync));
        var outcome = await loader.LoadAsync(new Work(async ct => await query(ct).ConfigureAwait(false))).ConfigureAwait(false);
        if (outcome is Failed failed) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(failed.Exception);
        return (TResult)outcome!;
    }

    private static async Task<IReadOnlyDictionary<Work, object?>> RunAllAsync(IReadOnlyList<Work> work, CancellationToken cancellationToken)
    {
        var results = new Dictionary<Work, object?>(ReferenceEqualityComparer.Instance);
        foreach (var w in work)
        {
            // One query failing must fail only the field that asked for it, not the batch it shared.
            try
            {
                results[w] = await w.Run(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results[w] = new Failed(e);
            }
        }
        return results;
    }

    private sealed record Failed(Exception Exception);

    /// <summary>One query; compared by reference, so no two queries are ever merged.</summary>
    private sealed class Work(Func<CancellationToken, Task<object?>> run)
    {
        public Func<CancellationToken, Task<object?>> Run { get; } = run;
    }
}
