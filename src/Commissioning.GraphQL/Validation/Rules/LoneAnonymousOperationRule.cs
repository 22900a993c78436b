using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.2.1 Lone Anonymous Operation: the query shorthand and other unnamed operations are only allowed
/// when the document holds no other operation, since nothing could select them by name.
/// </summary>
public sealed class LoneAnonymousOperationRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private int _operationCount;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DocumentNode document:
                    _operationCount = document.Definitions.Count(d => d is OperationDefinitionNode);
                    return VisitorAction.Continue;
                case OperationDefinitionNode operation:
                    if (operation.Name is null && _operationCount > 1)
                        context.ReportError(new GraphQLError("This anonymous operation must be the only defined operation.", [operation]));
                    return VisitorAction.Skip;
                case FragmentDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
