namespace Commissioning.GraphQL.Types;

/// <summary>Classifications of spec §3.4.2 and the unwrapping helpers graphql-js offers.</summary>
public static class TypePredicates
{
    public static INamedType? GetNamedType(IGraphQLType? type)
    {
        while (type is IWrappingType w) type = w.OfType;
        return type as INamedType;
    }

    public static IGraphQLType GetNullableType(IGraphQLType type) => type is NonNullType nn ? nn.OfType : type;

    public static bool IsInputType(IGraphQLType? type) => GetNamedType(type) is ScalarType or EnumType or InputObjectType;
    public static bool IsOutputType(IGraphQLType? type) => GetNamedType(type) is ScalarType or EnumType or ObjectType or InterfaceType or UnionType;
    public static bool IsLeafType(IGraphQLType? type) => type is ScalarType or EnumType;
    public static bool IsCompositeType(IGraphQLType? type) => type is ObjectType or InterfaceType or UnionType;
    public static bool IsAbstractType(IGraphQLType? type) => type is InterfaceType or UnionType;
    public static bool IsWrappingType(IGraphQLType? type) => type is ListType or NonNullType;
    public static bool IsNamedType(IGraphQLType? type) => type is INamedType;
    public static bool IsNullableType(IGraphQLType? type) => type is not null and not NonNullType;

    /// <summary>An argument or input field that must be given: non-null and without a default.</summary>
    public static bool IsRequired(InputValueDefinition value) => value.Type is NonNullType && !value.HasDefaultValue;

    /// <summary>Introspection types (spec §4.2), whose names start with "__".</summary>
    public static bool IsIntrospectionType(INamedType type) => Introspection.IsIntrospectionType(type);
}
