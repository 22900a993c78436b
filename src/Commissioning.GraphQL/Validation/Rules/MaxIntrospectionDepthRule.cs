using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// Not a rule of spec §5 but one graphql-js 16 recommends and applies by default: an introspection query
/// may nest the list fields <c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c> and <c>inputFields</c>
/// fewer than three deep, through fragments too. Deeper nesting only serves to make responses explode
/// (spec §4 leaves introspection's cost to the service).
/// </summary>
public sealed class MaxIntrospectionDepthRule : ValidationRule
{
    private const int MaxListsDepth = 3;

    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Per fragment, the smallest entry depth at which a check through it stayed within the limit...
        private readonly Dictionary<string, int> _checked = new(StringComparer.Ordinal);
        // ...and at which one exceeded it; a check entering as deep or deeper will too.
        private readonly Dictionary<string, int> _exceeded = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FieldNode { Name.Value: "__schema" or "__type" } field
                && ExceedsDepth(field, new Dictionary<string, int>(StringComparer.Ordinal), 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [field]));
                return VisitorAction.Skip;
            }
            return VisitorAction.Continue;
        }

        private bool ExceedsDepth(SyntaxNode node, Dictionary<string, int> visited, int depth)
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
            if (node is FragmentSpreadNode spread)
            {
                var name = spread.Name.Value;
                if (_exceeded.TryGetValue(name, out var exceededAt) && exceededAt <= depth) return true;
                // Revisits at an equal or shallower depth add nothing; skipping them also breaks cycles.
                if ((visited.TryGetValue(name, out var visitedAt) && visitedAt >= depth)
                    || (_checked.TryGetValue(name, out var checkedAt) && checkedAt >= depth)) return false;
                if (context.GetFragment(name) is not { } fragment) return false;
                visited[name] = depth;
                if (ExceedsDepth(fragment, visited, depth))
                {
                    _exceeded[name] = depth;
                    return true;
                }
                _checked[name] = depth;
                return false;
            }

            if (node is FieldNode { Name.Value: "fields" or "interfaces" or "possibleTypes" or "inputFields" } && ++depth >= MaxListsDepth)
                return true;

            var selectionSet = node switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                FragmentDefinitionNode d => d.SelectionSet,
                _ => null,
            };
            if (selectionSet is null) return false;
            foreach (var child in selectionSet.Selections)
                if (ExceedsDepth(child, visited, depth)) return true;
            return false;
        }
    }
}
