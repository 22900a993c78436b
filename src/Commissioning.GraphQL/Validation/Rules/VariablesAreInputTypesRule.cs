using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.2 Variables Are Input Types: a variable's type is a scalar, enum or input object (possibly
/// wrapped), since values of other types cannot be sent. Unknown types are left to <see cref="KnownTypeNamesRule"/>.
/// </summary>
public sealed class VariablesAreInputTypesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is VariableDefinitionNode definition
                && TypeFromAst.Convert(context.Schema, definition.Type) is { } type
                && !TypePredicates.IsInputType(type))
            {
                context.ReportError(new GraphQLError(
                    $"Variable \"${definition.Variable.Name.Value}\" cannot be non-input type \"{ValuePrinter.Print(definition.Type)}\".",
                    [definition.Type]));
            }
            return VisitorAction.Continue;
        }
    }
}
