using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.5.1.3 Fragments On Composite Types: a fragment's type condition is an object, interface or union,
/// since only those have selection sets. Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class FragmentsOnCompositeTypesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case InlineFragmentNode { TypeCondition: { } condition } when IsNonComposite(condition):
                    context.ReportError(new GraphQLError(
                        $"Fragment cannot condition on non composite type \"{ValuePrinter.Print(condition)}\".", [condition]));
                    break;
                case FragmentDefinitionNode fragment when IsNonComposite(fragment.TypeCondition):
                    context.ReportError(new GraphQLError(
                        $"Fragment \"{fragment.Name!.Value}\" cannot condition on non composite type \"{ValuePrinter.Print(fragment.TypeCondition)}\".",
                        [fragment.TypeCondition]));
                    break;
            }
            return VisitorAction.Continue;
        }

        private bool IsNonComposite(NamedTypeNode condition) =>
            TypeFromAst.Convert(context.Schema, condition) is { } type && !TypePredicates.IsCompositeType(type);
    }
}
