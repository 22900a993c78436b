using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.2 Field Selection Merging: fields that share a response name in one selection set (directly,
/// or through fragments and inline fragments) must resolve to the same thing, unless their parent
/// types are two different object types and so can never apply to the same object; in every case
/// their results must have the same shape (SameResponseShape). Nested differences are reported at
/// the outermost pair of fields, with the chain of reasons: <c>Fields "x" conflict because subfields
/// "y" conflict because "a" and "b" are different fields. ...</c>. Directives are not compared, as in
/// graphql-js. The search itself, with its caching and work budget, is <see cref="FieldConflictFinder"/>.
/// </summary>
public sealed class OverlappingFieldsCanBeMergedRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly FieldConflictFinder _finder = new(context.Schema, context.GetFragment);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not SelectionSetNode selectionSet) return VisitorAction.Continue;
            // An inline fragment's fields belong to the enclosing selection set, which compares them.
            if (ancestors.Count > 0 && ancestors[^1] is InlineFragmentNode) return VisitorAction.Continue;
            // A lone field cannot conflict with itself (and its own sub-selection is visited separately).
            if (selectionSet.Selections.Count <= 1 && (selectionSet.Selections.Count == 0 || selectionSet.Selections[0] is not InlineFragmentNode))
                return VisitorAction.Continue;

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.TypeInfo.ParentType, selectionSet))
            {
                context.ReportError(new GraphQLError(
                    $"Fields \"{FieldConflictFinder.Abbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. " +
                    "Use different aliases on the fields to fetch both if this was intentional.",
                    [.. conflict.Fields1, .. conflict.Fields2]));
            }
            return VisitorAction.Continue;
        }
    }
}
