using System.Collections.Concurrent;
using System.Linq.Expressions;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.ActionPlans;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A plan's actions, progress-update revisions and scrutinies as its fields read them. A page of
/// <c>actionPlans</c> loads the plans alone, then each kind of part that the query selects on the page's
/// plans for the whole page, in one statement per kind, before any plan's field resolves
/// (<see cref="LoadPageAsync"/>): actions and scrutinies with only the columns of the fields selected
/// (<see cref="SelectedColumns{TEntity}"/>), revisions with the columns <see cref="ProgressUpdateView"/> shows.
/// A plan's part fields then answer at once. A plan that arrives whole (a mutation's payload,
/// <c>node(id:)</c>) answers from its own collections, so a payload shows the plan as just saved.
/// </summary>
internal static class ActionPlanParts
{
    private const string PagesKey = "actionPlans:pages";

    /// <summary>
    /// Reads the parts of a page's plans that the query selects on them. Runs with the page's statement (its turn
    /// of the request's serialized queries), so the page's part fields find their parts read: before, each plan's
    /// part fields queued its key with a DataLoader (three per plan, from whichever thread ran the plan), and the
    /// loaders' locks and the dispatches they waited for were a seventh of a plan tree's time (thread-time profile).
    /// </summary>
    public static async Task LoadPageAsync(IResolveFieldContext context, IReadOnlyList<ActionPlan> plans, CancellationToken ct)
    {
        var page = new PageParts();
        var pages = Pages(context);
        foreach (var plan in plans) pages.TryAdd(plan, page);
        if (plans.Count == 0) return;

        // Several selections of a kind (aliases, fragments) read the union of their columns.
        ulong? actions = null, scrutinies = null;
        var updates = false;
        foreach (var field in SelectedFields.OnNodes(context))
        {
            switch (field.Name.Value)
            {
                case "actions": actions = (actions ?? 0) | ActionColumns.For(context, field); break;
                case "scrutinies": scrutinies = (scrutinies ?? 0) | ScrutinyColumns.For(context, field); break;
                case "progressUpdates": updates = true; break;
            }
        }
        var db = context.Db();
        List<Guid> ids = [.. plans.Select(p => p.Id)];
        if (actions is { } actionColumns)
            page.Actions = ByOwner(await ListAsync(ActionsWith(actionColumns)(db, ids), ct).ConfigureAwait(false), r => r.OwnerId, r => r.Value);
        if (updates)
            page.Updates = Latest(await ListAsync(UpdatesOf(db, ids), ct).ConfigureAwait(false));
        if (scrutinies is { } scrutinyColumns)
            page.Scrutinies = ByOwner(await ListAsync(ScrutiniesWith(scrutinyColumns)(db, ids), ct).ConfigureAwait(false), r => r.OwnerId, r => r.Value);
    }

    public static ValueTask<IReadOnlyList<PlanAction>> ActionsAsync(IResolveFieldContext context, ActionPlan plan) =>
        !Pages(context).TryGetValue(plan, out var page) ? new(plan.Actions)
        : page.Actions is { } read ? new(read.GetValueOrDefault(plan.Id, [])) // no entry: the plan has none
        : Loaded(ActionsByPlan(context, ActionColumns.For(context)).LoadAsync(plan.Id));

    public static ValueTask<IReadOnlyList<Scrutiny>> ScrutiniesAsync(IResolveFieldContext context, ActionPlan plan) =>
        !Pages(context).TryGetValue(plan, out var page) ? new(plan.Scrutinies)
        : page.Scrutinies is { } read ? new(read.GetValueOrDefault(plan.Id, []))
        : Loaded(ScrutiniesByPlan(context, ScrutinyColumns.For(context)).LoadAsync(plan.Id));

    private static async ValueTask<IReadOnlyList<T>> Loaded<T>(Task<T[]> load) => await load.ConfigureAwait(false);

    /// <summary>Every revision of the plan, latest quarter and revision first.</summary>
    public static ValueTask<IReadOnlyList<ProgressUpdateView>> ProgressUpdatesAsync(IResolveFieldContext context, ActionPlan plan)
    {
        if (!Pages(context).TryGetValue(plan, out var page)) return new(Latest(plan.ProgressUpdates.Select(ProgressUpdateView.Of)));
        if (page.Updates is { } read) return new(read.GetValueOrDefault(plan.Id, []));
        return LoadUpdatesAsync(context, plan.Id);

        static async ValueTask<IReadOnlyList<ProgressUpdateView>> LoadUpdatesAsync(IResolveFieldContext context, Guid plan) =>
            Latest(await UpdatesByPlan(context).LoadAsync(plan).ConfigureAwait(false));
    }

