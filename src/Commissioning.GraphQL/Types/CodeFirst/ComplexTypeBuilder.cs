using System.Linq.Expressions;
using System.Reflection;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// Describes an object or interface type whose values are <typeparamref name="TSource"/>. Resolvers
/// are compiled to delegates once, here; nothing is reflected over per field at run time.
/// </summary>
public sealed class ComplexTypeBuilder<TSource>
{
    // NullabilityInfoContext caches without locking, so each thread building a schema gets its own.
    [ThreadStatic] private static NullabilityInfoContext? t_nullability;
    private static NullabilityInfoContext Nullability => t_nullability ??= new();
    internal readonly List<FieldBuilder> Fields = [];
    internal readonly List<string> InterfaceNames = [];
    internal readonly List<Type> InterfaceClrTypes = [];
    internal readonly List<AppliedDirective> Directives = [];

    internal ComplexTypeBuilder(string name) => Name = name;

    public string Name { get; }
    internal string? DescriptionText { get; private set; }

    public ComplexTypeBuilder<TSource> Description(string description) { DescriptionText = description; return this; }

    public ComplexTypeBuilder<TSource> Implements(string interfaceName) { InterfaceNames.Add(interfaceName); return this; }

    public ComplexTypeBuilder<TSource> Implements<TInterface>() { InterfaceClrTypes.Add(typeof(TInterface)); return this; }

    /// <summary>Applies a directive to the type (object types only); it appears in the printed schema.</summary>
    public ComplexTypeBuilder<TSource> Directive(AppliedDirective directive) { Directives.Add(directive); return this; }

    /// <summary>
    /// Only callers holding one of <paramref name="roles"/> (with none, any signed-in caller) may read
    /// objects of this type, whichever field returns them (<c>@authorize</c>). On a root operation type
    /// the rule applies to each of its fields.
    /// </summary>
    public ComplexTypeBuilder<TSource> Authorize(params string[] roles) => Authorize(new Authorization.AuthorizationRule(roles));

    /// <summary>Adds an <c>@authorize</c> rule; every rule applied must allow the caller.</summary>
    public ComplexTypeBuilder<TSource> Authorize(Authorization.AuthorizationRule rule) => Directive(Authorization.AuthorizeDirective.Apply(rule));

    /// <summary>A field read from the source, e.g. <c>b => b.Title</c>. Its type follows from the member's type and nullability.</summary>
    public FieldBuilder Field<TResult>(string name, Expression<Func<TSource, TResult>> selector)
    {
        var read = selector.Compile();
        NullabilityInfo? info = selector.Body switch
        {
            MemberExpression { Member: PropertyInfo p } => Nullability.Create(p),
            MemberExpression { Member: FieldInfo f } => Nullability.Create(f),
            MethodCallExpression { Method: var m } => Nullability.Create(m.ReturnParameter),
            _ => null,
        };
        // The reader is the same function of the source as the resolver; the executor calls it without a context.
        return Add(new FieldBuilder(name, TypeReference.Clr(typeof(TResult), info),
            ctx => new ValueTask<object?>(Boxes<TResult>.Of(read((TSource)ctx.Source!))), source => Boxes<TResult>.Of(read((TSource)source!))));
    }

    /// <summary>A field computed with access to the resolve context (arguments, services, loaders).</summary>
    public FieldBuilder Field<TResult>(string name, Func<TSource, IResolveFieldContext, TResult> resolve) =>
        Add(new FieldBuilder(name, TypeReference.Clr(typeof(TResult)),
            ctx => new ValueTask<object?>(Boxes<TResult>.Of(resolve((TSource)ctx.Source!, ctx)))));

    /// <summary>An asynchronous field.</summary>
    public FieldBuilder FieldAsync<TResult>(string name, Func<TSource, IResolveFieldContext, Task<TResult>> resolve) =>
        Add(new FieldBuilder(name, TypeReference.Clr(typeof(TResult)), async ctx => await resolve((TSource)ctx.Source!, ctx).ConfigureAwait(false)));

    /// <summary>An asynchronous field that often completes synchronously (e.g. a DataLoader hit); no allocation when it does.</summary>
    public FieldBuilder FieldValueTask<TResult>(string name, Func<TSource, IResolveFieldContext, ValueTask<TResult>> resolve) =>
        Add(new FieldBuilder(name, TypeReference.Clr(typeof(TResult)), ctx =>
        {
            var pending = resolve((TSource)ctx.Source!, ctx);
            return pending.IsCompletedSuccessfully ? new ValueTask<object?>(pending.Result) : Await(pending);
        }));

    /// <summary>A field with an explicit type and the default resolver (a property or dictionary entry of the field's name).</summary>
    public FieldBuilder Field(string name, TypeReference type) => Add(new FieldBuilder(name, type, null));

    private static async ValueTask<object?> Await<T>(ValueTask<T> pending) => await pending.ConfigureAwait(false);

    private FieldBuilder Add(FieldBuilder field)
    {
        Fields.Add(field);
        return field;
    }
}

/// <summary>Describes an input object type that arrives in resolvers as <typeparamref name="TInput"/> via GetArgument.</summary>
public sealed class InputObjectTypeBuilder<TInput>
{
    // NullabilityInfoContext caches without locking, so each thread building a schema gets its own.
    [ThreadStatic] private static NullabilityInfoContext? t_nullability;
    private static NullabilityInfoContext Nullability => t_nullability ??= new();
    internal readonly List<ArgumentBuilder> Fields = [];

    internal InputObjectTypeBuilder(string name) => Name = name;

    public string Name { get; }
    internal string? DescriptionText { get; private set; }
    internal bool OneOf { get; private set; }

    public InputObjectTypeBuilder<TInput> Description(string description) { DescriptionText = description; return this; }

    /// <summary>Makes this a OneOf input object (spec §3.10.1): exactly one field must be given.</summary>
    public InputObjectTypeBuilder<TInput> IsOneOf() { OneOf = true; return this; }

    /// <summary>A field named after the property in camelCase, typed from the property's type and nullability.</summary>
    public ArgumentBuilder Field<TField>(Expression<Func<TInput, TField>> property)
    {
        if (property.Body is not MemberExpression { Member: PropertyInfo p })
            throw new ArgumentException("Expected a property access such as x => x.Title.", nameof(property));
        var field = new ArgumentBuilder(Utilities.NameConventions.ToCamelCase(p.Name), TypeReference.Clr(typeof(TField), Nullability.Create(p)));
        Fields.Add(field);
        return field;
    }

    public ArgumentBuilder Field(string name, TypeReference type)
    {
        var field = new ArgumentBuilder(name, type);
        Fields.Add(field);
        return field;
    }
}
