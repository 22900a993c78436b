using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Errors;

/// <summary>
/// An error as spec §7.1.2 describes it: a message, optional source locations, an optional
/// response path and optional extensions (where <c>code</c> lives).
/// </summary>
public class GraphQLError : Exception
{
    public GraphQLError(string message, IReadOnlyList<SyntaxNode>? nodes = null, IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Nodes = nodes ?? [];
        Path = path;
        Extensions = extensions;
        Locations = Nodes.Where(n => n.Location is not null).Select(n => n.Location!.StartPosition).ToArray();
    }

    /// <summary>An error at explicit positions, such as a syntax error from the lexer.</summary>
    public GraphQLError(string message, IReadOnlyList<SourcePosition> locations, IReadOnlyDictionary<string, object?>? extensions = null)
        : base(message)
    {
        Nodes = [];
        Locations = locations;
        Extensions = extensions;
    }

    public IReadOnlyList<SyntaxNode> Nodes { get; }
    public IReadOnlyList<SourcePosition> Locations { get; }
    /// <summary>Response path: strings for field keys, ints for list indices.</summary>
    public IReadOnlyList<object>? Path { get; init; }
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    public string? Code => Extensions is not null && Extensions.TryGetValue("code", out var c) ? c as string : null;
}
