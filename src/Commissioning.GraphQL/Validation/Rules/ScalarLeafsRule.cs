using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.3 Leaf Field Selections: fields of scalar and enum type have no selection set, and fields of
/// object, interface and union type must have one, so that every response ends in leaf values.
/// </summary>
public sealed class ScalarLeafsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is not FieldNode field || context.TypeInfo.Type is not { } type) return VisitorAction.Continue;
            var fieldName = field.Name.Value;
            if (TypePredicates.IsLeafType(TypePredicates.GetNamedType(type)))
            {
                if (field.SelectionSet is { } selectionSet)
                    context.ReportError(new GraphQLError(
                        $"Field \"{fieldName}\" must not have a selection since type \"{type}\" has no subfields.", [selectionSet]));
            }
            else if (field.SelectionSet is null)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have a selection of subfields. Did you mean \"{fieldName} {{ ... }}\"?", [field]));
            }
            else if (field.SelectionSet.Selections.Count == 0)
            {
                context.ReportError(new GraphQLError(
                    $"Field \"{fieldName}\" of type \"{type}\" must have at least one field selected.", [field]));
            }
            return VisitorAction.Continue;
        }
    }
}
