using System.ComponentModel;
using System.Reflection;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// Code-first schema definition. Types are described with lambdas over CLR types; <see cref="Build"/>
/// creates every named type first, then resolves field types (so types may refer to each other in any
/// order), copies interface fields an object does not redeclare, and builds a validated <see cref="Schema"/>.
/// </summary>
public sealed class SchemaBuilder
{
    private readonly List<Action<TypeResolutionContext>> _declare = [];
    private readonly List<Action<TypeResolutionContext>> _complete = [];
    private readonly List<DirectiveDefinition> _directives = [.. Directives.Specified];
    private readonly Dictionary<Type, ObjectType> _objectsByClr = [];
    private readonly List<(string Type, string? Field, AppliedDirective Directive)> _appliedByCoordinate = [];
    private readonly List<Action<IComplexType, FieldDefinition>> _fieldConventions = [];
    private string? _description;
    private string? _query, _mutation, _subscription;

    public SchemaBuilder Description(string description) { _description = description; return this; }

    public SchemaBuilder Query(Action<ComplexTypeBuilder<object?>> configure, string name = "Query") { _query = name; return Object(name, configure); }
    public SchemaBuilder Mutation(Action<ComplexTypeBuilder<object?>> configure, string name = "Mutation") { _mutation = name; return Object(name, configure); }
    public SchemaBuilder Subscription(Action<ComplexTypeBuilder<object?>> configure, string name = "Subscription") { _subscription = name; return Object(name, configure); }

    /// <summary>An object type whose values are <typeparamref name="T"/>.</summary>
    public SchemaBuilder Object<T>(string name, Action<ComplexTypeBuilder<T>> configure)
    {
        var builder = new ComplexTypeBuilder<T>(name);
        configure(builder);
        ObjectType? type = null;
        _declare.Add(ctx =>
        {
            type = new ObjectType(name)
            {
                Description = builder.DescriptionText,
                ClrType = typeof(T) == typeof(object) ? null : typeof(T),
                IsTypeOf = typeof(T) == typeof(object) ? null : (value, _) => value is T,
            };
            foreach (var d in builder.Directives) type.ApplyDirective(d);
            ctx.Register(type, typeof(T));
            if (type.ClrType is not null) _objectsByClr[type.ClrType] = type;
            UseDirectives(builder.Directives.Select(d => d.Definition));
        });
        _complete.Add(ctx =>
        {
            foreach (var f in builder.Fields) type!.AddField(f.Build(ctx, name));
            foreach (var i in ResolveInterfaces(ctx, builder.InterfaceNames, builder.InterfaceClrTypes)) type!.Implements(i);
            foreach (var f in builder.Fields) UseDirectives(f.DirectiveDefinitions);
        });
        return this;
    }

    /// <summary>An interface type; objects that implement it inherit the fields (with resolvers) they do not declare.</summary>
    public SchemaBuilder Interface<T>(string name, Action<ComplexTypeBuilder<T>> configure)
    {
        var builder = new ComplexTypeBuilder<T>(name);
        configure(builder);
        InterfaceType? type = null;
        _declare.Add(ctx =>
        {
            type = new InterfaceType(name) { Description = builder.DescriptionText, ResolveType = ResolveByClrType };
            ctx.Register(type, typeof(T));
        });
        _complete.Insert(0, ctx =>
        {
            // Interfaces complete first so that implementing objects can copy their fields.
            if (builder.Directives.Count > 0)
                throw new InvalidOperationException($"Interface {name}: directives apply to object types and fields, not to interfaces.");
            foreach (var f in builder.Fields) type!.AddField(f.Build(ctx, name));
            foreach (var i in ResolveInterfaces(ctx, builder.InterfaceNames, builder.InterfaceClrTypes)) type!.Implements(i);
            foreach (var f in builder.Fields) UseDirectives(f.DirectiveDefinitions);
        });
        return this;
    }

    public SchemaBuilder Union(string name, string? description, params string[] memberTypeNames)
    {
        UnionType? type = null;
        _declare.Add(ctx =>
        {
            type = new UnionType(name) { Description = description, ResolveType = ResolveByClrType };
            ctx.Register(type, null);
        });
        _complete.Add(ctx =>
        {
            foreach (var m in memberTypeNames)
                type!.AddType(ctx.ByName(m) as ObjectType ?? throw new InvalidOperationException($"Union {name} member {m} is not an object type."));
        });
        return this;
    }

    /// <summary>An enum from a CLR enum: PascalCase names become SCREAMING_CASE; [Description] and [Obsolete] are honoured.</summary>
    public SchemaBuilder Enum<TEnum>(string? name = null, string? description = null) where TEnum : struct, Enum
    {
        _declare.Add(ctx =>
        {
            var type = new EnumType(name ?? typeof(TEnum).Name) { Description = description };
            foreach (var value in System.Enum.GetValues<TEnum>())
            {
                var member = typeof(TEnum).GetField(value.ToString())!;
                type.AddValue(new EnumValueDefinition(NameConventions.ToScreamingCase(value.ToString()), value)
                {
                    Description = member.GetCustomAttribute<DescriptionAttribute>()?.Description,
                    DeprecationReason = member.GetCustomAttribute<ObsoleteAttribute>() is { } o ? o.Message ?? Directives.DefaultDeprecationReason : null,
                });
            }
            ctx.Register(type, typeof(TEnum));
        });
        return this;
    }

    public SchemaBuilder InputObject<T>(string name, Action<InputObjectTypeBuilder<T>> configure)
    {
        var builder = new InputObjectTypeBuilder<T>(name);
        configure(builder);
        InputObjectType? type = null;
        _declare.Add(ctx =>
        {
            type = new InputObjectType(name) { Description = builder.DescriptionText, IsOneOf = builder.OneOf };
            ctx.Register(type, typeof(T));
        });
        _complete.Add(ctx =>
        {
            foreach (var f in builder.Fields) type!.AddField(f.Build(ctx));
        });
        return this;
    }

