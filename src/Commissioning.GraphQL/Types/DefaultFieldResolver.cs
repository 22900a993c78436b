using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// The resolver of fields without one (graphql-js defaultFieldResolver): the source's dictionary entry,
/// property or field of the field's name (case-insensitively, so <c>title</c> reads <c>Title</c>).
/// Getters are compiled once per (CLR type, field name) and cached on the field definition, so a run
/// costs a type check and a delegate call, never reflection.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type, string), Func<object, object?>> Getters = new();

    public static FieldResolver Instance { get; } = Resolve;

    public static ValueTask<object?> Resolve(IResolveFieldContext context) =>
        new(GetValue(context.Source, context.FieldDefinition));

    /// <summary>The value the default resolver produces for <paramref name="field"/> on <paramref name="source"/>.</summary>
    public static object? GetValue(object? source, FieldDefinition field)
    {
        switch (source)
        {
            case null: return null;
            case IReadOnlyDictionary<string, object?> ro: return ro.TryGetValue(field.Name, out var a) ? a : null;
            case IDictionary<string, object?> rw: return rw.TryGetValue(field.Name, out var b) ? b : null;
        }
        var type = source.GetType();
        var cached = field.CachedGetter;
        if (cached is null || cached.Type != type)
        {
            cached = new Getter(type, Getters.GetOrAdd((type, field.Name), static key => Compile(key.Item1, key.Item2)));
            field.CachedGetter = cached;
        }
        return cached.Read(source);
    }

    private static Func<object, object?> Compile(Type type, string name)
    {
        const BindingFlags flags = BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase;
        MemberInfo? member = type.GetProperty(name, flags | BindingFlags.DeclaredOnly) ?? type.GetProperty(name, flags);
        member ??= type.GetField(name, flags);
        if (member is PropertyInfo prop && (prop.GetMethod is null || prop.GetIndexParameters().Length > 0)) member = null;
        if (member is null) return static _ => null;

        var parameter = Expression.Parameter(typeof(object), "source");
        var typed = Expression.Convert(parameter, type);
        Expression access = member is PropertyInfo p ? Expression.Property(typed, p) : Expression.Field(typed, (FieldInfo)member);
        var body = Expression.Convert(access, typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, parameter).Compile();
    }

    internal sealed class Getter(Type type, Func<object, object?> read)
    {
        public Type Type { get; } = type;
        public Func<object, object?> Read { get; } = read;
    }
}
