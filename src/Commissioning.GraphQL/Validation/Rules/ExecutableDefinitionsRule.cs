using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.1.1 Executable Definitions: a document sent for execution holds only operations and fragments;
/// type system definitions and extensions are reported, one error each.
/// </summary>
public sealed class ExecutableDefinitionsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DocumentNode document) return VisitorAction.Continue;
            foreach (var definition in document.Definitions)
            {
                if (definition is ExecutableDefinitionNode) continue;
                var name = definition switch
                {
                    SchemaDefinitionNode or SchemaExtensionNode => "schema",
                    TypeDefinitionNode type => "\"" + type.Name.Value + "\"",
                    TypeExtensionNode extension => "\"" + extension.Name.Value + "\"",
                    DirectiveDefinitionNode directive => "\"" + directive.Name.Value + "\"",
                    _ => "\"" + definition.Kind + "\"",
                };
                context.ReportError(new GraphQLError($"The {name} definition is not executable.", [definition]));
            }
            // Everything below is checked by the other rules.
            return VisitorAction.Skip;
        }
    }
}
