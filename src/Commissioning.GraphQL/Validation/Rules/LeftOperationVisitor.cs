using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// Runs a check on each operation as the walk leaves it, skipping fragment definitions: the variable rules
/// (§5.8.3, §5.8.4) reach fragments through the operations that use them. On leaving, as graphql-js does, so
/// these errors follow those found inside the operation.
/// </summary>
internal sealed class LeftOperationVisitor(Action<OperationDefinitionNode> check) : SyntaxVisitor
{
    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
        node is FragmentDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        if (node is OperationDefinitionNode operation) check(operation);
        return VisitorAction.Continue;
    }
}
