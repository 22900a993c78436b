using Commissioning.Domain.ActionPlans;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A plan's actions, progress-update revisions and scrutinies as its fields read them. A page of
/// <c>actionPlans</c> loads the plans alone (<see cref="LoadedWithoutParts"/>); each kind of part then
/// loads for the whole page in one statement, only when the query selects it, and revisions only with
/// the columns <see cref="ProgressUpdateView"/> shows. A plan that arrives whole (a mutation's payload,
/// <c>node(id:)</c>) answers from its own collections, so a payload shows the plan as just saved.
/// </summary>
internal static class ActionPlanParts
{
    private const string WithoutPartsKey = "actionPlans:withoutParts";

    /// <summary>Notes that these plans were loaded without their parts, so their part fields load them.</summary>
    public static void LoadedWithoutParts(IResolveFieldContext context, IReadOnlyList<ActionPlan> plans)
    {
        var set = context.DataLoaders.GetOrAdd(WithoutPartsKey, _ => new HashSet<ActionPlan>(ReferenceEqualityComparer.Instance));
        lock (set)
            foreach (var plan in plans) set.Add(plan);
    }

    public static async Task<IReadOnlyList<PlanAction>> ActionsAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan) ? await ActionsByPlan(context).LoadAsync(plan.Id).ConfigureAwait(false) : plan.Actions;

    public static async Task<IReadOnlyList<Scrutiny>> ScrutiniesAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan) ? await ScrutiniesByPlan(context).LoadAsync(plan.Id).ConfigureAwait(false) : plan.Scrutinies;

    /// <summary>Every revision of the plan, in no particular order.</summary>
    public static async Task<IReadOnlyList<ProgressUpdateView>> ProgressUpdatesAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan)
            ? await UpdatesByPlan(context).LoadAsync(plan.Id).ConfigureAwait(false)
            : plan.ProgressUpdates.Select(ProgressUpdateView.Of).ToList();

    /// <summary>The per-action lines of a revision.</summary>
    public static async Task<IReadOnlyList<ActionProgress>> EntriesAsync(IResolveFieldContext context, ProgressUpdateView update) =>
        update.Entries ?? await EntriesByUpdate(context).LoadAsync(update.Id).ConfigureAwait(false) ?? [];

    private static bool WithoutParts(IResolveFieldContext context, ActionPlan plan)
    {
        var set = context.DataLoaders.GetOrAdd(WithoutPartsKey, _ => new HashSet<ActionPlan>(ReferenceEqualityComparer.Instance));
        lock (set) return set.Contains(plan);
    }

    // Parts are read in the database's order for the plan, as the whole aggregate reads them.
    private static GroupDataLoader<Guid, PlanAction> ActionsByPlan(IResolveFieldContext context) =>
        context.DataLoaders.Group<Guid, PlanAction>("actionPlan:actions", async (ids, ct) =>
        {
            var keys = ids.ToList();
            var rows = await context.Db().Set<PlanAction>().AsNoTracking()
                .Where(a => keys.Contains(EF.Property<Guid>(a, "ActionPlanId")))
                .Select(a => new { PlanId = EF.Property<Guid>(a, "ActionPlanId"), Action = a })
                .ToListAsync(ct).ConfigureAwait(false);
            return rows.ToLookup(r => r.PlanId, r => r.Action);
        });

    private static GroupDataLoader<Guid, Scrutiny> ScrutiniesByPlan(IResolveFieldContext context) =>
        context.DataLoaders.Group<Guid, Scrutiny>("actionPlan:scrutinies", async (ids, ct) =>
        {
            var keys = ids.ToList();
            var rows = await context.Db().Set<Scrutiny>().AsNoTracking()
                .Where(s => keys.Contains(EF.Property<Guid>(s, "ActionPlanId")))
                .Select(s => new { PlanId = EF.Property<Guid>(s, "ActionPlanId"), Scrutiny = s })
                .ToListAsync(ct).ConfigureAwait(false);
            return rows.ToLookup(r => r.PlanId, r => r.Scrutiny);
        });

    private static GroupDataLoader<Guid, ProgressUpdateView> UpdatesByPlan(IResolveFieldContext context) =>
        context.DataLoaders.Group<Guid, ProgressUpdateView>("actionPlan:progressUpdates", async (ids, ct) =>
        {
            var keys = ids.ToList();
            var rows = await context.Db().ProgressUpdates.AsNoTracking()
                .Where(u => keys.Contains(u.PlanId))
                .Select(u => new ProgressUpdateView(u.Id, u.PlanId, u.Quarter, u.Revision, u.OverallNarrative, u.SubmittedByName, u.SubmittedAt))
                .ToListAsync(ct).ConfigureAwait(false);
            return rows.ToLookup(u => u.PlanId);
        });

    private static BatchDataLoader<Guid, IReadOnlyList<ActionProgress>> EntriesByUpdate(IResolveFieldContext context) =>
        context.DataLoaders.Batch<Guid, IReadOnlyList<ActionProgress>>("progressUpdate:entries", async (ids, ct) =>
        {
            var keys = ids.ToList();
            var rows = await context.Db().ProgressUpdates.AsNoTracking()
                .Where(u => keys.Contains(u.Id))
                .Select(u => new { u.Id, u.Entries })
                .ToListAsync(ct).ConfigureAwait(false);
            return rows.ToDictionary(r => r.Id, r => r.Entries);
        });
}
