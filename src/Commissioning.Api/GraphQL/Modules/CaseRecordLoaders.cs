using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Reviews;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The request's batched lookups for incidents, reviews and action plans with their parts. Every
/// relation between them goes through these, so a page of a hundred plans asks the database once per
/// relation, not once per plan; the same loaders serve <c>node(id:)</c>.
/// </summary>
internal static class CaseRecordLoaders
{
    public static Task<Incident?> Incident(IResolveFieldContext context, Guid id) =>
        NodeRegistry.Loader<Incident, Guid>(context, IncidentsModule.TypeName, FetchIncidents).LoadAsync(id);

    public static Task<Review?> Review(IResolveFieldContext context, Guid id) =>
        NodeRegistry.Loader<Review, Guid>(context, ReviewsModule.TypeName, FetchReviews).LoadAsync(id);

    public static Task<ActionPlan?> Plan(IResolveFieldContext context, Guid id) =>
        NodeRegistry.Loader<ActionPlan, Guid>(context, ActionPlansModule.TypeName, FetchPlans).LoadAsync(id);

    public static Task<PlanAction?> Action(IResolveFieldContext context, Guid id) =>
        NodeRegistry.Loader<PlanAction, Guid>(context, ActionPlansModule.ActionTypeName, FetchActions).LoadAsync(id);

    public static Task<ProgressUpdateView?> ProgressUpdate(IResolveFieldContext context, Guid id) =>
        NodeRegistry.Loader<ProgressUpdateView, Guid>(context, ActionPlansModule.ProgressUpdateTypeName, FetchProgressUpdates).LoadAsync(id);

    /// <summary>The plans raised from each incident or review (their source record).</summary>
    public static Task<ActionPlan[]> PlansFromSource(IResolveFieldContext context, Guid sourceRecordId) =>
        context.DataLoaders.Group<Guid, ActionPlan>("plans:bySource", async (keys, ct) =>
        {
            var plans = await Db(context.RequestServices).ActionPlans.AsNoTracking()
                .Where(p => keys.Contains(p.SourceRecordId)).OrderBy(p => p.RaisedOn).ThenBy(p => p.Id).ToListAsync(ct).ConfigureAwait(false);
            return plans.ToLookup(p => p.SourceRecordId);
        }).LoadAsync(sourceRecordId);

    public static Task<IReadOnlyDictionary<Guid, Incident>> FetchIncidents(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(Db(services).Incidents.AsNoTracking(), ids, ct);

    public static Task<IReadOnlyDictionary<Guid, Review>> FetchReviews(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(Db(services).Reviews.AsNoTracking(), ids, ct);

    public static Task<IReadOnlyDictionary<Guid, ActionPlan>> FetchPlans(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(Db(services).ActionPlans.AsNoTracking().AsSplitQuery(), ids, ct);

    public static Task<IReadOnlyDictionary<Guid, PlanAction>> FetchActions(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(Db(services).Set<PlanAction>().AsNoTracking(), ids, ct);

    public static async Task<IReadOnlyDictionary<Guid, ProgressUpdateView>> FetchProgressUpdates(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        (await ByIdAsync(Db(services).ProgressUpdates.AsNoTracking(), ids, ct).ConfigureAwait(false)).ToDictionary(u => u.Key, u => ProgressUpdateView.Of(u.Value));

    public static Task<IReadOnlyDictionary<Guid, Scrutiny>> FetchScrutinies(IServiceProvider services, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        ByIdAsync(Db(services).Set<Scrutiny>().AsNoTracking(), ids, ct);

    private static async Task<IReadOnlyDictionary<Guid, T>> ByIdAsync<T>(IQueryable<T> source, IReadOnlyList<Guid> ids, CancellationToken ct)
        where T : Entity
    {
        var keys = ids.ToList();
        return await source.Where(e => keys.Contains(e.Id)).ToDictionaryAsync(e => e.Id, ct).ConfigureAwait(false);
    }

    private static CommissioningDbContext Db(IServiceProvider services) => services.GetRequiredService<CommissioningDbContext>();
}
