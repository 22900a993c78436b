using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commissioning.Api.Reporting;

/// <summary>
/// Reads a JSON column that the main model maps as an owned collection (<c>ToJson</c>) straight into the domain's
/// values with System.Text.Json, for <see cref="ExceptionSnapshotDbContext"/>. EF Core's own reader for owned JSON
/// builds an entity entry per element and allocates about ten times the column's size (bench/README.md); this reads
/// the text once. The column holds what EF Core writes on either engine: property names as in C#, enums by member
/// name, dates ISO 8601, decimals as text (SQLite) or numbers (PostgreSQL). Domain values keep private constructors
/// and setters, which are used as EF Core uses them (compiled once per member); a record is built through its
/// constructor.
/// </summary>
internal static class JsonColumnReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { UsePrivateMembers } },
    };

    /// <summary>A read-only conversion of a JSON column to a list of <typeparamref name="T"/>; writing is refused.</summary>
    public static ValueConverter<List<T>, string> Converter<T>() => new(
        list => Refuse<T>(),
        text => Read<T>(text));

    /// <summary>Compares lists by reference: the model that uses these is never tracked, so nothing is compared.</summary>
    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => ReferenceEquals(a, b),
        list => list == null ? 0 : list.Count,
        list => list);

    public static List<T> Read<T>(string text) => JsonSerializer.Deserialize<List<T>>(text, Options) ?? [];

    private static string Refuse<T>() =>
        throw new InvalidOperationException($"The exception snapshot model is read-only; {typeof(T).Name} values are written through the main model.");

    private static void UsePrivateMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        // A record has a public constructor System.Text.Json uses; a class with a private one is created through it.
        if (info.CreateObject is null && info.Type.GetConstructor(BindingFlags.Instance | BindingFlags.Public, Type.EmptyTypes) is null
            && info.Type.GetConstructors(BindingFlags.Instance | BindingFlags.Public).Length == 0
            && info.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
        {
            info.CreateObject = Expression.Lambda<Func<object>>(Expression.Convert(Expression.New(constructor), typeof(object))).Compile();
        }
        foreach (var property in info.Properties)
        {
            if (property.Set is null && property.AttributeProvider is PropertyInfo { SetMethod: { } setter } member)
                property.Set = Setter(member, setter);
        }
    }

    private static Action<object, object?> Setter(PropertyInfo property, MethodInfo setter)
    {
        var target = Expression.Parameter(typeof(object));
        var value = Expression.Parameter(typeof(object));
        return Expression.Lambda<Action<object, object?>>(
            Expression.Call(Expression.Convert(target, property.DeclaringType!), setter, Expression.Convert(value, property.PropertyType)),
            target, value).Compile();
    }
}
