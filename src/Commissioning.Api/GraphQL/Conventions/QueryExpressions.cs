using System.Linq.Expressions;
using System.Reflection;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Expression-tree pieces shared by filtering, sorting and keyset paging. Every value enters the tree
/// as a member of a closure-like box, so EF Core sends it as a SQL parameter rather than inlining it
/// (one cached query plan per shape, and no literal text built from client input).
/// </summary>
internal static class QueryExpressions
{
    private static readonly MethodInfo StringCompare = typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!;

    public static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(ValueBox<>).MakeGenericType(type), value)!;
        return Expression.Property(Expression.Constant(box), nameof(ValueBox<int>.Value));
    }

    /// <summary>The body of <paramref name="selector"/> with its parameter replaced by <paramref name="target"/>.</summary>
    public static Expression Bind(LambdaExpression selector, Expression target) =>
        new Rebinder(selector.Parameters[0], target).Visit(selector.Body);

    /// <summary>
    /// <c>left op right</c> for an ordering comparison, which EF Core translates to a plain SQL comparison of the
    /// column as stored, the same value its ORDER BY sorts by. Strings have no operators in C#, so they compare
    /// with <c>string.Compare(a, b) op 0</c>. Enums have none in expression trees either; they compare as C# compiles
    /// <c>a &gt; b</c> for enums, through their underlying type, a shape EF Core translates to the bare column against
    /// the value converted by the column's own mapping. With enums stored as names (CommissioningDbContext) that
    /// compares the names, as ORDER BY on the column sorts them (not the declaration order the C# reading suggests);
    /// stored as numbers it compares the numbers. Either way the comparison agrees with the ordering.
    /// </summary>
    public static Expression Compare(Expression left, Expression right, ExpressionType op)
    {
        if (left.Type == typeof(string))
            return Expression.MakeBinary(op, Expression.Call(StringCompare, left, right), Expression.Constant(0));
        if ((Nullable.GetUnderlyingType(left.Type) ?? left.Type) is { IsEnum: true } enumType)
        {
            var underlying = Enum.GetUnderlyingType(enumType);
            var type = left.Type == enumType ? underlying : typeof(Nullable<>).MakeGenericType(underlying);
            return Expression.MakeBinary(op, Expression.Convert(left, type), Expression.Convert(right, type));
        }
        return Expression.MakeBinary(op, left, right);
    }

    /// <summary>Whether <see cref="Compare"/> can order values of <paramref name="type"/>, as keyset paging needs of every sort key.</summary>
    public static bool IsOrderable(Type type) => IsComparable(type) || (Nullable.GetUnderlyingType(type) ?? type).IsEnum;

    public static bool IsComparable(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t == typeof(string) || t.GetMethod("op_GreaterThan", [t, t]) is not null || (t.IsPrimitive && t != typeof(bool));
    }

    public static Expression<Func<T, bool>> Lambda<T>(Expression body, ParameterExpression parameter) =>
        Expression.Lambda<Func<T, bool>>(body, parameter);

    public static IQueryable<T> OrderBy<T>(IQueryable<T> query, IReadOnlyList<(LambdaExpression Key, bool Descending)> ordering)
    {
        var ordered = query;
        for (var i = 0; i < ordering.Count; i++)
        {
            var (key, descending) = ordering[i];
            var name = (i == 0, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                (false, true) => nameof(Queryable.ThenByDescending),
            };
            var method = typeof(Queryable).GetMethods()
                .Single(m => m.Name == name && m.GetParameters().Length == 2)
                .MakeGenericMethod(typeof(T), key.ReturnType);
            ordered = (IQueryable<T>)method.Invoke(null, [ordered, key])!;
        }
        return ordered;
    }

    private sealed class Rebinder(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}

/// <summary>Holds a query value so that the expression reads it as a member (a SQL parameter).</summary>
internal sealed class ValueBox<T>(T value)
{
    public T Value { get; } = value;
}
