using System.Text.Json.Nodes;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// What a change did to each record it touched, read from the EF change tracker before saving: for every
/// aggregate (the record with no parent), the values before and after, keyed by their path inside it.
/// Updates give only the properties that changed; inserts and deletions give every value; child rows
/// (actions, progress-update revisions, indicators, ...) and owned values appear under the aggregate at
/// paths such as <c>progressUpdates[id].entries[0].narrative</c>.
/// </summary>
internal static class TrackedChanges
{
    /// <summary>One changed aggregate: its type, key and the changed values at their paths.</summary>
    public sealed record Change(string RecordType, Guid RecordId, JsonObject Before, JsonObject After);

    public static IReadOnlyList<Change> Collect(ChangeTracker tracker, Func<Type, bool> ignore)
    {
        var entries = tracker.Entries().Where(e => !ignore(e.Metadata.ClrType)).ToList();
        var byKey = new Dictionary<string, EntityEntry>(StringComparer.Ordinal);
        foreach (var entry in entries) byKey.TryAdd(KeyOf(entry.Metadata, entry), entry);
        var changes = new Dictionary<EntityEntry, Change>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            var (root, path) = Locate(entry, byKey);
            if (root.Entity is not Entity rootEntity) continue;
            if (!changes.TryGetValue(root, out var change))
                changes[root] = change = new Change(root.Metadata.ClrType.Name, rootEntity.Id, [], []);
            Describe(entry, path, change);
        }
        return [.. changes.Values];
    }

    private static void Describe(EntityEntry entry, string path, Change change)
    {
        var keys = entry.Metadata.FindPrimaryKey()?.Properties ?? [];
        foreach (var property in entry.Properties)
        {
            // The key is the record's identity (in its path), and foreign keys to the parent repeat the path.
            if (keys.Contains(property.Metadata) || IsParentKey(entry.Metadata, property.Metadata)) continue;
            var name = Join(path, Camel(property.Metadata.Name));
            switch (entry.State)
            {
                case EntityState.Added:
                    change.After[name] = AuditValues.ToJson(property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    change.Before[name] = AuditValues.ToJson(property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified:
                    change.Before[name] = AuditValues.ToJson(property.OriginalValue);
                    change.After[name] = AuditValues.ToJson(property.CurrentValue);
                    break;
            }
        }
    }

    /// <summary>The aggregate an entry belongs to, and the entry's path inside it ("" for the aggregate itself).</summary>
    private static (EntityEntry Root, string Path) Locate(EntityEntry entry, Dictionary<string, EntityEntry> byKey)
    {
        var path = "";
        var current = entry;
        while (ParentKey(current.Metadata) is { } parentKey
               && byKey.TryGetValue(ParentKeyOf(parentKey, current), out var parent))
        {
            path = Join(Segment(parentKey.PrincipalToDependent!, current, parent), path);
            current = parent;
        }
        return (current, path);
    }

    private static string Segment(INavigationBase navigation, EntityEntry child, EntityEntry parent)
    {
        var name = Camel(navigation.Name);
        if (!navigation.IsCollection) return name;
        if (child.Entity is Entity entity) return $"{name}[{entity.Id}]";
        // Owned values in a list have no identity of their own: their position in the list names them.
        var position = parent.Collection(navigation.Name).CurrentValue?.Cast<object>().ToList().IndexOf(child.Entity) ?? -1;
        return position >= 0 ? $"{name}[{position}]" : $"{name}[removed]";
    }

    /// <summary>The relationship to the record this one is part of: the ownership, or a parent's navigation to its children.</summary>
    private static IForeignKey? ParentKey(IEntityType type) =>
        type.FindOwnership() ?? type.GetForeignKeys().FirstOrDefault(k => k.PrincipalToDependent is not null);

    private static bool IsParentKey(IEntityType type, IProperty property) =>
        ParentKey(type) is { } key && key.Properties.Contains(property);

    private static string KeyOf(IEntityType type, EntityEntry entry) =>
        type.Name + "|" + string.Join("|", (type.FindPrimaryKey()?.Properties ?? []).Select(p => Value(entry, p)));

    private static string ParentKeyOf(IForeignKey key, EntityEntry child) =>
        key.PrincipalEntityType.Name + "|" + string.Join("|", key.Properties.Select(p => Value(child, p)));

    private static string? Value(EntityEntry entry, IProperty property)
    {
        var value = entry.Property(property.Name);
        return Convert.ToString(entry.State == EntityState.Deleted ? value.OriginalValue : value.CurrentValue, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Join(string path, string name) =>
        path.Length == 0 ? name : name.Length == 0 ? path : name.StartsWith('[') ? path + name : path + "." + name;

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];
}
