namespace Commissioning.GraphQL.Language;

/// <summary>Limits and switches for <see cref="Parser"/>. The limits keep hostile documents cheap to reject.</summary>
public sealed record ParserOptions
{
    public static ParserOptions Default { get; } = new();

    /// <summary>The most tokens a document may have; one more is a syntax error and parsing stops there.</summary>
    public int MaxTokens { get; init; } = 15000;

    /// <summary>
    /// The deepest nesting of selection sets, list and object values and list types. Parsing is
    /// recursive, so this bound is what stands between a document of 100k brackets and the stack.
    /// </summary>
    public int MaxDepth { get; init; } = 200;

    /// <summary>Leave <see cref="SyntaxNode.Location"/> null, saving an allocation per node.</summary>
    public bool NoLocation { get; init; }
}
