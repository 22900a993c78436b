using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.2.1 Required Arguments: every argument whose type is non-null and which has no default must be
/// given, on fields and on directives. (An explicit <c>null</c> for such an argument is the business of
/// <c>ValuesOfCorrectTypeRule</c>, as in graphql-js.) Directives defined in the document itself
/// are checked against their own definitions.
/// </summary>
public sealed class ProvidedRequiredArgumentsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // Directive name → its required arguments as (name, printed type), in definition order.
        private readonly Dictionary<string, List<(string Name, string Type)>> _requiredDirectiveArguments = RequiredDirectiveArguments(context);

        // Checked on leave, so that errors deeper in the arguments are reported first (as graphql-js does).
        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case FieldNode field when context.TypeInfo.FieldDef is { } fieldDef:
                    foreach (var argument in fieldDef.Arguments)
                    {
                        if (TypePredicates.IsRequired(argument) && !IsProvided(field.Arguments, argument.Name))
                        {
                            context.ReportError(new GraphQLError(
                                $"Field \"{fieldDef.Name}\" argument \"{argument.Name}\" of type \"{argument.Type}\" is required, but it was not provided.",
                                [field]));
                        }
                    }
                    break;
                case DirectiveNode directive when _requiredDirectiveArguments.TryGetValue(directive.Name.Value, out var required):
                    foreach (var (name, type) in required)
                    {
                        if (!IsProvided(directive.Arguments, name))
                        {
                            context.ReportError(new GraphQLError(
                                $"Directive \"@{directive.Name.Value}\" argument \"{name}\" of type \"{type}\" is required, but it was not provided.",
                                [directive]));
                        }
                    }
                    break;
            }
            return VisitorAction.Continue;
        }

        private static bool IsProvided(IReadOnlyList<ArgumentNode> arguments, string name)
        {
            foreach (var argument in arguments)
                if (argument.Name.Value == name) return true;
            return false;
        }

        private static Dictionary<string, List<(string, string)>> RequiredDirectiveArguments(ValidationContext context) =>
            KnownDirectiveFacts.Collect(context,
                directive => directive.Arguments.Where(TypePredicates.IsRequired).Select(a => (a.Name, a.Type.ToString()!)).ToList(),
                directive => directive.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null)
                    .Select(a => (a.Name.Value, ValuePrinter.Print(a.Type))).ToList());
    }
}