    /// <summary>The per-action lines of a revision.</summary>
    public static async Task<IReadOnlyList<ActionProgress>> EntriesAsync(IResolveFieldContext context, ProgressUpdateView update) =>
        update.Entries ?? await EntriesByUpdate(context).LoadAsync(update.Id).ConfigureAwait(false) ?? [];

    /// <summary>The order of a plan's <c>progressUpdates</c>: latest quarter and revision first.</summary>
    private static List<ProgressUpdateView> Latest(IEnumerable<ProgressUpdateView> updates)
    {
        var list = updates.ToList();
        list.Sort(LatestFirst);
        return list;
    }

    /// <summary>A page's revisions by plan, each plan's in the order of <see cref="Latest(IEnumerable{ProgressUpdateView})"/>.</summary>
    private static Dictionary<Guid, IReadOnlyList<ProgressUpdateView>> Latest(List<ProgressUpdateView> updates)
    {
        var byPlan = ByOwner(updates, u => u.PlanId, u => u);
        foreach (var list in byPlan.Values) ((List<ProgressUpdateView>)list).Sort(LatestFirst);
        return byPlan;
    }

    private static readonly Comparison<ProgressUpdateView> LatestFirst = (x, y) =>
        y.Quarter.CompareTo(x.Quarter) is not 0 and var quarter ? quarter
        : y.Revision.CompareTo(x.Revision) is not 0 and var revision ? revision
        : x.Id.CompareTo(y.Id);

    /// <summary>Each owner's items, in the order read; an owner with none has no entry.</summary>
    private static Dictionary<Guid, IReadOnlyList<T>> ByOwner<TRow, T>(List<TRow> rows, Func<TRow, Guid> owner, Func<TRow, T> item)
    {
        var owners = new Dictionary<Guid, IReadOnlyList<T>>();
        foreach (var row in rows)
        {
            var key = owner(row);
            if (!owners.TryGetValue(key, out var list)) owners[key] = list = new List<T>();
            ((List<T>)list).Add(item(row));
        }
        return owners;
    }

    // Asked by every part field of every plan, from whichever thread its resolver runs on: lock-free reads.
    private static ConcurrentDictionary<ActionPlan, PageParts> Pages(IResolveFieldContext context) =>
        context.DataLoaders.GetOrAdd(PagesKey, _ => new ConcurrentDictionary<ActionPlan, PageParts>(ReferenceEqualityComparer.Instance));

    /// <summary>The parts read for a page of plans, by plan; a kind the query does not select on the page is null.</summary>
    private sealed class PageParts
    {
        public Dictionary<Guid, IReadOnlyList<PlanAction>>? Actions { get; set; }
        public Dictionary<Guid, IReadOnlyList<ProgressUpdateView>>? Updates { get; set; }
        public Dictionary<Guid, IReadOnlyList<Scrutiny>>? Scrutinies { get; set; }
    }

    // What each field of PlanAction and Scrutiny reads (ActionPlansModule declares them): a page's actions and
    // scrutinies read only the columns of the fields selected (long texts such as advice and evidence are seldom).
    private static readonly SelectedColumns<PlanAction> ActionColumns = new(new Dictionary<string, string[]>
    {
        ["__typename"] = [], ["id"] = [],
        ["description"] = [nameof(PlanAction.Description)], ["owner"] = [nameof(PlanAction.Owner)], ["dueDate"] = [nameof(PlanAction.DueDate)],
        ["intendedOutcome"] = [nameof(PlanAction.IntendedOutcome)], ["howReviewed"] = [nameof(PlanAction.HowReviewed)],
        ["category"] = [nameof(PlanAction.Category)], ["status"] = [nameof(PlanAction.Status)],
        ["completedOn"] = [nameof(PlanAction.CompletedOn)], ["evidence"] = [nameof(PlanAction.Evidence)],
    }, nameof(PlanAction.Id));

    private static readonly SelectedColumns<Scrutiny> ScrutinyColumns = new(new Dictionary<string, string[]>
    {
        ["__typename"] = [], ["id"] = [],
        ["subject"] = [nameof(Scrutiny.Subject)], ["progressUpdate"] = [nameof(Scrutiny.ProgressUpdateId)], ["outcome"] = [nameof(Scrutiny.Outcome)],
        ["advice"] = [nameof(Scrutiny.Advice)], ["scrutinisedOn"] = [nameof(Scrutiny.ScrutinisedOn)], ["byName"] = [nameof(Scrutiny.ByName)],
        ["recordedAt"] = [nameof(Scrutiny.RecordedAt)],
    }, nameof(Scrutiny.Id));

