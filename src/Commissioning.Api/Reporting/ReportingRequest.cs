using Commissioning.Api.GraphQL.Modules;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Reporting;

/// <summary>
/// What report resolvers share within one request: the clock and options (from the host when it
/// registers them, the domain defaults otherwise), and the exception snapshot, loaded once per
/// request and scope however many report fields ask for it.
/// </summary>
internal static class ReportingRequest
{
    private static readonly ExceptionEngine Engine = new();

    public static IClock Clock(IResolveFieldContext context) => context.Clock();

    public static CommissioningOptions Options(IResolveFieldContext context) => context.DomainOptions();

    /// <summary>The provider whose records alone the caller may see; null when the caller sees every provider.</summary>
    public static Guid? ProviderScope(IResolveFieldContext context) =>
        context.Caller() is { IsProvider: true } caller ? caller.ProviderId : null;

    /// <summary>
    /// The snapshot for the caller's scope. Loading goes through a request DataLoader, so it runs in
    /// turn with the request's other database work and at most once per request; across requests the
    /// host's <see cref="ExceptionSnapshotCache"/> shares it until the data changes.
    /// </summary>
    public static async Task<ExceptionSnapshot> SnapshotAsync(IResolveFieldContext context)
    {
        var loader = context.DataLoaders.Batch<Guid, ExceptionSnapshot>("reporting:exception-snapshot", async (keys, ct) =>
        {
            var snapshots = new Dictionary<Guid, ExceptionSnapshot>();
            var cache = context.RequestServices.GetService<ExceptionSnapshotCache>();
            var db = context.RequestServices.GetRequiredService<CommissioningDbContext>();
            foreach (var key in keys)
                snapshots[key] = cache is not null
                    ? await cache.GetAsync(key, db, ct).ConfigureAwait(false)
                    : await new ExceptionSnapshotLoader(db).LoadAsync(key == Guid.Empty ? null : key, ct).ConfigureAwait(false);
            return snapshots;
        });
        return (await loader.LoadAsync(ProviderScope(context) ?? Guid.Empty).ConfigureAwait(false))!;
    }

    /// <summary>The engine's lines for the caller's scope, with the names of the providers they concern.</summary>
    public static async Task<ExceptionRun> ComputeAsync(IResolveFieldContext context, DateOnly asOf, FinancialQuarter? quarter)
    {
        var snapshot = await SnapshotAsync(context).ConfigureAwait(false);
        return Compute(context, snapshot, asOf, quarter);
    }

    /// <summary>
    /// The engine's lines over <paramref name="snapshot"/>; with the host's cache, computed once per snapshot, as-of
    /// date and quarter and shared by the requests that get the same snapshot.
    /// </summary>
    public static ExceptionRun Compute(IResolveFieldContext context, ExceptionSnapshot snapshot, DateOnly asOf, FinancialQuarter? quarter)
    {
        var options = Options(context);
        return context.RequestServices.GetService<ExceptionSnapshotCache>() is { } cache
            ? cache.Run(snapshot, asOf, quarter, options, () => ExceptionRun.Of(snapshot, Engine, asOf, quarter, options))
            : ExceptionRun.Of(snapshot, Engine, asOf, quarter, options);
    }

    /// <summary>The as-of date a report asks for, today when it gives none.</summary>
    public static DateOnly AsOf(IResolveFieldContext context) =>
        context.GetArgument<DateOnly?>("asOf") ?? Clock(context).Today;
}

/// <summary>
/// One run of the engine: its lines, and provider names for presenting and sorting them. Immutable once built, so
/// requests may share it (<see cref="ExceptionSnapshotCache.Run"/>).
/// </summary>
internal sealed class ExceptionRun
{
    private readonly Dictionary<Guid, string> _names;
    private readonly Dictionary<Guid, ProviderType> _types;
    private readonly Lazy<IReadOnlyList<ExceptionItem>> _items;

    private ExceptionRun(ExceptionSnapshot snapshot, IReadOnlyList<ExceptionLine> lines)
    {
        Snapshot = snapshot;
        Lines = lines;
        _names = snapshot.Providers.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Name);
        _types = snapshot.Providers.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p => p.Type);
        _items = new(() => Lines.Select((line, i) => new ExceptionItem(i, line, ProviderName(line.ProviderId),
            line.ProviderId is { } id && _types.TryGetValue(id, out var type) ? type : null)).ToList());
    }

    public ExceptionSnapshot Snapshot { get; }

    public IReadOnlyList<ExceptionLine> Lines { get; }

    public string? ProviderName(Guid? providerId) => providerId is { } id ? _names.GetValueOrDefault(id) : null;

    public static ExceptionRun Of(ExceptionSnapshot snapshot, ExceptionEngine engine, DateOnly asOf, FinancialQuarter? quarter, CommissioningOptions options) =>
        new(snapshot, engine.Compute(snapshot, asOf, options, quarter));

    /// <summary>
    /// The run over <paramref name="snapshot"/>, updated from an earlier snapshot's lines for the same arguments
    /// (<see cref="ExceptionEngine.Update"/>): <paramref name="snapshot"/> differs from it only in the records of the
    /// changed providers.
    /// </summary>
    public static ExceptionRun Updated(ExceptionSnapshot snapshot, ExceptionEngine engine, IReadOnlyList<ExceptionLine> previous,
        IReadOnlySet<Guid> changed, IReadOnlySet<Guid> changedIncidents, DateOnly asOf, FinancialQuarter? quarter, CommissioningOptions options) =>
        new(snapshot, engine.Update(previous, snapshot, changed, changedIncidents, asOf, options, quarter));

    /// <summary>The lines as connection items, numbered in the engine's report order (built once per run).</summary>
    public IReadOnlyList<ExceptionItem> Items() => _items.Value;
}
