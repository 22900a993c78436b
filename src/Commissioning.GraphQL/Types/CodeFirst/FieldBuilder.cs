namespace Commissioning.GraphQL.Types;

/// <summary>Describes one output field for <see cref="SchemaBuilder"/>; fluent.</summary>
public sealed class FieldBuilder
{
    private readonly List<ArgumentBuilder> _arguments = [];
    private readonly Dictionary<string, object?> _metadata = new(StringComparer.Ordinal);
    private readonly List<AppliedDirective> _directives = [];
    private string? _description;
    private string? _deprecationReason;

    internal FieldBuilder(string name, TypeReference? type, FieldResolver? resolver, Func<object?, object?>? sourceReader = null)
    {
        Name = name;
        TypeRef = type;
        Resolver = resolver;
        SourceReader = sourceReader;
    }

    public string Name { get; }
    internal TypeReference? TypeRef { get; private set; }
    internal FieldResolver? Resolver { get; }
    internal Func<object?, object?>? SourceReader { get; }

    public FieldBuilder Description(string description) { _description = description; return this; }
    public FieldBuilder Deprecated(string reason = Directives.DefaultDeprecationReason) { _deprecationReason = reason; return this; }
    public FieldBuilder Type(TypeReference type) { TypeRef = type; return this; }
    public FieldBuilder NonNull() { TypeRef = Require().NonNull(); return this; }
    public FieldBuilder Nullable() { TypeRef = Require().Nullable(); return this; }
    public FieldBuilder Metadata(string key, object? value) { _metadata[key] = value; return this; }

    /// <summary>Applies a directive to the field definition; it appears in the printed schema.</summary>
    public FieldBuilder Directive(AppliedDirective directive) { _directives.Add(directive); return this; }

    /// <summary>Only callers holding one of <paramref name="roles"/> may use this field; with none, any signed-in caller (<c>@authorize</c>).</summary>
    public FieldBuilder Authorize(params string[] roles) => Authorize(new Authorization.AuthorizationRule(roles));

    /// <summary>Only callers satisfying the host's named <paramref name="policy"/> may use this field.</summary>
    public FieldBuilder AuthorizePolicy(string policy) => Authorize(new Authorization.AuthorizationRule(policy: policy));

    /// <summary>Adds an <c>@authorize</c> rule; every rule applied must allow the caller.</summary>
    public FieldBuilder Authorize(Authorization.AuthorizationRule rule) => Directive(Authorization.AuthorizeDirective.Apply(rule));

    internal IEnumerable<DirectiveDefinition> DirectiveDefinitions => _directives.Select(d => d.Definition);

    /// <summary>An argument whose GraphQL type follows from <typeparamref name="TArg"/> (int → Int!, int? → Int, string → String).</summary>
    public FieldBuilder Argument<TArg>(string name, Action<ArgumentBuilder>? configure = null) =>
        Argument(name, TypeReference.Clr(typeof(TArg)), configure);

    public FieldBuilder Argument(string name, TypeReference type, Action<ArgumentBuilder>? configure = null)
    {
        var argument = new ArgumentBuilder(name, type);
        configure?.Invoke(argument);
        _arguments.Add(argument);
        return this;
    }

    private TypeReference Require() => TypeRef ?? throw new InvalidOperationException($"Field \"{Name}\" has no type yet; call Type(...) first.");

    internal FieldDefinition Build(TypeResolutionContext context, string ownerName)
    {
        if (TypeRef is null) throw new InvalidOperationException($"Field {ownerName}.{Name} needs a type: call Type(...).");
        if (TypeRef.Resolve(context) is not IOutputType type)
            throw new InvalidOperationException($"The type of {ownerName}.{Name} must be Output Type.");
        var field = new FieldDefinition(Name, type) { Description = _description, DeprecationReason = _deprecationReason, Resolver = Resolver,
            SourceReader = SourceReader };
        foreach (var a in _arguments) field.AddArgument(a.Build(context));
        foreach (var (k, v) in _metadata) field.Metadata[k] = v;
        foreach (var d in _directives) field.ApplyDirective(d);
        return field;
    }
}

/// <summary>Describes an argument or input field; fluent.</summary>
public sealed class ArgumentBuilder
{
    private TypeReference _type;
    private string? _description;
    private string? _deprecationReason;
    private bool _hasDefault;
    private object? _default;

    internal ArgumentBuilder(string name, TypeReference type)
    {
        Name = name;
        _type = type;
    }

    public string Name { get; }
    public ArgumentBuilder Description(string description) { _description = description; return this; }
    public ArgumentBuilder Deprecated(string reason = Directives.DefaultDeprecationReason) { _deprecationReason = reason; return this; }
    public ArgumentBuilder Type(TypeReference type) { _type = type; return this; }
    public ArgumentBuilder NonNull() { _type = _type.NonNull(); return this; }
    public ArgumentBuilder Nullable() { _type = _type.Nullable(); return this; }

    /// <summary>The default as an internal value: an int for Int, the CLR enum value for a mapped enum, a dictionary for an input object.</summary>
    public ArgumentBuilder Default(object? value) { _default = value; _hasDefault = true; return this; }

    internal InputValueDefinition Build(TypeResolutionContext context)
    {
        if (_type.Resolve(context) is not IInputType type)
            throw new InvalidOperationException($"The type of argument \"{Name}\" must be Input Type.");
        return _hasDefault
            ? new InputValueDefinition(Name, type) { Description = _description, DeprecationReason = _deprecationReason, DefaultValue = _default }
            : new InputValueDefinition(Name, type) { Description = _description, DeprecationReason = _deprecationReason };
    }
}
