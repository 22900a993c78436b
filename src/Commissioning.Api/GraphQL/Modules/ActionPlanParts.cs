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
/// <c>actionPlans</c> loads the plans alone (<see cref="LoadedWithoutParts"/>); each kind of part then
/// loads for the whole page in one statement, only when the query selects it: actions and scrutinies with
/// only the columns of the fields selected (<see cref="SelectedColumns{TEntity}"/>), revisions with the
/// columns <see cref="ProgressUpdateView"/> shows. A plan that arrives whole (a mutation's payload,
/// <c>node(id:)</c>) answers from its own collections, so a payload shows the plan as just saved.
/// </summary>
internal static class ActionPlanParts
{
    private const string WithoutPartsKey = "actionPlans:withoutParts";

    /// <summary>Notes that these plans were loaded without their parts, so their part fields load them.</summary>
    public static void LoadedWithoutParts(IResolveFieldContext context, IReadOnlyList<ActionPlan> plans)
    {
        var set = WithoutPartsSet(context);
        foreach (var plan in plans) set.TryAdd(plan, 0);
    }

    public static async Task<IReadOnlyList<PlanAction>> ActionsAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan) ? await ActionsByPlan(context, ActionColumns.For(context)).LoadAsync(plan.Id).ConfigureAwait(false) : plan.Actions;

    public static async Task<IReadOnlyList<Scrutiny>> ScrutiniesAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan)
            ? await ScrutiniesByPlan(context, ScrutinyColumns.For(context)).LoadAsync(plan.Id).ConfigureAwait(false)
            : plan.Scrutinies;

    /// <summary>Every revision of the plan, in no particular order.</summary>
    public static async Task<IReadOnlyList<ProgressUpdateView>> ProgressUpdatesAsync(IResolveFieldContext context, ActionPlan plan) =>
        WithoutParts(context, plan)
            ? await UpdatesByPlan(context).LoadAsync(plan.Id).ConfigureAwait(false)
            : plan.ProgressUpdates.Select(ProgressUpdateView.Of).ToList();

    /// <summary>The per-action lines of a revision.</summary>
    public static async Task<IReadOnlyList<ActionProgress>> EntriesAsync(IResolveFieldContext context, ProgressUpdateView update) =>
        update.Entries ?? await EntriesByUpdate(context).LoadAsync(update.Id).ConfigureAwait(false) ?? [];

    private static bool WithoutParts(IResolveFieldContext context, ActionPlan plan) => WithoutPartsSet(context).ContainsKey(plan);

    // Asked by every part field of every plan, from whichever thread its resolver runs on: lock-free reads.
    private static ConcurrentDictionary<ActionPlan, byte> WithoutPartsSet(IResolveFieldContext context) =>
        context.DataLoaders.GetOrAdd(WithoutPartsKey, _ => new ConcurrentDictionary<ActionPlan, byte>(ReferenceEqualityComparer.Instance));

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

    private static GroupDataLoader<Guid, PlanAction> ActionsByPlan(IResolveFieldContext context, ulong columns) =>
        context.DataLoaders.Group<Guid, PlanAction>($"actionPlan:actions:{columns}", async (ids, ct) =>
        {
            var query = ActionsOf.GetOrAdd(columns, c => EF.CompileAsyncQuery(ActionColumns.Project(ActionsQuery, c)));
            return (await ListAsync(query(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToLookup(r => r.OwnerId, r => r.Value);
        });

    private static GroupDataLoader<Guid, Scrutiny> ScrutiniesByPlan(IResolveFieldContext context, ulong columns) =>
        context.DataLoaders.Group<Guid, Scrutiny>($"actionPlan:scrutinies:{columns}", async (ids, ct) =>
        {
            var query = ScrutiniesOf.GetOrAdd(columns, c => EF.CompileAsyncQuery(ScrutinyColumns.Project(ScrutiniesQuery, c)));
            return (await ListAsync(query(context.Db(), [.. ids]), ct).ConfigureAwait(false)).ToLookup(r => r.OwnerId, r => r.Value);
        });

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
