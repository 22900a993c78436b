using System.Collections;
using System.Text;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>Reports one coercion failure: the path inside the value, the offending value and the error.</summary>
public delegate void CoercionErrorHandler(IReadOnlyList<object> path, object? invalidValue, GraphQLError error);

/// <summary>
/// Runtime (JSON) value → internal value for an input type (spec §3.10, §3.11, §3.12 input coercion;
/// graphql-js coerceInputValue). Input objects become <c>Dictionary&lt;string, object?&gt;</c>, lists
/// <c>List&lt;object?&gt;</c>.
/// </summary>
public static class ValueCoercion
{
    /// <summary>Coerces or throws the first error, prefixed like graphql-js: <c>Invalid value 1.5 at "value.a": ...</c>.</summary>
    public static object? CoerceInputValue(object? inputValue, IInputType type) =>
        CoerceInputValue(inputValue, type, static (path, invalid, error) =>
        {
            var prefix = "Invalid value " + Inspector.Inspect(invalid);
            if (path.Count > 0) prefix += $" at \"value{PrintPath(path)}\"";
            throw new GraphQLError(prefix + ": " + error.Message, error.Nodes, extensions: error.Extensions, innerException: error);
        });

    public static object? CoerceInputValue(object? inputValue, IInputType type, CoercionErrorHandler onError) =>
        Coerce(inputValue, type, onError, []);

    /// <summary>graphql-js printPathArray: <c>.a[0].b</c>.</summary>
    public static string PrintPath(IReadOnlyList<object> path)
    {
        var sb = new StringBuilder();
        foreach (var key in path)
        {
            if (key is int i) sb.Append('[').Append(i).Append(']');
            else sb.Append('.').Append(key);
        }
        return sb.ToString();
    }

    private static object? Coerce(object? inputValue, IInputType type, CoercionErrorHandler onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (inputValue is not null) return Coerce(inputValue, (IInputType)nonNull.OfType, onError, path);
            onError([.. path], inputValue, new GraphQLError($"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }
        if (inputValue is null) return null;

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (inputValue is IEnumerable items and not string && !IsMap(inputValue))
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        result.Add(Coerce(item, itemType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }
                    return result;
                }
                // §3.11: a single value is coerced to a list of one.
                return new List<object?> { Coerce(inputValue, itemType, onError, path) };
            }
            case InputObjectType inputObject:
                return CoerceInputObject(inputValue, inputObject, onError, path);
            case ILeafType leaf:
            {
                object? parsed;
                try
                {
                    parsed = leaf.ParseValue(inputValue);
                }
                catch (GraphQLError error)
                {
                    onError([.. path], inputValue, error);
                    return null;
                }
                catch (Exception ex)
                {
                    onError([.. path], inputValue, new GraphQLError($"Expected type \"{leaf.Name}\". {ex.Message}", innerException: ex));
                    return null;
                }
                if (ReferenceEquals(parsed, ValueFromAst.Invalid))
                    onError([.. path], inputValue, new GraphQLError($"Expected type \"{leaf.Name}\"."));
                return parsed;
            }
            default:
                throw new ArgumentException($"Unexpected input type: {type}.", nameof(type));
        }
    }

    private static object? CoerceInputObject(object inputValue, InputObjectType type, CoercionErrorHandler onError, List<object> path)
    {
        if (!TryReadMap(inputValue, out var map))
        {
            onError([.. path], inputValue, new GraphQLError($"Expected type \"{type.Name}\" to be an object."));
            return null;
        }
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!map.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                else if (field.Type is NonNullType)
                    onError([.. path], inputValue, new GraphQLError($"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                continue;
            }
            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var key in map.Keys)
        {
            if (type.Fields.Contains(key)) continue;
            var suggestions = Suggestions.List(key, type.Fields.Select(f => f.Name));
            onError([.. path], inputValue, new GraphQLError($"Field \"{key}\" is not defined by type \"{type.Name}\"." + Suggestions.DidYouMean(suggestions)));
        }
        if (type.IsOneOf)
        {
            // §3.10.1: exactly one field, and it is not null.
            if (result.Count != 1)
                onError([.. path], inputValue, new GraphQLError($"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            if (result.Count > 0)
            {
                var (key, value) = result.First();
                if (value is null) onError([.. path, key], value, new GraphQLError($"Field \"{key}\" must be non-null."));
            }
        }
        return result;
    }

    private static bool IsMap(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    private static bool TryReadMap(object value, out IReadOnlyDictionary<string, object?> map)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro: map = ro; return true;
            case IDictionary<string, object?> rw: map = new Dictionary<string, object?>(rw, StringComparer.Ordinal); return true;
            default: map = null!; return false;
        }
    }
}
