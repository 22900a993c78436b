using System.ComponentModel;
using System.Linq.Expressions;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// What clients may filter and sort an entity by. Only declared properties become <c>where:</c> and
/// <c>order:</c> fields: the schema is a contract, so exposing a column is a decision, not a side effect
/// of adding it to the entity.
/// </summary>
public sealed class QueryableType<T>
{
    private readonly List<QueryableField> _filters = [];
    private readonly List<QueryableField> _sorts = [];
    private readonly List<(string Field, SortEnumType Direction)> _defaultOrder = [];

    internal QueryableType(string name, LambdaExpression key)
    {
        Name = name;
        Key = key;
    }

    /// <summary>The GraphQL object type name of the entity, e.g. <c>ActionPlan</c>.</summary>
    public string Name { get; }

    public string FilterInputName => Name + "FilterInput";
    public string SortInputName => Name + "SortInput";

    /// <summary>The primary key: the last sort key of every ordering, so cursors are unique.</summary>
    internal LambdaExpression Key { get; }
    internal IReadOnlyList<QueryableField> Filters => _filters;
    internal IReadOnlyList<QueryableField> Sorts => _sorts;
    internal IReadOnlyList<(string Field, SortEnumType Direction)> DefaultOrder => _defaultOrder;
    internal Func<IResolveFieldContext, IReadOnlyList<T>, CancellationToken, Task>? PageLoaded { get; private set; }
    internal Func<IResolveFieldContext, IQueryable<T>, CancellationToken, Task<List<T>>>? PageReader { get; private set; }

    public QueryableType<T> Filter<TProperty>(string name, Expression<Func<T, TProperty>> property)
    {
        _filters.Add(new QueryableField(name, property));
        return this;
    }

    public QueryableType<T> Sort<TProperty>(string name, Expression<Func<T, TProperty>> property)
    {
        // Keyset cursors compare with < and >, which SQL answers as unknown for NULL: rows would vanish between pages.
        if (!typeof(TProperty).IsValueType ? !IsNonNullReference(property) : Nullable.GetUnderlyingType(typeof(TProperty)) is not null)
            throw new ArgumentException($"{Name}.{name} may be null, and keyset paging cannot sort by a nullable key; sort by a non-null expression such as x => x.Value ?? \"\".", nameof(property));
        // Each page after the first seeks with < and > on the key, so a type without them would fail only on page two.
        if (!QueryExpressions.IsOrderable(typeof(TProperty)))
            throw new ArgumentException($"{Name}.{name} is a {typeof(TProperty).Name}, which keyset paging cannot compare with < and >.", nameof(property));
        _sorts.Add(new QueryableField(name, property));
        return this;
    }

    /// <summary>
    /// A key filtered by global ids (<c>IdOperationFilterInput</c>): clients send the ids they were given,
    /// and each is decoded to a key of <paramref name="nodeType"/> before it reaches SQL.
    /// </summary>
    public QueryableType<T> FilterById<TKey>(string name, Expression<Func<T, TKey>> key, string nodeType) where TKey : IParsable<TKey>
    {
        _filters.Add(new QueryableField(name, key) { DecodeId = id => NodeId.Decode<TKey>((string)id, nodeType), NodeType = nodeType });
        return this;
    }

    /// <summary>
    /// Like <see cref="FilterById{TKey}"/> for a key the entity does not hold but reaches through related
    /// tables, such as an audit's provider through its schedule. <paramref name="key"/> builds the key's
    /// expression for each request, so a subquery in it can use that request's database context; EF Core
    /// turns it into a correlated subquery of the same SQL statement.
    /// </summary>
    public QueryableType<T> FilterByRelatedId<TKey>(string name, Func<IResolveFieldContext, Expression<Func<T, TKey>>> key, string nodeType)
        where TKey : IParsable<TKey>
    {
        // The placeholder only carries the key's type; every translation asks key for the real expression.
        Expression<Func<T, TKey>> placeholder = _ => default!;
        _filters.Add(new QueryableField(name, placeholder)
        {
            DecodeId = id => NodeId.Decode<TKey>((string)id, nodeType),
            NodeType = nodeType,
            PropertyFor = key,
        });
        return this;
    }

    public QueryableType<T> FilterAndSort<TProperty>(string name, Expression<Func<T, TProperty>> property) =>
        Filter(name, property).Sort(name, property);

    private static bool IsNonNullReference(LambdaExpression property) =>
        property.Body is MemberExpression { Member: System.Reflection.PropertyInfo p }
            ? new System.Reflection.NullabilityInfoContext().Create(p).ReadState == System.Reflection.NullabilityState.NotNull
            : property.Body is BinaryExpression { NodeType: ExpressionType.Coalesce };

    /// <summary>
    /// Called with each page's rows as they load, before any of their fields resolve, in the page's turn of the
    /// request's serialized queries (so it may use the request's database context): a type whose query leaves
    /// parts of its rows unloaded reads here what the request selects of them, for the whole page at once.
    /// </summary>
    public QueryableType<T> OnPageLoaded(Func<IResolveFieldContext, IReadOnlyList<T>, CancellationToken, Task> loaded)
    {
        if (PageLoaded is not null) throw new InvalidOperationException($"{Name} already has a page-loaded step.");
        PageLoaded = loaded;
        return this;
    }

    /// <summary>
    /// Reads a page's rows from its finished query (filtered, ordered, limited) instead of materialising whole
    /// entities: a type with heavy columns that few of its fields show can read them only when the request's
    /// selection asks for such a field. The rows must carry the key and every sort key, for the cursors.
    /// </summary>
    public QueryableType<T> ReadPageWith(Func<IResolveFieldContext, IQueryable<T>, CancellationToken, Task<List<T>>> reader)
    {
        PageReader = reader;
        return this;
    }

    /// <summary>The ordering when a client gives no <c>order:</c>; the key alone when none is declared.</summary>
    public QueryableType<T> OrderByDefault(string sortField, SortEnumType direction = SortEnumType.Asc)
    {
        if (_sorts.All(s => s.Name != sortField)) throw new ArgumentException($"{sortField} is not a sort field of {Name}.", nameof(sortField));
        _defaultOrder.Add((sortField, direction));
        return this;
    }
}

internal sealed record QueryableField(string Name, LambdaExpression Property)
{
    public Type Type => Property.ReturnType;

    /// <summary>For id filters: global id to key.</summary>
    public Func<object, object>? DecodeId { get; init; }

    /// <summary>For id filters: the node type whose ids are given.</summary>
    public string? NodeType { get; init; }

    /// <summary>For keys reached through related tables: builds <see cref="Property"/> for a request.</summary>
    public Func<IResolveFieldContext, LambdaExpression>? PropertyFor { get; init; }
}

/// <summary>HotChocolate's sort direction enum.</summary>
public enum SortEnumType
{
    [Description("Smallest, earliest or A first.")]
    Asc,
    [Description("Largest, latest or Z first.")]
    Desc,
}
