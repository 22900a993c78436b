using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>A type reference in a document → the schema's type; null when the named type does not exist.</summary>
public static class TypeFromAst
{
    public static IGraphQLType? Convert(Schema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Convert(schema, list.Type) is { } inner ? new ListType(inner) : null,
        NonNullTypeNode nonNull => Convert(schema, nonNull.Type) is { } inner ? new NonNullType(inner) : null,
        _ => null,
    };
}
