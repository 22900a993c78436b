using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.4 All Variables Used: every variable an operation defines is used, directly or in a fragment the
/// operation reaches; an unused variable is usually a mistake in the document.
/// </summary>
public sealed class NoUnusedVariablesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new LeftOperationVisitor(operation => Check(context, operation));

    private static void Check(ValidationContext context, OperationDefinitionNode operation)
    {
        var used = new HashSet<string>(context.GetRecursiveVariableUsages(operation).Select(u => u.Node.Name.Value), StringComparer.Ordinal);
        foreach (var definition in operation.VariableDefinitions)
        {
            var name = definition.Variable.Name.Value;
            if (used.Contains(name)) continue;
            context.ReportError(new GraphQLError(operation.Name is { } operationName
                ? $"Variable \"${name}\" is never used in operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is never used.", [definition]));
        }
    }
}
