using System.Reflection;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// A field's or argument's type before the schema exists: a GraphQL type, a type name, or a CLR type
/// (with its declared nullability) that <see cref="SchemaBuilder"/> maps when it builds.
/// </summary>
public sealed class TypeReference
{
    private readonly Func<TypeResolutionContext, IGraphQLType> _resolve;

    private TypeReference(Func<TypeResolutionContext, IGraphQLType> resolve) => _resolve = resolve;

    public static TypeReference Of(IGraphQLType type) => new(_ => type);
    public static TypeReference Named(string name) => new(c => c.ByName(name));

    /// <summary>A CLR type: value types are non-null, reference types nullable unless <paramref name="nullability"/> says otherwise.</summary>
    public static TypeReference Clr(Type type, NullabilityInfo? nullability = null) => new(c => c.ByClr(type, nullability));

    public static implicit operator TypeReference(string name) => Named(name);
    public static implicit operator TypeReference(ScalarType type) => Of(type);
    public static implicit operator TypeReference(ListType type) => Of(type);
    public static implicit operator TypeReference(NonNullType type) => Of(type);

    public TypeReference NonNull() => new(c => _resolve(c) is NonNullType n ? n : new NonNullType(_resolve(c)));
    public TypeReference Nullable() => new(c => TypePredicates.GetNullableType(_resolve(c)));
    public TypeReference List() => new(c => new ListType(_resolve(c)));

    internal IGraphQLType Resolve(TypeResolutionContext context) => _resolve(context);
}

/// <summary>The named types a <see cref="SchemaBuilder"/> knows while it resolves <see cref="TypeReference"/>s.</summary>
public sealed class TypeResolutionContext
{
    private readonly Dictionary<string, INamedType> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, INamedType> _byClr = [];

    internal void Register(INamedType type, Type? clrType)
    {
        if (!_byName.TryAdd(type.Name, type))
            throw new InvalidOperationException($"Type \"{type.Name}\" is defined more than once.");
        if (clrType is not null && clrType != typeof(object)) _byClr.TryAdd(clrType, type);
    }

    public INamedType ByName(string name) =>
        _byName.TryGetValue(name, out var t) ? t
        : Scalars.Specified.FirstOrDefault(s => s.Name == name) as INamedType
          ?? throw new InvalidOperationException($"Unknown type \"{name}\".");

    internal INamedType? ByNameOrNull(string name) => _byName.GetValueOrDefault(name);

    public IGraphQLType ByClr(Type type, NullabilityInfo? info)
    {
        if (System.Nullable.GetUnderlyingType(type) is { } inner) return Named(inner, null);
        if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
            return ByClr(type.GetGenericArguments()[0], info?.GenericTypeArguments.FirstOrDefault());
        var isNonNull = type.IsValueType || info?.ReadState == NullabilityState.NotNull;
        var resolved = type != typeof(string) && ElementType(type) is { } element
            ? new ListType(ByClr(element, info?.ElementType ?? info?.GenericTypeArguments.FirstOrDefault()))
            : Named(type, info);
        return isNonNull ? new NonNullType(resolved) : resolved;
    }

    private IGraphQLType Named(Type type, NullabilityInfo? info)
    {
        if (_byClr.TryGetValue(type, out var registered)) return registered;
        if (type == typeof(string)) return Scalars.String;
        if (type == typeof(int) || type == typeof(short) || type == typeof(byte)) return Scalars.Int;
        if (type == typeof(double) || type == typeof(float)) return Scalars.Float;
        if (type == typeof(bool)) return Scalars.Boolean;
        if (type.IsEnum)
        {
            var created = (EnumType)typeof(EnumType).GetMethod(nameof(EnumType.FromClrEnum))!.MakeGenericMethod(type).Invoke(null, [null, null])!;
            Register(created, type);
            return created;
        }
        throw new InvalidOperationException($"No GraphQL type is mapped to CLR type {type.Name}; register one or give the type explicitly.");
    }

    private static Type? ElementType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        foreach (var i in type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
            if (i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)) return i.GetGenericArguments()[0];
        return null;
    }

    internal IEnumerable<INamedType> AllTypes => _byName.Values;
    internal IReadOnlyDictionary<Type, INamedType> ClrMap => _byClr;
}
