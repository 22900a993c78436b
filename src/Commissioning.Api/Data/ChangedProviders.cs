using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Commissioning.Api.Data;

/// <summary>
/// Which providers' records a SaveChanges is about to change, for the change log (<see cref="DataChange"/>): an
/// aggregate that carries a provider (a provider itself, its contracts, schedules, returns, incidents and plans) names
/// it, before and after the save; a child or owned value names the provider of the aggregate it hangs from, found by
/// walking down from every tracked aggregate (children are saved with their root), or, for a child taken out of its
/// parent's collection, through its key to that parent. A review (with its owned parts) sets <see cref="Reviews"/>:
/// reviews belong to no provider or to several (AUTHOR_CONFLICT compares them across providers), and are few, so
/// they are read again whole. Anything else the exception snapshot reads (an LSCB, a record of a kind added later,
/// a child whose aggregate is not tracked) is not one provider's change: <see cref="Everything"/>. Records the
/// snapshot never reads (the audit trail, meetings, published reports, the counter and the log themselves) name
/// nothing.
/// </summary>
internal sealed class ChangedProviders
{
    private static readonly HashSet<Type> NotInSnapshot =
        [typeof(AuditTrailEntry), typeof(MonitoringMeeting), typeof(Domain.Exceptions.PublishedExceptionReport), typeof(DataVersion), typeof(DataChange)];

    // The aggregates whose ProviderId is the provider the snapshot files them under.
    private static readonly HashSet<Type> ProviderRoots =
        [typeof(Contract), typeof(Section11Schedule), typeof(IndicatorReturn), typeof(Incident), typeof(ActionPlan)];

    /// <summary>What the log writes for a change to reviews, beside the providers' ids.</summary>
    public const string ReviewsToken = "reviews";

    public HashSet<Guid> Providers { get; } = [];

    /// <summary>A review changed: the reviews are read again, whole.</summary>
    public bool Reviews { get; private set; }

    /// <summary>A change that is not (only) some providers' records: every snapshot must be read afresh.</summary>
    public bool Everything { get; private set; }

    /// <summary>Adds what <paramref name="context"/>'s pending changes touch.</summary>
    public void Add(DbContext context)
    {
        if (Everything) return;
        // The caller has just detected the changes (HasChanges); the walk below only reads the tracked graph, and with
        // automatic detection on, every Entry() it asks for would detect again (the write bench: ~7 ms of API CPU per
        // quarterly submission, whose plan aggregate tracks every action, revision and scrutiny).
        var detect = context.ChangeTracker.AutoDetectChangesEnabled;
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            AddDetected(context);
        }
        finally
        {
            context.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }

    private void AddDetected(DbContext context)
    {
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !NotInSnapshot.Contains(Root(e.Metadata).ClrType))
            .ToList();
        if (changed.Count == 0) return;

        var byEntity = new Dictionary<object, Guid[]>(ReferenceEqualityComparer.Instance);
        var byKey = new Dictionary<(Type, object), Guid[]>();
        foreach (var entry in context.ChangeTracker.Entries())
            if (ProvidersOfRoot(entry) is { } providers) Walk(context, entry, providers, byEntity, byKey);

        foreach (var entry in changed)
        {
            if (Root(entry.Metadata).ClrType == typeof(Review))
            {
                Reviews = true;
                continue;
            }
            var providers = byEntity.GetValueOrDefault(entry.Entity) ?? ThroughParent(entry, byKey);
            if (providers is null)
            {
                Everything = true;
                Providers.Clear();
                return;
            }
            Providers.UnionWith(providers);
        }
        if (Providers.Count > DataChange.MaxProviders)
        {
            Everything = true;
            Providers.Clear();
        }
    }

    /// <summary>
    /// The log's text for these changes: null for everything, else the providers' ids, comma-separated, after
    /// <see cref="ReviewsToken"/> when reviews changed.
    /// </summary>
    public string? ToLogText() =>
        Everything ? null : string.Join(',', (Reviews ? [ReviewsToken] : Array.Empty<string>()).Concat(Providers.Order().Select(p => p.ToString())));

    /// <summary>Parses <see cref="DataChange.Providers"/>; null stands for everything, and so does text it cannot read.</summary>
    public static (IReadOnlyList<Guid> Providers, bool Reviews)? Parse(string? text)
    {
        if (text is null) return null;
        var providers = new List<Guid>();
        var reviews = false;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ReviewsToken) reviews = true;
            else if (Guid.TryParse(part, out var id)) providers.Add(id);
            else return null;
        }
        return (providers, reviews);
    }

    private static Microsoft.EntityFrameworkCore.Metadata.IEntityType Root(Microsoft.EntityFrameworkCore.Metadata.IEntityType type)
    {
        while (type.FindOwnership() is { } ownership) type = ownership.PrincipalEntityType;
        return type;
    }

    private static Guid[]? ProvidersOfRoot(EntityEntry entry)
    {
        if (entry.State == EntityState.Detached || entry.Metadata.IsOwned()) return null;
        if (entry.Entity is Provider provider) return [provider.Id];
        if (!ProviderRoots.Contains(entry.Metadata.ClrType)) return null;
        var property = entry.Property(nameof(Contract.ProviderId));
        var current = (Guid)property.CurrentValue!;
        return entry.State is EntityState.Modified or EntityState.Deleted && property.OriginalValue is Guid original && original != current
            ? [current, original]
            : [current];
    }

    private static void Walk(DbContext context, EntityEntry entry, Guid[] providers, Dictionary<object, Guid[]> byEntity,
        Dictionary<(Type, object), Guid[]> byKey)
    {
        if (entry.State == EntityState.Detached || !byEntity.TryAdd(entry.Entity, providers)) return;
        if (entry.Metadata.FindPrimaryKey() is { Properties: [var key] } && entry.Property(key.Name).CurrentValue is { } id)
            byKey.TryAdd((entry.Metadata.ClrType, id), providers);
        foreach (var navigation in entry.Navigations)
        {
            // Only down the aggregate: from a parent to the children it holds.
            if (navigation.Metadata is not Microsoft.EntityFrameworkCore.Metadata.INavigation { IsOnDependent: false }) continue;
            switch (navigation)
            {
                case CollectionEntry { CurrentValue: { } children }:
                    foreach (var child in children) Walk(context, context.Entry(child), providers, byEntity, byKey);
                    break;
                case ReferenceEntry { CurrentValue: { } child }:
                    Walk(context, context.Entry(child), providers, byEntity, byKey);
                    break;
            }
        }
    }

    // A child no longer in its parent's collection (taken out, so deleted): the parent its foreign key named.
    private static Guid[]? ThroughParent(EntityEntry entry, Dictionary<(Type, object), Guid[]> byKey)
    {
        foreach (var foreignKey in entry.Metadata.GetForeignKeys())
        {
            if (foreignKey.PrincipalToDependent is null || foreignKey.Properties is not [var property]) continue;
            var value = entry.State == EntityState.Added ? entry.Property(property.Name).CurrentValue : entry.Property(property.Name).OriginalValue;
            if (value is not null && byKey.TryGetValue((foreignKey.PrincipalEntityType.ClrType, value), out var providers)) return providers;
        }
        return null;
    }
}
