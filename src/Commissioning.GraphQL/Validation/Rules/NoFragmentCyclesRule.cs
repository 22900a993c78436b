using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.2 Fragment Spreads Must Not Form Cycles: a fragment must not spread itself, directly or through
/// other fragments, or executing it would never end. Each cycle is reported once, with the spreads that form it.
/// </summary>
public sealed class NoFragmentCyclesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Fragments whose spreads have been explored; a cycle through them has been reported already.
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        // The spreads from the fragment where the current search began to the current one.
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        // Where each fragment on the current path entered it.
        private readonly Dictionary<string, int> _pathIndexByName = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FragmentDefinitionNode fragment) DetectCycles(fragment);
            return node is ExecutableDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;
        }

        // Depth first search; explicit recursion depth is bounded by the number of fragments.
        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var name = fragment.Name!.Value;
            if (!_visited.Add(name)) return;
            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0) return;

            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            _pathIndexByName[name] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_pathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment) DetectCycles(spreadFragment);
                }
                else
                {
                    var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
                    var via = string.Join(", ", cyclePath.Take(cyclePath.Count - 1).Select(s => "\"" + s.Name.Value + "\""));
                    context.ReportError(new GraphQLError(
                        $"Cannot spread fragment \"{spreadName}\" within itself" + (via.Length > 0 ? $" via {via}." : "."), cyclePath));
                }
                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }
            _pathIndexByName.Remove(name);
        }
    }
}
