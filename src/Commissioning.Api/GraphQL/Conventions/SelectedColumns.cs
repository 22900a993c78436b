using System.Collections.Frozen;
using System.Linq.Expressions;
using System.Reflection;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Reads <typeparamref name="TEntity"/> with only the members that the fields a request selects show. Each GraphQL
/// field of the type names the entity members it reads; when every selected field is named, a query's
/// <see cref="Shape"/> becomes <c>new TEntity { Id = x.Id, ... }</c> with just their members (through the entity's
/// private constructor and setters, as EF Core materialises it), so SQL selects just their columns and the other
/// members keep their defaults. A field not named (a new one too) reads whole entities: a missing entry costs time,
/// never a wrong answer.
/// </summary>
internal sealed class SelectedColumns<TEntity> where TEntity : class
{
    /// <summary>Every member: the whole entity.</summary>
    public const ulong Whole = ulong.MaxValue;

    private readonly PropertyInfo[] _members;
    private readonly FrozenDictionary<string, ulong> _fields;
    private readonly ulong _always;
    private readonly ConstructorInfo _constructor;

    /// <param name="fields">Each GraphQL field and the entity members it reads.</param>
    /// <param name="always">Members read whatever is selected (the id).</param>
    public SelectedColumns(IReadOnlyDictionary<string, string[]> fields, params string[] always)
    {
        _members = [.. fields.Values.SelectMany(m => m).Concat(always).Distinct().Select(Settable)];
        if (_members.Length >= 64) throw new ArgumentException($"{typeof(TEntity).Name}: at most 63 members can be selected column by column.", nameof(fields));
        _fields = fields.ToFrozenDictionary(f => f.Key, f => Bits(f.Value));
        _always = Bits(always);
        _constructor = typeof(TEntity).GetConstructor(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, Type.EmptyTypes)
            ?? throw new ArgumentException($"{typeof(TEntity).Name} has no parameterless constructor to materialise it with.");
    }

    /// <summary>The members that the selection under the field of <paramref name="context"/> reads; <see cref="Whole"/> when it selects a field not named.</summary>
    public ulong For(IResolveFieldContext context) => For(SelectedFields.Of(context));

    /// <summary>The members that the selection under <paramref name="field"/>, a field of the request's document, reads.</summary>
    public ulong For(IResolveFieldContext context, FieldNode field) => For(SelectedFields.Under(context, field));

    private ulong For(IEnumerable<FieldNode> selected)
    {
        var members = _always;
        foreach (var field in selected)
        {
            if (!_fields.TryGetValue(field.Name.Value, out var read)) return Whole;
            members |= read;
        }
        return members;
    }

    /// <summary>
    /// <paramref name="query"/> with each <see cref="Shape"/>(x) replaced by <c>x</c> itself (<see cref="Whole"/>) or by
    /// a new entity holding only <paramref name="members"/> of <c>x</c>.
    /// </summary>
    public Expression<TQuery> Project<TQuery>(Expression<TQuery> query, ulong members) => (Expression<TQuery>)new ShapeRewriter(this, members).Visit(query);

    /// <summary>Stands for the entity a query reads, shaped by <see cref="Project{TQuery}"/>; never runs.</summary>
    public static TEntity Shape(TEntity entity) =>
        throw new InvalidOperationException($"{nameof(SelectedColumns<TEntity>)}.{nameof(Shape)} stands in a query for {nameof(Project)} to replace.");

    private ulong Bits(IEnumerable<string> members)
    {
        ulong bits = 0;
        foreach (var name in members) bits |= 1UL << Array.FindIndex(_members, m => m.Name == name);
        return bits;
    }

    /// <summary>The entity's property by that name, from the class that declares its (private) setter.</summary>
    private static PropertyInfo Settable(string name)
    {
        for (var type = typeof(TEntity); type is not null; type = type.BaseType)
        {
            if (type.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly) is { } property)
                return property.SetMethod is not null ? property : throw new ArgumentException($"{typeof(TEntity).Name}.{name} has no setter.");
        }
        throw new ArgumentException($"{typeof(TEntity).Name} has no property {name}.");
    }

    private sealed class ShapeRewriter(SelectedColumns<TEntity> columns, ulong members) : ExpressionVisitor
    {
        private static readonly MethodInfo ShapeMethod = typeof(SelectedColumns<TEntity>).GetMethod(nameof(Shape))!;

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method != ShapeMethod) return base.VisitMethodCall(node);
            var entity = Visit(node.Arguments[0]);
            if (members == Whole) return entity;
            var bindings = columns._members
                .Where((_, i) => (members & (1UL << i)) != 0)
                .Select(m => Expression.Bind(m, Expression.Property(entity, m)));
            return Expression.MemberInit(Expression.New(columns._constructor), bindings);
        }
    }
}
