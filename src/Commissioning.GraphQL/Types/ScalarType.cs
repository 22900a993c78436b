using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// A scalar (spec §3.5). Coercion is given as functions; each throws a
/// <see cref="Errors.GraphQLError"/> (or any exception) when a value cannot be represented.
/// </summary>
public sealed class ScalarType : ILeafType
{
    private readonly Func<object?, object?> _serialize;
    private readonly Func<object?, object?> _parseValue;
    private readonly Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?> _parseLiteral;

    /// <param name="serialize">Internal value to result value; identity when omitted.</param>
    /// <param name="parseValue">Runtime input to internal value; identity when omitted.</param>
    /// <param name="parseLiteral">Literal to internal value; when omitted the literal is turned into a plain
    /// value (as JSON would carry it) and handed to <paramref name="parseValue"/>.</param>
    public ScalarType(string name, Func<object?, object?>? serialize = null, Func<object?, object?>? parseValue = null,
        Func<ValueNode, IReadOnlyDictionary<string, object?>?, object?>? parseLiteral = null)
    {
        Name = name;
        _serialize = serialize ?? (v => v);
        _parseValue = parseValue ?? (v => v);
        _parseLiteral = parseLiteral ?? ((node, variables) => _parseValue(ValueFromAst.Untyped(node, variables)));
    }

    public string Name { get; }
    public string? Description { get; init; }

    /// <summary>Where the scalar's behaviour is specified (spec §3.5.5 @specifiedBy).</summary>
    public string? SpecifiedByUrl { get; init; }

    public ScalarTypeDefinitionNode? AstNode { get; init; }

    public object? Serialize(object? value) => _serialize(value);
    public object? ParseValue(object? value) => _parseValue(value);
    public object? ParseLiteral(ValueNode valueNode, IReadOnlyDictionary<string, object?>? variables = null) =>
        _parseLiteral(valueNode, variables);

    public override string ToString() => Name;
}
