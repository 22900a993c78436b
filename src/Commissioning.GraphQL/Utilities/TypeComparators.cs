using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>Type relations used by schema validation (§3.6.1) and document validation (§5.5.2.3, §5.8.5).</summary>
public static class TypeComparators
{
    /// <summary>Same named type under the same wrappers.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is NonNullType na && b is NonNullType nb) return IsEqualType(na.OfType, nb.OfType);
        if (a is ListType la && b is ListType lb) return IsEqualType(la.OfType, lb.OfType);
        return false;
    }

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (covariance).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is IAbstractType abs && maybeSubType is InterfaceType or ObjectType
            && schema.IsSubType(abs, (INamedType)maybeSubType);
    }

    /// <summary>Whether some object type could be both <paramref name="a"/> and <paramref name="b"/>.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType a, ICompositeType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is IAbstractType absA)
        {
            if (b is IAbstractType absB)
            {
                foreach (var t in schema.GetPossibleTypes(absA))
                    if (schema.IsSubType(absB, t)) return true;
                return false;
            }
            return schema.IsSubType(absA, b);
        }
        return b is IAbstractType abs && schema.IsSubType(abs, a);
    }
}
