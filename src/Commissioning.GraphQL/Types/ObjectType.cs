using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>An object type (spec §3.6). Fields are added in definition order; frozen when its schema is built.</summary>
public sealed class ObjectType : IComplexType
{
    private readonly FreezableList<InterfaceType> _interfaces;
    private readonly FreezableList<AppliedDirective> _directives;

    public ObjectType(string name)
    {
        Name = name;
        _interfaces = new(name);
        _directives = new(name);
    }

    public string Name { get; }
    public string? Description { get; init; }
    public DefinitionCollection<FieldDefinition> Fields { get; } = new();
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Items;

    /// <summary>Tells an abstract type's resolution whether a value is of this type.</summary>
    public IsTypeOfFunc? IsTypeOf { get; init; }

    /// <summary>When set, the default resolver treats sources of this CLR type as this object type.</summary>
    public Type? ClrType { get; init; }

    public MetadataMap Metadata { get; } = new();
    public ObjectTypeDefinitionNode? AstNode { get; init; }

    /// <summary>Directives applied to this type in the schema, e.g. @authorize.</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives => _directives.Items;

    /// <summary>The type's @authorize rules, fixed when its schema is built; null when it has none.</summary>
    internal Authorization.AuthorizationRule[]? AuthorizationRules { get; private set; }

    public ObjectType AddField(FieldDefinition field)
    {
        Fields.Add(field);
        return this;
    }

    public ObjectType Implements(params InterfaceType[] interfaces)
    {
        _interfaces.AddRange(interfaces);
        return this;
    }

    public ObjectType ApplyDirective(AppliedDirective directive)
    {
        _directives.AddRange([directive]);
        return this;
    }

    internal void Freeze()
    {
        if (!_interfaces.Freeze()) return;
        FieldDefinition.Freeze(Fields);
        Metadata.Freeze();
        _directives.Freeze();
        AuthorizationRules = Authorization.AuthorizeDirective.RulesOf(_directives.Items);
    }

    public override string ToString() => Name;
}

/// <summary>An interface type (spec §3.7); it may itself implement interfaces.</summary>
public sealed class InterfaceType : IComplexType, IAbstractType
{
    private readonly FreezableList<InterfaceType> _interfaces;

    public InterfaceType(string name)
    {
        Name = name;
        _interfaces = new(name);
    }

    public string Name { get; }
    public string? Description { get; init; }
    public DefinitionCollection<FieldDefinition> Fields { get; } = new();
    public IReadOnlyList<InterfaceType> Interfaces => _interfaces.Items;
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
        _interfaces.AddRange(interfaces);
        return this;
    }

    internal void Freeze()
    {
        if (!_interfaces.Freeze()) return;
        FieldDefinition.Freeze(Fields);
        Metadata.Freeze();
    }

    public override string ToString() => Name;
}

/// <summary>A union of object types (spec §3.8).</summary>
public sealed class UnionType : IAbstractType
{
    private readonly FreezableList<ObjectType> _types;

    public UnionType(string name, params ObjectType[] types)
    {
        Name = name;
        _types = new(name);
        _types.AddRange(types);
    }

    public string Name { get; }
    public string? Description { get; init; }
    public IReadOnlyList<ObjectType> Types => _types.Items;
    public ResolveTypeFunc? ResolveType { get; init; }
    public MetadataMap Metadata { get; } = new();
    public UnionTypeDefinitionNode? AstNode { get; init; }

    public UnionType AddType(ObjectType type)
    {
        _types.AddRange([type]);
        return this;
    }

    internal void Freeze()
    {
        if (_types.Freeze()) Metadata.Freeze();
    }

    public override string ToString() => Name;
}
