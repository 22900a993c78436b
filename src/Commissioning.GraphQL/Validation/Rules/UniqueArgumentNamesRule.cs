using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.4.2 Argument Uniqueness: a field or directive is given each argument once; one error per repeated name lists every occurrence.</summary>
public sealed class UniqueArgumentNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var arguments = node switch
            {
                FieldNode field => field.Arguments,
                DirectiveNode directive => directive.Arguments,
                _ => null,
            };
            if (arguments is null || arguments.Count < 2) return VisitorAction.Continue;
            foreach (var group in arguments.GroupBy(a => a.Name.Value, StringComparer.Ordinal))
            {
                var names = group.Select(a => (SyntaxNode)a.Name).ToList();
                if (names.Count > 1)
                    context.ReportError(new GraphQLError($"There can be only one argument named \"{group.Key}\".", names));
            }
            return VisitorAction.Continue;
        }
    }
}
