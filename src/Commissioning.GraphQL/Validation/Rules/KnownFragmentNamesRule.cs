using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.5.2.1 Fragment Spread Target Defined: every named spread refers to a fragment defined in the document.</summary>
public sealed class KnownFragmentNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FragmentSpreadNode spread && context.GetFragment(spread.Name.Value) is null)
                context.ReportError(new GraphQLError($"Unknown fragment \"{spread.Name.Value}\".", [spread.Name]));
            return VisitorAction.Continue;
        }
    }
}
