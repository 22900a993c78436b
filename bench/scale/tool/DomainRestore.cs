using System.Linq.Expressions;
using System.Reflection;

namespace Commissioning.Bench.Scale;

/// <summary>
/// Typed access to the domain's private constructors, private setters and collection fields, which is how an ORM
/// rebuilds an aggregate from its rows; the exceptions baseline uses it to restore the records the exception engine
/// reads without EF. Each accessor is compiled once into a delegate (no reflection per row), so restoring costs
/// about what assigning the fields by hand would.
/// </summary>
internal static class DomainRestore
{
    /// <summary>The type's parameterless constructor, private or not: field initialisers (its lists) run.</summary>
    public static Func<T> Constructor<T>()
    {
        var constructor = typeof(T).GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, Type.EmptyTypes)
            ?? throw new MissingMethodException(typeof(T).Name, ".ctor()");
        return Expression.Lambda<Func<T>>(Expression.New(constructor)).Compile();
    }

    /// <summary>A setter for a property with a private setter, declared on <typeparamref name="T"/> or a base type.</summary>
    public static Action<T, TValue> Setter<T, TValue>(string property)
    {
        var info = FindProperty(typeof(T), property);
        var target = Expression.Parameter(typeof(T));
        var value = Expression.Parameter(typeof(TValue));
        return Expression.Lambda<Action<T, TValue>>(
            Expression.Assign(Expression.Property(Expression.Convert(target, info.DeclaringType!), info), value), target, value).Compile();
    }

    /// <summary>A private field's value, e.g. the list behind a read-only collection property.</summary>
    public static Func<T, TField> Field<T, TField>(string field)
    {
        var info = typeof(T).GetField(field, BindingFlags.Instance | BindingFlags.NonPublic)
            ?? throw new MissingFieldException(typeof(T).Name, field);
        var target = Expression.Parameter(typeof(T));
        return Expression.Lambda<Func<T, TField>>(Expression.Field(target, info), target).Compile();
    }

    private static PropertyInfo FindProperty(Type type, string name)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (t.GetProperty(name, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly) is { CanWrite: true } info)
                return info;
        }
        throw new MissingMemberException(type.Name, name);
    }
}
