using System.Collections;
using System.Globalization;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>Internal value → literal (graphql-js astFromValue), e.g. to print default values.</summary>
public static class AstFromValue
{
    /// <summary>The literal for <paramref name="value"/>; null when there is none (e.g. null for a non-null type).</summary>
    public static ValueNode? Convert(object? value, IInputType type)
    {
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, (IInputType)nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }
        if (value is null) return new NullValueNode();
        if (ReferenceEquals(value, ValueFromAst.Invalid)) return null;

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (value is IEnumerable items and not string && !IsMap(value))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        var node = Convert(item, itemType);
                        if (node is not null) nodes.Add(node);
                    }
                    return new ListValueNode { Values = nodes };
                }
                return Convert(value, itemType);
            }
            case InputObjectType inputObject:
            {
                if (!TryGetField(value, "", out _, probeOnly: true)) return null;
                var fields = new List<ObjectFieldNode>();
                foreach (var field in inputObject.Fields)
                {
                    if (!TryGetField(value, field.Name, out var fieldValue)) continue;
                    var node = Convert(fieldValue, field.Type);
                    if (node is not null) fields.Add(new ObjectFieldNode { Name = new NameNode(field.Name), Value = node });
                }
                return new ObjectValueNode { Fields = fields };
            }
            case ILeafType leaf:
            {
                var serialized = leaf.Serialize(value);
                switch (serialized)
                {
                    case null: return null;
                    case bool b: return new BooleanValueNode { Value = b };
                    case string s:
                        if (leaf is EnumType) return new EnumValueNode { Value = s };
                        if (ReferenceEquals(leaf, Scalars.ID) && IsIntegerString(s)) return new IntValueNode { Value = s };
                        return new StringValueNode { Value = s };
                }
                if (JsNumber.TryGetDouble(serialized, out var d) && double.IsFinite(d))
                {
                    var text = serialized is long l ? l.ToString(CultureInfo.InvariantCulture) : JsNumber.Format(d);
                    return IsIntegerString(text) ? new IntValueNode { Value = text } : new FloatValueNode { Value = text };
                }
                throw new InvalidOperationException($"Cannot convert value to AST: {Inspector.Inspect(serialized)}.");
            }
            default:
                return null;
        }
    }

    private static bool IsMap(object value) => value is IReadOnlyDictionary<string, object?> or IDictionary<string, object?>;

    private static bool TryGetField(object value, string name, out object? fieldValue, bool probeOnly = false)
    {
        fieldValue = null;
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro: return probeOnly || ro.TryGetValue(name, out fieldValue);
            case IDictionary<string, object?> rw: return probeOnly || rw.TryGetValue(name, out fieldValue);
            default: return false;
        }
    }

    private static bool IsIntegerString(string s)
    {
        // graphql-js: /^-?(?:0|[1-9][0-9]*)$/
        var i = s.StartsWith('-') ? 1 : 0;
        if (i >= s.Length) return false;
        if (s[i] == '0') return i + 1 == s.Length;
        for (; i < s.Length; i++)
            if (!char.IsAsciiDigit(s[i])) return false;
        return true;
    }
}