    // Parts are read in the database's order for the plan, as the whole aggregate reads them. The statements are
    // compiled once for each set of columns: EF Core's per-query translation and cache lookup cost more than
    // reading a page's parts.
    private static readonly Expression<Func<CommissioningDbContext, List<Guid>, IQueryable<Part<PlanAction>>>> ActionsQuery =
        (db, plans) => db.Set<PlanAction>().AsNoTracking()
            .Where(a => plans.Contains(EF.Property<Guid>(a, "ActionPlanId")))
            .Select(a => new Part<PlanAction>(EF.Property<Guid>(a, "ActionPlanId"), SelectedColumns<PlanAction>.Shape(a)));

    private static readonly Expression<Func<CommissioningDbContext, List<Guid>, IQueryable<Part<Scrutiny>>>> ScrutiniesQuery =
        (db, plans) => db.Set<Scrutiny>().AsNoTracking()
            .Where(s => plans.Contains(EF.Property<Guid>(s, "ActionPlanId")))
            .Select(s => new Part<Scrutiny>(EF.Property<Guid>(s, "ActionPlanId"), SelectedColumns<Scrutiny>.Shape(s)));

    private static readonly ConcurrentDictionary<ulong, Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<Part<PlanAction>>>> ActionsOf = new();

    private static readonly ConcurrentDictionary<ulong, Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<Part<Scrutiny>>>> ScrutiniesOf = new();

    private static readonly Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<ProgressUpdateView>> UpdatesOf =
        EF.CompileAsyncQuery((CommissioningDbContext db, List<Guid> plans) => db.ProgressUpdates.AsNoTracking()
            .Where(u => plans.Contains(u.PlanId))
            .Select(u => new ProgressUpdateView(u.Id, u.PlanId, u.Quarter, u.Revision, u.OverallNarrative, u.SubmittedByName, u.SubmittedAt)));

    private static readonly Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<Part<IReadOnlyList<ActionProgress>>>> EntriesOf =
        EF.CompileAsyncQuery((CommissioningDbContext db, List<Guid> updates) => db.ProgressUpdates.AsNoTracking()
            .Where(u => updates.Contains(u.Id))
            .Select(u => new Part<IReadOnlyList<ActionProgress>>(u.Id, u.Entries)));

    private static Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<Part<PlanAction>>> ActionsWith(ulong columns) =>
        ActionsOf.GetOrAdd(columns, c => EF.CompileAsyncQuery(ActionColumns.Project(ActionsQuery, c)));

    private static Func<CommissioningDbContext, List<Guid>, IAsyncEnumerable<Part<Scrutiny>>> ScrutiniesWith(ulong columns) =>
        ScrutiniesOf.GetOrAdd(columns, c => EF.CompileAsyncQuery(ScrutinyColumns.Project(ScrutiniesQuery, c)));

    // For plans whose page did not read a kind of part (none today: a page reads every kind it selects).
    private static GroupDataLoader<Guid, PlanAction> ActionsByPlan(IResolveFieldContext context, ulong columns) =>
        context.DataLoaders.Group<Guid, PlanAction>($"actionPlan:actions:{columns}", async (ids, ct) =>
            (await ListAsync(ActionsWith(columns)(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToLookup(r => r.OwnerId, r => r.Value));

    private static GroupDataLoader<Guid, Scrutiny> ScrutiniesByPlan(IResolveFieldContext context, ulong columns) =>
        context.DataLoaders.Group<Guid, Scrutiny>($"actionPlan:scrutinies:{columns}", async (ids, ct) =>
            (await ListAsync(ScrutiniesWith(columns)(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToLookup(r => r.OwnerId, r => r.Value));

    private static GroupDataLoader<Guid, ProgressUpdateView> UpdatesByPlan(IResolveFieldContext context) =>
        context.DataLoaders.Group<Guid, ProgressUpdateView>("actionPlan:progressUpdates", async (ids, ct) =>
            (await ListAsync(UpdatesOf(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToLookup(u => u.PlanId));

    private static BatchDataLoader<Guid, IReadOnlyList<ActionProgress>> EntriesByUpdate(IResolveFieldContext context) =>
        context.DataLoaders.Batch<Guid, IReadOnlyList<ActionProgress>>("progressUpdate:entries", async (ids, ct) =>
            (await ListAsync(EntriesOf(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToDictionary(r => r.OwnerId, r => r.Value));

    private static async Task<List<T>> ListAsync<T>(IAsyncEnumerable<T> rows, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var row in rows.WithCancellation(ct).ConfigureAwait(false)) list.Add(row);
        return list;
    }

    /// <summary>A part with the key of what it belongs to (a plan, or a revision for its lines).</summary>
    private sealed record Part<T>(Guid OwnerId, T Value);
}
