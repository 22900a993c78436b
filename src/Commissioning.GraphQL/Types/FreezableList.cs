namespace Commissioning.GraphQL.Types;

/// <summary>
/// The interfaces a type implements or the members of a union: filled while the type is defined, then
/// copied and fixed when its schema is built, so a built schema's types never change under execution.
/// </summary>
internal sealed class FreezableList<T>(string ownerName)
{
    private readonly List<T> _items = [];
    private T[]? _frozen;

    public IReadOnlyList<T> Items => _frozen ?? (IReadOnlyList<T>)_items;

    public void AddRange(IEnumerable<T> items)
    {
        if (_frozen is not null) throw new InvalidOperationException($"Type {ownerName} is part of a built schema and can no longer change.");
        _items.AddRange(items);
    }

    /// <summary>Fixes the list; false when it already was, so the owner's freezing runs once.</summary>
    public bool Freeze()
    {
        if (_frozen is not null) return false;
        _frozen = [.. _items];
        return true;
    }
}
