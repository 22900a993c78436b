using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// One fact per directive name (its arguments, locations, repeatability ...) for the directive rules, from the
/// schema's directives and then the document's own directive definitions. A definition in the document replaces
/// the schema's, as the document is what the client meant.
/// </summary>
internal static class KnownDirectiveFacts
{
    public static Dictionary<string, T> Collect<T>(ValidationContext context, Func<DirectiveDefinition, T> fromSchema,
        Func<DirectiveDefinitionNode, T> fromDocument)
    {
        var facts = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var directive in context.Schema.Directives) facts[directive.Name] = fromSchema(directive);
        foreach (var definition in context.Document.Definitions)
            if (definition is DirectiveDefinitionNode directive) facts[directive.Name.Value] = fromDocument(directive);
        return facts;
    }
}
