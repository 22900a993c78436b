using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Types;

/// <summary>A field of an object or interface type (spec §3.6).</summary>
public sealed class FieldDefinition : INamedDefinition
{
    private readonly FreezableList<AppliedDirective> _directives;

    public FieldDefinition(string name, IOutputType type)
    {
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
        _directives = new(name);
    }

    public string Name { get; }
    public IOutputType Type { get; }
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;
    public DefinitionCollection<InputValueDefinition> Arguments { get; } = new();

    /// <summary>Produces the field's value; null means the default resolver (a property or dictionary entry).</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>
    /// When set, the field's value is this function of the source alone, and <see cref="Resolver"/> is the same
    /// function behind a context: the executor calls the reader directly and builds no context for the field.
    /// </summary>
    internal Func<object?, object?>? SourceReader { get; init; }

    /// <summary>Data for later layers: authorization policies, cost, ... Read-only once the schema is built.</summary>
    public MetadataMap Metadata { get; } = new();

    public FieldDefinitionNode? AstNode { get; init; }

    /// <summary>Directives applied to this field in the schema (other than @deprecated), e.g. @authorize.</summary>
    public IReadOnlyList<AppliedDirective> AppliedDirectives => _directives.Items;

    /// <summary>The field's @authorize rules, fixed when its schema is built; null when it has none.</summary>
    internal Authorization.AuthorizationRule[]? AuthorizationRules { get; private set; }

    // The default resolver's last (CLR type, getter) pair: sources of one field almost always share a type.
    internal DefaultFieldResolver.Getter? CachedGetter;

    /// <summary>Adds an argument; returns this field so definitions read as one expression.</summary>
    public FieldDefinition AddArgument(InputValueDefinition argument)
    {
        Arguments.Add(argument);
        return this;
    }

    public FieldDefinition ApplyDirective(AppliedDirective directive)
    {
        _directives.AddRange([directive]);
        return this;
    }

    internal void Freeze()
    {
        Arguments.Freeze();
        Metadata.Freeze();
        if (_directives.Freeze()) AuthorizationRules = Authorization.AuthorizeDirective.RulesOf(_directives.Items);
    }

    /// <summary>Freezes a type's field list and each field in it.</summary>
    internal static void Freeze(DefinitionCollection<FieldDefinition> fields)
    {
        fields.Freeze();
        foreach (var field in fields) field.Freeze();
    }

    public override string ToString() => Name;
}

/// <summary>An argument or an input object field (spec §3.6.1, §3.10).</summary>
public sealed class InputValueDefinition : INamedDefinition
{
    private readonly object? _defaultValue;

    public InputValueDefinition(string name, IInputType type)
    {
        Name = name;
        Type = type ?? throw new ArgumentNullException(nameof(type));
    }

    public string Name { get; }
    public IInputType Type { get; }
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>The default as an internal value (already coerced), used when the input omits this value.</summary>
    public object? DefaultValue
    {
        get => _defaultValue;
        init
        {
            _defaultValue = value;
            HasDefaultValue = true;
        }
    }

    /// <summary>Distinguishes "no default" from a default of null.</summary>
    public bool HasDefaultValue { get; private init; }

    public MetadataMap Metadata { get; } = new();
    public InputValueDefinitionNode? AstNode { get; init; }

    internal void Freeze() => Metadata.Freeze();

    public override string ToString() => Name;
}

/// <summary>One value of an enum type (spec §3.9): its name, and the internal value it stands for.</summary>
public sealed class EnumValueDefinition : INamedDefinition
{
    public EnumValueDefinition(string name, object? value = null)
    {
        Name = name;
        // graphql-js: an enum value without an explicit value stands for its own name.
        Value = value ?? name;
    }

    public string Name { get; }
    public object Value { get; }
    public string? Description { get; init; }
    public string? DeprecationReason { get; init; }
    public bool IsDeprecated => DeprecationReason is not null;
    public MetadataMap Metadata { get; } = new();
    public EnumValueDefinitionNode? AstNode { get; init; }

    public override string ToString() => Name;
}
