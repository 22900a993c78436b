namespace Commissioning.GraphQL.Types;

/// <summary>A list of another type (spec §3.11). Equal to any list of an equal type.</summary>
public sealed class ListType : IWrappingType, IEquatable<ListType>
{
    public ListType(IGraphQLType ofType) => OfType = ofType ?? throw new ArgumentNullException(nameof(ofType));

    public IGraphQLType OfType { get; }

    public bool Equals(ListType? other) => other is not null && OfType.Equals(other.OfType);
    public override bool Equals(object? obj) => obj is ListType other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(typeof(ListType), OfType);
    public override string ToString() => "[" + OfType + "]";
}

/// <summary>A non-null wrapper (spec §3.12); it never wraps another non-null type.</summary>
public sealed class NonNullType : IWrappingType, IEquatable<NonNullType>
{
    public NonNullType(IGraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is NonNullType) throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        OfType = ofType;
    }

    public IGraphQLType OfType { get; }

    public bool Equals(NonNullType? other) => other is not null && OfType.Equals(other.OfType);
    public override bool Equals(object? obj) => obj is NonNullType other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(typeof(NonNullType), OfType);
    public override string ToString() => OfType + "!";
}

/// <summary>Shorthands for wrapping types: <c>Book.NonNull()</c>, <c>Book.NonNull().List()</c>.</summary>
public static class TypeWrappingExtensions
{
    public static NonNullType NonNull(this IGraphQLType type) => new(type);
    public static ListType List(this IGraphQLType type) => new(type);
}
