using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.2.1.1 Operation Name Uniqueness: no two operations of a document share a name.</summary>
public sealed class UniqueOperationNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode { Name: { } name }:
                    if (_known.TryGetValue(name.Value, out var first))
                        context.ReportError(new GraphQLError($"There can be only one operation named \"{name.Value}\".", [first, name]));
                    else
                        _known[name.Value] = name;
                    return VisitorAction.Skip;
                case ExecutableDefinitionNode:
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }
    }
}
