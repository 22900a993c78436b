using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Language;

/// <summary>Builds the errors a malformed document produces (spec §7.1.2 with one location).</summary>
public static class SyntaxError
{
    /// <summary>The <c>extensions.code</c> of every syntax error, as HotChocolate and Apollo name it.</summary>
    public const string Code = "GRAPHQL_PARSE_FAILED";

    private static readonly IReadOnlyDictionary<string, object?> Extensions =
        new Dictionary<string, object?> { ["code"] = Code };

    public static GraphQLError Create(Source source, int position, string description) =>
        new("Syntax Error: " + description, [source.GetPosition(position)], Extensions);
}
