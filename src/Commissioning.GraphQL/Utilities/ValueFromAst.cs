using System.Globalization;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Literal → internal value for a given input type (spec §6.4.1 input coercion of literals), as
/// graphql-js valueFromAST: returns <see cref="Invalid"/> instead of throwing when the literal does not
/// fit, so validation and execution can word their own errors.
/// </summary>
public static class ValueFromAst
{
    /// <summary>Marks a literal that is not a valid value of the type (graphql-js's <c>undefined</c>).</summary>
    public static readonly object Invalid = new InvalidValue();

    public static object? Convert(ValueNode? valueNode, IInputType type, IReadOnlyDictionary<string, object?>? variables = null)
    {
        if (valueNode is null) return Invalid;
        if (valueNode is VariableNode variable)
        {
            // Missing variables are invalid; a null variable is invalid only where null is not allowed.
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue)) return Invalid;
            if (variableValue is null && type is NonNullType) return Invalid;
            return variableValue;
        }
        if (type is NonNullType nonNull)
        {
            if (valueNode is NullValueNode) return Invalid;
            return Convert(valueNode, (IInputType)nonNull.OfType, variables);
        }
        if (valueNode is NullValueNode) return null;

        switch (type)
        {
            case ListType list:
            {
                var itemType = (IInputType)list.OfType;
                if (valueNode is ListValueNode listNode)
                {
                    var items = new List<object?>(listNode.Values.Count);
                    foreach (var itemNode in listNode.Values)
                    {
                        if (IsMissingVariable(itemNode, variables))
                        {
                            // §6.4.1: a missing variable inside a list is null, which a non-null item cannot be.
                            if (itemType is NonNullType) return Invalid;
                            items.Add(null);
                            continue;
                        }
                        var itemValue = Convert(itemNode, itemType, variables);
                        if (ReferenceEquals(itemValue, Invalid)) return Invalid;
                        items.Add(itemValue);
                    }
                    return items;
                }
                // §3.11 input coercion: a single value stands for a list of one.
                var single = Convert(valueNode, itemType, variables);
                return ReferenceEquals(single, Invalid) ? Invalid : new List<object?> { single };
            }
            case InputObjectType inputObject:
            {
                if (valueNode is not ObjectValueNode objectNode) return Invalid;
                var result = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var field in inputObject.Fields)
                {
                    var fieldNode = FindField(objectNode, field.Name);
                    if (fieldNode is null || IsMissingVariable(fieldNode.Value, variables))
                    {
                        if (field.HasDefaultValue) result[field.Name] = field.DefaultValue;
                        else if (field.Type is NonNullType) return Invalid;
                        continue;
                    }
                    var fieldValue = Convert(fieldNode.Value, field.Type, variables);
                    if (ReferenceEquals(fieldValue, Invalid)) return Invalid;
                    result[field.Name] = fieldValue;
                }
                if (inputObject.IsOneOf)
                {
                    if (result.Count != 1) return Invalid;
                    foreach (var v in result.Values)
                        if (v is null) return Invalid;
                }
                return result;
            }
            case ILeafType leaf:
                try
                {
                    return leaf.ParseLiteral(valueNode, variables);
                }
                catch (Exception)
                {
                    // Any failure to parse means the literal is not a value of this type.
                    return Invalid;
                }
            default:
                return Invalid;
        }
    }

    /// <summary>
    /// A literal as the plain value JSON would carry (graphql-js valueFromASTUntyped): ints as long (or
    /// double when too large), floats as double, objects as dictionaries. Used by custom scalars.
    /// </summary>
    public static object? Untyped(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) => valueNode switch
    {
        NullValueNode => null,
        IntValueNode i => long.TryParse(i.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? l : double.Parse(i.Value, CultureInfo.InvariantCulture),
        FloatValueNode f => double.Parse(f.Value, CultureInfo.InvariantCulture),
        StringValueNode s => s.Value,
        EnumValueNode e => e.Value,
        BooleanValueNode b => b.Value,
        ListValueNode list => list.Values.Select(v => Untyped(v, variables)).ToList(),
        ObjectValueNode obj => obj.Fields.ToDictionary(f => f.Name.Value, f => Untyped(f.Value, variables), StringComparer.Ordinal),
        VariableNode v => variables?.GetValueOrDefault(v.Name.Value),
        _ => throw new ArgumentException($"Unexpected value node {valueNode.Kind}.", nameof(valueNode)),
    };

    private static bool IsMissingVariable(ValueNode node, IReadOnlyDictionary<string, object?>? variables) =>
        node is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value));

    private static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        foreach (var f in node.Fields)
            if (f.Name.Value == name) return f;
        return null;
    }

    private sealed class InvalidValue
    {
        public override string ToString() => "<invalid>";
    }
}
