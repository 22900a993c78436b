using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.7.1 Directives Are Defined and §5.7.2 Directives Are in Valid Locations: every directive used is
/// defined by the schema (or by the document) and allows the place where it is written.
/// </summary>
public sealed class KnownDirectivesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _locations;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _locations = KnownDirectiveFacts.Collect<IReadOnlyList<string>>(context,
                directive => directive.Locations.Select(l => l.ToString()).ToList(),
                directive => directive.Locations.Select(l => l.Value).ToList());
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DirectiveNode directive) return VisitorAction.Continue;
            var name = directive.Name.Value;
            if (!_locations.TryGetValue(name, out var locations))
            {
                _context.ReportError(new GraphQLError($"Unknown directive \"@{name}\".", [directive]));
                return VisitorAction.Continue;
            }
            if (LocationOf(ancestors) is { } location && !locations.Contains(location))
                _context.ReportError(new GraphQLError($"Directive \"@{name}\" may not be used on {location}.", [directive]));
            return VisitorAction.Continue;
        }

        // The §3.13 DirectiveLocation of the node the directive is applied to (its parent).
        private static string? LocationOf(IReadOnlyList<SyntaxNode> ancestors)
        {
            DirectiveLocation? location = ancestors[^1] switch
            {
                OperationDefinitionNode { Operation: OperationType.Query } => DirectiveLocation.QUERY,
                OperationDefinitionNode { Operation: OperationType.Mutation } => DirectiveLocation.MUTATION,
                OperationDefinitionNode => DirectiveLocation.SUBSCRIPTION,
                FieldNode => DirectiveLocation.FIELD,
                FragmentSpreadNode => DirectiveLocation.FRAGMENT_SPREAD,
                InlineFragmentNode => DirectiveLocation.INLINE_FRAGMENT,
                FragmentDefinitionNode => DirectiveLocation.FRAGMENT_DEFINITION,
                VariableDefinitionNode => DirectiveLocation.VARIABLE_DEFINITION,
                SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.SCHEMA,
                ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.SCALAR,
                ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.OBJECT,
                FieldDefinitionNode => DirectiveLocation.FIELD_DEFINITION,
                InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.INTERFACE,
                UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.UNION,
                EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.ENUM,
                EnumValueDefinitionNode => DirectiveLocation.ENUM_VALUE,
                InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.INPUT_OBJECT,
                InputValueDefinitionNode => ancestors.Count > 1 && ancestors[^2] is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
                    ? DirectiveLocation.INPUT_FIELD_DEFINITION
                    : DirectiveLocation.ARGUMENT_DEFINITION,
                _ => null,
            };
            return location?.ToString();
        }
    }
}
