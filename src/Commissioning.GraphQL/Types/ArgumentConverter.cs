using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// Converts coerced input values (int, double, string, bool, enum values, <c>List&lt;object?&gt;</c>,
/// <c>Dictionary&lt;string, object?&gt;</c>) to the CLR type a resolver asks for: numeric widening,
/// arrays and lists, and input objects onto classes with settable properties.
/// </summary>
public static class ArgumentConverter
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, string Key)[]> Setters = new();

    public static T Convert<T>(object? value) => value is T t ? t : (T)Convert(value, typeof(T))!;

    public static object? Convert(object? value, Type target)
    {
        if (value is null) return target.IsValueType && Nullable.GetUnderlyingType(target) is null ? Activator.CreateInstance(target) : null;
        if (target.IsInstanceOfType(value)) return value;
        var underlying = Nullable.GetUnderlyingType(target) ?? target;
        if (underlying.IsInstanceOfType(value)) return value;
        if (underlying.IsEnum) return value is string s ? Enum.Parse(underlying, s, ignoreCase: true) : Enum.ToObject(underlying, value);
        if (value is IConvertible && (underlying.IsPrimitive || underlying == typeof(decimal) || underlying == typeof(string)))
            return System.Convert.ChangeType(value, underlying, CultureInfo.InvariantCulture);
        if (underlying == typeof(Guid) && value is string g) return Guid.Parse(g);

        if (value is IList list && underlying != typeof(string))
        {
            var elementType = underlying.IsArray ? underlying.GetElementType()!
                : underlying.IsGenericType ? underlying.GetGenericArguments()[0] : typeof(object);
            if (underlying.IsArray)
            {
                var array = Array.CreateInstance(elementType, list.Count);
                for (var i = 0; i < list.Count; i++) array.SetValue(Convert(list[i], elementType), i);
                return array;
            }
            var typedList = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
            foreach (var item in list) typedList.Add(Convert(item, elementType));
            return typedList;
        }

        if (value is IReadOnlyDictionary<string, object?> map)
        {
            var instance = Activator.CreateInstance(underlying)!;
            foreach (var (property, key) in Setters.GetOrAdd(underlying, DiscoverSetters))
            {
                if (map.TryGetValue(key, out var fieldValue)) property.SetValue(instance, Convert(fieldValue, property.PropertyType));
            }
            return instance;
        }
        throw new InvalidCastException($"Cannot convert {value.GetType().Name} to {target.Name}.");
    }

    private static (PropertyInfo, string)[] DiscoverSetters(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => (p, Utilities.NameConventions.ToCamelCase(p.Name)))
            .ToArray();
}
