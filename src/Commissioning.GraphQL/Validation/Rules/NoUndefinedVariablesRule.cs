using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.3 All Variable Uses Defined: every variable used by an operation, directly or in any fragment it
/// reaches, is defined by that operation. A fragment used by two operations is checked against each.
/// </summary>
public sealed class NoUndefinedVariablesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) =>
        new LeftOperationVisitor(operation => Check(context, operation));

    private static void Check(ValidationContext context, OperationDefinitionNode operation)
    {
        var defined = new HashSet<string>(operation.VariableDefinitions.Select(d => d.Variable.Name.Value), StringComparer.Ordinal);
        foreach (var usage in context.GetRecursiveVariableUsages(operation))
        {
            var name = usage.Node.Name.Value;
            if (defined.Contains(name)) continue;
            context.ReportError(new GraphQLError(operation.Name is { } operationName
                ? $"Variable \"${name}\" is not defined by operation \"{operationName.Value}\"."
                : $"Variable \"${name}\" is not defined.", [usage.Node, operation]));
        }
    }
}