    /// <summary>A custom scalar; fields of CLR type <paramref name="clrType"/> get it.</summary>
    public SchemaBuilder Scalar(ScalarType scalar, Type? clrType = null)
    {
        _declare.Add(ctx => ctx.Register(scalar, clrType));
        return this;
    }

    /// <summary>A hand-built named type, usable by name from the builder's fields.</summary>
    public SchemaBuilder Type(INamedType type, Type? clrType = null)
    {
        _declare.Add(ctx => ctx.Register(type, clrType));
        return this;
    }

    public SchemaBuilder Directive(DirectiveDefinition directive)
    {
        _directives.Add(directive);
        return this;
    }

    /// <summary>
    /// Applies a directive to an object type (<paramref name="fieldName"/> null) or to one of its fields,
    /// named by schema coordinate, when the schema is built; so rules for many types can be kept in one
    /// place. Building fails when the type or field does not exist.
    /// </summary>
    public SchemaBuilder Apply(AppliedDirective directive, string typeName, string? fieldName = null)
    {
        _appliedByCoordinate.Add((typeName, fieldName, directive));
        return this;
    }

    /// <summary>An <c>@authorize</c> rule for an object type, or one of its fields, named by coordinate (see <see cref="Apply"/>).</summary>
    public SchemaBuilder Authorize(Authorization.AuthorizationRule rule, string typeName, string? fieldName = null) =>
        Apply(Authorization.AuthorizeDirective.Apply(rule), typeName, fieldName);

    private void ApplyByCoordinate(TypeResolutionContext ctx)
    {
        foreach (var (typeName, fieldName, directive) in _appliedByCoordinate)
        {
            var coordinate = fieldName is null ? typeName : typeName + "." + fieldName;
            if (ctx.ByNameOrNull(typeName) is not ObjectType type)
                throw new InvalidOperationException($"Cannot apply {directive} to {coordinate}: there is no object type {typeName}.");
            if (fieldName is null) type.ApplyDirective(directive);
            else (type.Fields[fieldName] ?? throw new InvalidOperationException($"Cannot apply {directive} to {coordinate}: {typeName} has no field {fieldName}."))
                .ApplyDirective(directive);
            UseDirectives([directive.Definition]);
        }
    }

    /// <summary>Declares the directives applied directives use, once each, so the schema (and its SDL) defines them.</summary>
    private void UseDirectives(IEnumerable<DirectiveDefinition> definitions)
    {
        foreach (var definition in definitions)
            if (!_directives.Contains(definition)) _directives.Add(definition);
    }

    /// Runs <paramref name="convention"/> on every field of every object and interface once all are built, before
    /// the schema freezes them: a place for rules that follow from a field's shape (e.g. cost metadata on every
    /// connection) rather than from each declaration.
    /// </summary>
    public SchemaBuilder ConfigureFields(Action<IComplexType, FieldDefinition> convention)
    {
        _fieldConventions.Add(convention ?? throw new ArgumentNullException(nameof(convention)));
        return this;
    }

    public Schema Build()
    {
        var ctx = new TypeResolutionContext();
        foreach (var declare in _declare) declare(ctx);
        foreach (var complete in _complete) complete(ctx);
        foreach (var type in ctx.AllTypes.ToList())
            if (type is ObjectType o) InheritInterfaceFields(o);
        ApplyByCoordinate(ctx);
        foreach (var convention in _fieldConventions)
            foreach (var type in ctx.AllTypes)
                if (type is IComplexType complex)
                    foreach (var field in complex.Fields) convention(complex, field);
        return new Schema(new SchemaOptions
        {
            Query = _query is null ? null : (ObjectType)ctx.ByName(_query),
            Mutation = _mutation is null ? null : (ObjectType)ctx.ByName(_mutation),
            Subscription = _subscription is null ? null : (ObjectType)ctx.ByName(_subscription),
            Types = ctx.AllTypes.ToList(),
            Directives = _directives,
            Description = _description,
        });
    }

    private static IEnumerable<InterfaceType> ResolveInterfaces(TypeResolutionContext ctx, List<string> names, List<Type> clrTypes)
    {
        foreach (var n in names) yield return ctx.ByName(n) as InterfaceType ?? throw new InvalidOperationException($"{n} is not an interface.");
        foreach (var t in clrTypes)
            yield return TypePredicates.GetNamedType(ctx.ByClr(t, null)) as InterfaceType ?? throw new InvalidOperationException($"{t.Name} is not mapped to an interface.");
    }

    private static void InheritInterfaceFields(ObjectType type)
    {
        foreach (var iface in type.Interfaces)
        {
            foreach (var f in iface.Fields)
            {
                if (type.Fields.Contains(f.Name)) continue;
                var copy = new FieldDefinition(f.Name, f.Type) { Description = f.Description, DeprecationReason = f.DeprecationReason, Resolver = f.Resolver,
                    SourceReader = f.SourceReader };
                foreach (var a in f.Arguments) copy.AddArgument(a);
                foreach (var (k, v) in f.Metadata) copy.Metadata[k] = v;
                foreach (var d in f.AppliedDirectives) copy.ApplyDirective(d);
                type.AddField(copy);
            }
        }
    }

    // Interfaces and unions built here resolve a value's object type from its CLR type (or a base type).
    private object? ResolveByClrType(object? value, IResolveFieldContext context, IAbstractType abstractType)
    {
        for (var t = value?.GetType(); t is not null; t = t.BaseType)
            if (_objectsByClr.TryGetValue(t, out var type)) return type;
        return null;
    }
}
