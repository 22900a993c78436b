namespace Commissioning.GraphQL.Types;

/// <summary>Any GraphQL type: a named type or a list/non-null wrapper (spec §3.4).</summary>
public interface IGraphQLType
{
    /// <summary>The type as written in SDL, e.g. <c>[Book!]!</c>.</summary>
    string ToString();
}

/// <summary>A type that may be the type of an argument, input field or variable (spec §3.4.2).</summary>
public interface IInputType : IGraphQLType;

/// <summary>A type that may be the type of a field (spec §3.4.2).</summary>
public interface IOutputType : IGraphQLType;

/// <summary>Scalar, object, interface, union, enum or input object.</summary>
public interface INamedType : IGraphQLType
{
    string Name { get; }
    string? Description { get; }
}

/// <summary>Scalars and enums: the leaves of a response.</summary>
public interface ILeafType : INamedType, IInputType, IOutputType
{
    /// <summary>Internal value to its result representation (spec §3.5 result coercion).</summary>
    object? Serialize(object? value);

    /// <summary>Runtime (JSON) input to its internal value (spec §3.5 input coercion).</summary>
    object? ParseValue(object? value);

    /// <summary>Literal to its internal value; variables are those of the operation.</summary>
    object? ParseLiteral(Language.ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null);
}

/// <summary>Object, interface and union: types with selection sets.</summary>
public interface ICompositeType : INamedType, IOutputType;

/// <summary>Interface and union: resolved to an object type at run time.</summary>
public interface IAbstractType : ICompositeType
{
    /// <summary>Optional hook that names or returns the concrete object type of a value.</summary>
    ResolveTypeFunc? ResolveType { get; }
}

/// <summary>Object and interface: types that declare fields and may implement interfaces (spec §3.6, §3.7).</summary>
public interface IComplexType : ICompositeType
{
    DefinitionCollection<FieldDefinition> Fields { get; }
    IReadOnlyList<InterfaceType> Interfaces { get; }
}

/// <summary>List and non-null.</summary>
public interface IWrappingType : IInputType, IOutputType
{
    IGraphQLType OfType { get; }
}

/// <summary>Returns the object type of <paramref name="value"/> (an <see cref="ObjectType"/> or its name), or null when unknown.</summary>
public delegate object? ResolveTypeFunc(object? value, IResolveFieldContext context, IAbstractType abstractType);

/// <summary>Answers whether <paramref name="value"/> belongs to the object type (used when no ResolveType is given).</summary>
public delegate bool IsTypeOfFunc(object? value, IResolveFieldContext context);
