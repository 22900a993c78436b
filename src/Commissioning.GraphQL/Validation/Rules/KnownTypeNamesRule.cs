using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.1.2 Fragment Spread Type Existence and §5.8.3 (variable types): every type named in a type
/// condition or a variable definition exists in the schema. Suggests similar type names.
/// </summary>
public sealed class KnownTypeNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private readonly HashSet<string> _definedTypes = new(StringComparer.Ordinal);
        private readonly List<string> _typeNames;

        public Visitor(ValidationContext context)
        {
            _context = context;
            // Types defined in the document itself count as known (they are reported as not executable instead).
            foreach (var definition in context.Document.Definitions)
                if (definition is TypeDefinitionNode type) _definedTypes.Add(type.Name.Value);
            _typeNames = [.. context.Schema.TypeMap.Keys, .. _definedTypes];
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not NamedTypeNode named) return VisitorAction.Continue;
            var typeName = named.Name.Value;
            if (_context.Schema.GetType(typeName) is not null || _definedTypes.Contains(typeName)) return VisitorAction.Continue;

            // A type system definition may name a standard scalar or introspection type the schema leaves out.
            var definition = ancestors.Count > 1 ? ancestors[1] : ancestors.Count > 0 ? ancestors[^1] : null;
            var isSdl = definition is TypeSystemDefinitionNode or TypeSystemExtensionNode;
            if (isSdl && StandardTypeNames.Contains(typeName)) return VisitorAction.Continue;

            var suggestions = Suggestions.List(typeName, isSdl ? [.. StandardTypeNames, .. _typeNames] : _typeNames);
            _context.ReportError(new GraphQLError($"Unknown type \"{typeName}\"." + Suggestions.DidYouMean(suggestions), [named]));
            return VisitorAction.Continue;
        }

        private static readonly string[] StandardTypeNames =
            [.. Scalars.Specified.Select(s => s.Name), .. Introspection.Types.Select(t => t.Name)];
    }
}
