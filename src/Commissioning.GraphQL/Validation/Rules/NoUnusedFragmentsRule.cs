using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.4 Fragments Must Be Used: every fragment is reached from some operation, directly or through
/// other fragments. A fragment used only by unused fragments is unused too.
/// </summary>
public sealed class NoUnusedFragmentsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly List<OperationDefinitionNode> _operations = [];
        private readonly List<FragmentDefinitionNode> _fragments = [];

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode operation:
                    _operations.Add(operation);
                    return VisitorAction.Skip;
                case FragmentDefinitionNode fragment:
                    _fragments.Add(fragment);
                    return VisitorAction.Skip;
                default:
                    return VisitorAction.Continue;
            }
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not DocumentNode) return VisitorAction.Continue;
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var fragment in context.GetRecursivelyReferencedFragments(_operations)) used.Add(fragment.Name!.Value);
            foreach (var fragment in _fragments)
            {
                var name = fragment.Name!.Value;
                if (!used.Contains(name)) context.ReportError(new GraphQLError($"Fragment \"{name}\" is never used.", [fragment]));
            }
            return VisitorAction.Continue;
        }
    }
}
