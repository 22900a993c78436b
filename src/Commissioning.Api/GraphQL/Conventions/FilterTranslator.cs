using System.Collections;
using System.Linq.Expressions;
using System.Reflection;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Turns a coerced <c>where:</c> value into a predicate over the entity, which EF Core translates to a
/// SQL WHERE clause. Fields of one input object and the items of <c>and</c> are conjoined, the items of
/// <c>or</c> disjoined; a field given as null is no condition (HotChocolate's behaviour).
/// </summary>
internal static class FilterTranslator
{
    private static readonly MethodInfo StringContains = typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!;
    private static readonly MethodInfo StringStartsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
    private static readonly MethodInfo StringEndsWith = typeof(string).GetMethod(nameof(string.EndsWith), [typeof(string)])!;
    private static readonly MethodInfo EnumerableContains = typeof(Enumerable).GetMethods()
        .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2);

    /// <param name="context">The request, for keys reached through related tables (<see cref="QueryableField.PropertyFor"/>).</param>
    public static Expression<Func<T, bool>> ToPredicate<T>(QueryableType<T> type, IReadOnlyDictionary<string, object?> where, IResolveFieldContext? context = null)
    {
        var x = Expression.Parameter(typeof(T), "x");
        return QueryExpressions.Lambda<T>(Object(type, where, x, context), x);
    }

    private static Expression Object<T>(QueryableType<T> type, IReadOnlyDictionary<string, object?> where, ParameterExpression x, IResolveFieldContext? context)
    {
        var parts = new List<Expression>();
        foreach (var (name, value) in where)
        {
            if (value is null) continue;
            switch (name)
            {
                case "and":
                    parts.Add(Items(type, value, x, context).Aggregate((Expression)Expression.Constant(true), Expression.AndAlso));
                    break;
                case "or":
                    var items = Items(type, value, x, context).ToList();
                    parts.Add(items.Count == 0 ? Expression.Constant(false) : items.Aggregate(Expression.OrElse));
                    break;
                default:
                    var field = type.Filters.Single(f => f.Name == name);
                    var lambda = field.PropertyFor is { } build
                        ? build(context ?? throw new InvalidOperationException($"Filtering by {name} needs the request: the key is found through related tables."))
                        : field.Property;
                    var property = QueryExpressions.Bind(lambda, x);
                    foreach (var (op, operand) in (IReadOnlyDictionary<string, object?>)value)
                        parts.Add(Operation(property, op, field.DecodeId is { } decode ? DecodeIds(operand, decode) : operand));
                    break;
            }
        }
        return parts.Count == 0 ? Expression.Constant(true) : parts.Aggregate(Expression.AndAlso);
    }

    private static object? DecodeIds(object? operand, Func<object, object> decode) => operand switch
    {
        null => null,
        string id => decode(id),
        IEnumerable ids => ids.Cast<object>().Select(decode).ToList(),
        _ => operand,
    };

    private static IEnumerable<Expression> Items<T>(QueryableType<T> type, object value, ParameterExpression x, IResolveFieldContext? context) =>
        ((IEnumerable)value).Cast<IReadOnlyDictionary<string, object?>>().Select(item => Object(type, item, x, context));

    private static Expression Operation(Expression property, string op, object? operand)
    {
        var type = property.Type;
        return op switch
        {
            "eq" => Expression.Equal(property, Value(operand, type)),
            "neq" => Expression.NotEqual(property, Value(operand, type)),
            "in" => In(property, operand),
            "nin" => Expression.Not(In(property, operand)),
            "gt" or "ngt" => Negated(op, Comparison(property, Required(op, operand), ExpressionType.GreaterThan)),
            "gte" or "ngte" => Negated(op, Comparison(property, Required(op, operand), ExpressionType.GreaterThanOrEqual)),
            "lt" or "nlt" => Negated(op, Comparison(property, Required(op, operand), ExpressionType.LessThan)),
            "lte" or "nlte" => Negated(op, Comparison(property, Required(op, operand), ExpressionType.LessThanOrEqual)),
            "contains" or "ncontains" => Negated(op, Text(property, StringContains, Required(op, operand))),
            "startsWith" or "nstartsWith" => Negated(op, Text(property, StringStartsWith, Required(op, operand))),
            "endsWith" or "nendsWith" => Negated(op, Text(property, StringEndsWith, Required(op, operand))),
            _ => throw new InvalidOperationException($"Unknown filter operation {op}."),
        };
    }

    private static Expression Value(object? operand, Type type) =>
        QueryExpressions.Parameter(operand is null ? null : ArgumentConverter.Convert(operand, type), type);

    private static Expression In(Expression property, object? operand)
    {
        var listType = typeof(List<>).MakeGenericType(property.Type);
        var values = ArgumentConverter.Convert(operand ?? new List<object?>(), listType);
        return Expression.Call(EnumerableContains.MakeGenericMethod(property.Type), QueryExpressions.Parameter(values, listType), property);
    }

    private static Expression Negated(string op, Expression test) => op[0] == 'n' ? Expression.Not(test) : test;

    // A null bound matches nothing in SQL, which a client would not expect of e.g. gt: null; refuse it.
    private static object Required(string op, object? operand) =>
        operand ?? throw new GraphQLError($"The filter operation `{op}` needs a value, not null.", extensions: NodeId.Code(ConventionErrorCodes.InvalidFilter));

    private static Expression Comparison(Expression property, object operand, ExpressionType op) =>
        QueryExpressions.Compare(property, Value(operand, property.Type), op);

    // SQL's LIKE on NULL is unknown, so negations would silently drop rows without a value; make null explicit.
    private static Expression Text(Expression property, MethodInfo method, object operand) =>
        Expression.AndAlso(Expression.NotEqual(property, Expression.Constant(null, typeof(string))),
            Expression.Call(property, method, QueryExpressions.Parameter(operand, typeof(string))));
}
