using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>An object type (spec §3.6). Fields are added in definition order; frozen when its schema is built.</summary>
public sealed class ObjectType : IComplexType
{
    private readonly List<InterfaceType> _interfaces = [];
    private InterfaceType[] _frozenInterfaces = [];
    private bool _isFrozen;

    public ObjectType(string name) => Name = name;

    public string Name { get; }
    public string? Description { get; init; }
    public DefinitionCollection<FieldDefinition> Fields { get; } = new();
    public IReadOnlyList<InterfaceType> Interfaces => _isFrozen ? _frozenInterfaces : _interfaces;

    /// <summary>Tells an abstract type's resolution whether a value is of this type.</summary>
    public IsTypeOfFunc? IsTypeOf { get; init; }

    /// <summary>When set, the default resolver treats sources of this CLR type as this object type.</summary>
    public Type? ClrType { get; init; }

    public MetadataMap Metadata { get; } = new();
    public ObjectTypeDefinitionNode? AstNode { get; init; }

    public ObjectType AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }

    public ObjectType Implements(params InterfaceType[] interfaces)
    {
        if (_isFrozen) throw new InvalidOperationException($"Type {Name} is part of a built schema and can no longer change.");
        _interfaces.AddRange(interfaces);
        return this;
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _frozenInterfaces = [.. _interfaces];
        _isFrozen = true;
        Fields.Freeze();
        foreach (var f in Fields) f.Freeze();
        Metadata.Freeze();
    }

    public override string ToString() => Name;
}

/// <summary>An interface type (spec §3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType : IComplexType, IAbstractType
{
    private readonly List<InterfaceType> _interfaces = [];
    private InterfaceType[] _frozenInterfaces = [];
    private bool _isFrozen;

    public InterfaceType(string name) => Name = name;

    public string Name { get; }
    public string? Description { get; init; }
    public DefinitionCollection<FieldDefinition> Fields { get; } = new();
    public IReadOnlyList<InterfaceType> Interfaces => _isFrozen ? _frozenInterfaces : _interfaces;
    public ResolveTypeFunc? ResolveType { get; init; }
    public MetadataMap Metadata { get; } = new();
    public InterfaceTypeDefinitionNode? AstNode { get; init; }

    public InterfaceType AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }

    public InterfaceType Implements(params InterfaceType[] interfaces)
    {
        if (_isFrozen) throw new InvalidOperationException($"Type {Name} is part of a built schema and can no longer change.");
        _interfaces.AddRange(interfaces);
        return this;
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _frozenInterfaces = [.. _interfaces];
        _isFrozen = true;
        Fields.Freeze();
        foreach (var f in Fields) f.Freeze();
        Metadata.Freeze();
    }

    public override string ToString() => Name;
}

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType : IAbstractType
{
    private readonly List<ObjectType> _types = [];
    private ObjectType[] _frozenTypes = [];
    private bool _isFrozen;

    public UnionType(string name, params ObjectType[] types)
    {
        Name = name;
        _types.AddRange(types);
    }

    public string Name { get; }
    public string? Description { get; init; }
    public IReadOnlyList<ObjectType> Types => _isFrozen ? _frozenTypes : _types;
    public ResolveTypeFunc? ResolveType { get; init; }
    public MetadataMap Metadata { get; } = new();
    public UnionTypeDefinitionNode? AstNode { get; init; }

    public UnionType AddType(ObjectType type)
    {
        if (_isFrozen) throw new InvalidOperationException($"Type {Name} is part of a built schema and can no longer change.");
        _types.Add(type);
        return this;
    }

    internal void Freeze()
    {
        if (_isFrozen) return;
        _frozenTypes = [.. _types];
        _isFrozen = true;
        Metadata.Freeze();
    }

    public override string ToString() => Name;
}
