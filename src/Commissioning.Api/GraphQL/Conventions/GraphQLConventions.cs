using System.Linq.Expressions;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// The data conventions of the commissioning schema on one <see cref="SchemaBuilder"/>: scalars, the Node
/// interface and its registry, PageInfo and SortEnumType, the Error interface and its typed errors, and
/// per-entity filter, sort, connection and edge types. Shared types are declared once however many
/// entities use them.
/// </summary>
public sealed class GraphQLConventions
{
    internal const string ErrorCodeKey = "conventions.errorCode";
    public const string ErrorInterfaceName = "Error";

    private readonly HashSet<string> _operationInputs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ObjectType> _errorTypes = new(StringComparer.Ordinal);
    private readonly InterfaceType _errorInterface;

    public GraphQLConventions(SchemaBuilder schema, ConnectionOptions? connectionOptions = null)
    {
        Schema = schema;
        ConnectionOptions = connectionOptions ?? new ConnectionOptions();
        schema.AddConventionScalars().AddNodeInterface().Enum<SortEnumType>("SortEnumType", "The direction to sort a field in.");
        ConnectionConventions.DeclarePageInfo(schema);
        _errorInterface = new InterfaceType(ErrorInterfaceName)
        {
            Description = "A business rule that prevented a mutation; `code` is stable, `message` is for people.",
            ResolveType = (value, _, _) => (value as TypedError)?.TypeName,
        };
        foreach (var field in ErrorFields()) _errorInterface.AddField(field);
        schema.Type(_errorInterface);
    }

    public SchemaBuilder Schema { get; }
    public NodeRegistry Nodes { get; } = new();
    public ConnectionOptions ConnectionOptions { get; }

    /// <summary>
    /// Declares what clients may filter and sort <typeparamref name="T"/> by, and its connection types.
    /// <paramref name="typeName"/> is the entity's GraphQL object type, declared separately.
    /// </summary>
    public QueryableType<T> Queryable<T, TKey>(string typeName, Expression<Func<T, TKey>> key, Action<QueryableType<T>> configure)
    {
        var type = new QueryableType<T>(typeName, key);
        configure(type);
        if (type.Filters.Count > 0)
        {
            var operationInputs = type.Filters.ToDictionary(f => f.Name, f =>
            {
                var (name, declare) = FilterInputTypes.OperationInput(f);
                if (_operationInputs.Add(name)) declare(Schema);
                return name;
            });
            Schema.InputObject<object>(type.FilterInputName, input =>
            {
                input.Description($"Which {type.Name} records to keep: a record is kept when every field given matches. " +
                    "Combine filters with `and` and `or`.");
                input.Field("and", TypeReference.Named(type.FilterInputName).NonNull().List())
                    .Description("Kept when every one of these filters matches.");
                input.Field("or", TypeReference.Named(type.FilterInputName).NonNull().List())
                    .Description("Kept when at least one of these filters matches.");
                foreach (var f in type.Filters) input.Field(f.Name, operationInputs[f.Name]).Description(FilterInputTypes.FieldDescription(f));
            });
        }
        if (type.Sorts.Count > 0)
            Schema.InputObject<object>(type.SortInputName, input =>
            {
                input.Description($"One field to sort {type.Name} records by, and its direction. To sort by several fields, " +
                    "give several items in `order:`; the first decides, the next breaks its ties, and so on.");
                foreach (var s in type.Sorts) input.Field(s.Name, "SortEnumType").Description($"Sort by `{s.Name}`.");
            });
        ConnectionConventions.DeclareTypes(Schema, type);
        return type;
    }

    /// <summary>The object type presenting domain errors with <paramref name="code"/>, e.g. NOT_FOUND → <c>NotFoundError</c>.</summary>
    public ObjectType ErrorType(string code)
    {
        if (_errorTypes.TryGetValue(code, out var existing)) return existing;
        var name = string.Concat(code.Split('_', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant())) + "Error";
        var type = new ObjectType(name) { Description = $"The domain error {code}.", IsTypeOf = (v, _) => (v as TypedError)?.TypeName == name };
        foreach (var field in ErrorFields()) type.AddField(field);
        type.Implements(_errorInterface);
        type.Metadata[ErrorCodeKey] = code;
        Schema.Type(type);
        _errorTypes[code] = type;
        return type;
    }

    private static IEnumerable<FieldDefinition> ErrorFields()
    {
        yield return new FieldDefinition("message", new NonNullType(Scalars.String))
        {
            Description = "What went wrong, in words a user can act on.",
            Resolver = c => new ValueTask<object?>(((TypedError)c.Source!).Error.Message),
        };
        yield return new FieldDefinition("code", new NonNullType(Scalars.String))
        {
            Description = "A stable SCREAMING_CASE code to switch on.",
            Resolver = c => new ValueTask<object?>(((TypedError)c.Source!).Error.Code),
        };
        yield return new FieldDefinition("field", Scalars.String)
        {
            Description = "The input field at fault, when one is.",
            Resolver = c => new ValueTask<object?>(((TypedError)c.Source!).Error.Field),
        };
    }
}
