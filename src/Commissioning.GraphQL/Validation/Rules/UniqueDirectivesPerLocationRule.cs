using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.3 Directives Are Unique per Location: a non-repeatable directive appears at most once on a node;
/// directives defined <c>repeatable</c> may appear any number of times. A type and its extensions count
/// as one location.
/// </summary>
public sealed class UniqueDirectivesPerLocationRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, bool> _unique;
        private readonly Dictionary<string, DirectiveNode> _schemaDirectives = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeDirectives = new(StringComparer.Ordinal);

        public Visitor(ValidationContext context)
        {
            _context = context;
            _unique = KnownDirectiveFacts.Collect(context, directive => !directive.IsRepeatable, directive => !directive.Repeatable);
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var directives = DirectivesOf(node);
            if (directives is null || directives.Count == 0) return VisitorAction.Continue;

            var seen = node switch
            {
                SchemaDefinitionNode or SchemaExtensionNode => _schemaDirectives,
                TypeDefinitionNode type => TypeDirectives(type.Name.Value),
                TypeExtensionNode extension => TypeDirectives(extension.Name.Value),
                _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
            };
            foreach (var directive in directives)
            {
                var name = directive.Name.Value;
                // Unknown directives are KnownDirectivesRule's concern.
                if (!_unique.GetValueOrDefault(name)) continue;
                if (seen.TryGetValue(name, out var first))
                    _context.ReportError(new GraphQLError($"The directive \"@{name}\" can only be used once at this location.", [first, directive]));
                else
                    seen[name] = directive;
            }
            return VisitorAction.Continue;
        }

        private Dictionary<string, DirectiveNode> TypeDirectives(string typeName)
        {
            if (!_typeDirectives.TryGetValue(typeName, out var seen))
                _typeDirectives[typeName] = seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            return seen;
        }

        private static IReadOnlyList<DirectiveNode>? DirectivesOf(SyntaxNode node) => node switch
        {
            ExecutableDefinitionNode n => n.Directives,
            SelectionNode n => n.Directives,
            VariableDefinitionNode n => n.Directives,
            TypeSystemDefinitionNode n => n.Directives,
            TypeSystemExtensionNode n => n.Directives,
            FieldDefinitionNode n => n.Directives,
            InputValueDefinitionNode n => n.Directives,
            EnumValueDefinitionNode n => n.Directives,
            _ => null,
        };
    }
}
