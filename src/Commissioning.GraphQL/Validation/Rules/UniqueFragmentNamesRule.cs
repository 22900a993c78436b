using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.5.1.1 Fragment Name Uniqueness: no two fragment definitions share a name, so every spread means one fragment.</summary>
public sealed class UniqueFragmentNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FragmentDefinitionNode { Name: { } name })
            {
                if (_known.TryGetValue(name.Value, out var first))
                    context.ReportError(new GraphQLError($"There can be only one fragment named \"{name.Value}\".", [first, name]));
                else
                    _known[name.Value] = name;
            }
            return node is ExecutableDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;
        }
    }
}
