using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.8.1 Variable Uniqueness: an operation defines each variable name once; one error per repeated name lists every definition.</summary>
public sealed class UniqueVariableNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not OperationDefinitionNode operation) return VisitorAction.Continue;
            foreach (var group in operation.VariableDefinitions.GroupBy(d => d.Variable.Name.Value, StringComparer.Ordinal))
            {
                var names = group.Select(d => (SyntaxNode)d.Variable.Name).ToList();
                if (names.Count > 1)
                    context.ReportError(new GraphQLError($"There can be only one variable named \"${group.Key}\".", names));
            }
            return VisitorAction.Continue;
        }
    }
}
