using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The request's DataLoaders for the organisation and schedule aggregates. Every relation between them
/// resolves through one of these, so a relation costs one SQL statement per request however many
/// parents ask. Node lookups share the loaders of <see cref="NodeRegistry"/>, so <c>node(id:)</c> and a
/// field naming the same object hit the database once.
/// </summary>
public static class Loaders
{
    public static BatchDataLoader<Guid, Provider> Provider(IResolveFieldContext c) => NodeRegistry.Loader<Provider, Guid>(c, "Provider", FetchProviders);

    public static BatchDataLoader<Guid, Lscb> Lscb(IResolveFieldContext c) => NodeRegistry.Loader<Lscb, Guid>(c, "Lscb", FetchLscbs);

    public static BatchDataLoader<Guid, Contract> Contract(IResolveFieldContext c) => NodeRegistry.Loader<Contract, Guid>(c, "Contract", FetchContracts);

    public static BatchDataLoader<Guid, Section11Schedule> Schedule(IResolveFieldContext c) =>
        NodeRegistry.Loader<Section11Schedule, Guid>(c, "Section11Schedule", FetchSchedules);

    public static GroupDataLoader<Guid, Contract> ContractsByProvider(IResolveFieldContext c) =>
        c.DataLoaders.Group<Guid, Contract>("contracts:byProvider", async (ids, ct) =>
            (await Db(c).Contracts.AsNoTracking().Where(x => ids.Contains(x.ProviderId)).OrderBy(x => x.StartDate).ToListAsync(ct))
                .ToLookup(x => x.ProviderId));

    public static GroupDataLoader<Guid, Section11Schedule> SchedulesByProvider(IResolveFieldContext c) =>
        c.DataLoaders.Group<Guid, Section11Schedule>("schedules:byProvider", async (ids, ct) =>
            (await Db(c).Schedules.AsNoTracking().Where(x => ids.Contains(x.ProviderId)).ToListAsync(ct)).ToLookup(x => x.ProviderId));

    public static GroupDataLoader<Guid, IndicatorReturn> ReturnsBySchedule(IResolveFieldContext c) =>
        c.DataLoaders.Group<Guid, IndicatorReturn>("indicatorReturns:bySchedule", async (ids, ct) =>
            (await Db(c).IndicatorReturns.AsNoTracking().Where(x => ids.Contains(x.ScheduleId)).OrderBy(x => x.Quarter).ToListAsync(ct))
                .ToLookup(x => x.ScheduleId));

    public static GroupDataLoader<Guid, IndicatorReturn> ReturnsByProvider(IResolveFieldContext c) =>
        c.DataLoaders.Group<Guid, IndicatorReturn>("indicatorReturns:byProvider", async (ids, ct) =>
            (await Db(c).IndicatorReturns.AsNoTracking().Where(x => ids.Contains(x.ProviderId)).OrderBy(x => x.Quarter).ToListAsync(ct))
                .ToLookup(x => x.ProviderId));

    /// <summary>The providers of each LSCB: membership lives on the provider, so one statement searches the members' lists.</summary>
    public static GroupDataLoader<Guid, Provider> ProvidersByLscb(IResolveFieldContext c) =>
        c.DataLoaders.Group<Guid, Provider>("providers:byLscb", async (ids, ct) =>
        {
            var providers = await Db(c).Providers.AsNoTracking().Where(p => p.LscbIds.Any(l => ids.Contains(l))).OrderBy(p => p.Name).ToListAsync(ct);
            return providers.SelectMany(p => p.LscbIds.Where(ids.Contains).Select(l => (Lscb: l, Provider: p))).ToLookup(x => x.Lscb, x => x.Provider);
        });

    /// <summary>The schedule holding each audit: audits live inside a schedule's audit schedule.</summary>
    public static BatchDataLoader<Guid, Guid> ScheduleIdOfAudit(IResolveFieldContext c) =>
        c.DataLoaders.Batch<Guid, Guid>("audits:scheduleId", async (ids, ct) =>
            await (from a in Db(c).Set<Audit>()
                   join s in Db(c).Set<AuditSchedule>() on EF.Property<Guid>(a, "AuditScheduleId") equals s.Id
                   where ids.Contains(a.Id)
                   select new { a.Id, ScheduleId = EF.Property<Guid>(s, "ScheduleId") }).ToDictionaryAsync(x => x.Id, x => x.ScheduleId, ct));

    public static async Task<IReadOnlyDictionary<Guid, Provider>> FetchProviders(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).Providers.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    public static async Task<IReadOnlyDictionary<Guid, Lscb>> FetchLscbs(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).Lscbs.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    public static async Task<IReadOnlyDictionary<Guid, Contract>> FetchContracts(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).Contracts.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    public static async Task<IReadOnlyDictionary<Guid, Section11Schedule>> FetchSchedules(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).Schedules.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    public static async Task<IReadOnlyDictionary<Guid, IndicatorReturn>> FetchIndicatorReturns(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).IndicatorReturns.AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    public static async Task<IReadOnlyDictionary<Guid, Audit>> FetchAudits(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await Db(s).Set<Audit>().AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);

    private static CommissioningDbContext Db(IResolveFieldContext c) => c.Db();

    private static CommissioningDbContext Db(IServiceProvider s) => s.GetRequiredService<CommissioningDbContext>();
}
