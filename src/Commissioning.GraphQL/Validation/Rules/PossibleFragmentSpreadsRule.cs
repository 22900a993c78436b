using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.2.3 Fragment Spread Is Possible: a fragment (named or inline) is only spread where some object
/// could be both of the enclosing type and of the fragment's type condition; otherwise it never applies.
/// </summary>
public sealed class PossibleFragmentSpreadsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode inline:
                    if (context.TypeInfo.Type is ICompositeType fragmentType && context.TypeInfo.ParentType is { } parentType
                        && !TypeComparators.DoTypesOverlap(context.Schema, fragmentType, parentType))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment cannot be spread here as objects of type \"{parentType}\" can never be of type \"{fragmentType}\".", [inline]));
                    }
                    break;
                case FragmentSpreadNode spread:
                    var name = spread.Name.Value;
                    if (FragmentType(name) is { } spreadType && context.TypeInfo.ParentType is { } spreadParent
                        && !TypeComparators.DoTypesOverlap(context.Schema, spreadType, spreadParent))
                    {
                        context.ReportError(new GraphQLError(
                            $"Fragment \"{name}\" cannot be spread here as objects of type \"{spreadParent}\" can never be of type \"{spreadType}\".", [spread]));
                    }
                    break;
            }
            return VisitorAction.Continue;
        }

        private ICompositeType? FragmentType(string name) =>
            context.GetFragment(name) is { } fragment ? TypeFromAst.Convert(context.Schema, fragment.TypeCondition) as ICompositeType : null;
    }
}
