using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>§5.6.3 Input Object Field Uniqueness: an input object literal gives each field once, at every nesting level.</summary>
public sealed class UniqueInputFieldNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        // The names seen so far in each enclosing object literal; reported as fields are entered, so a
        // repeat inside a nested literal comes before a later repeat in the outer one.
        private readonly Stack<Dictionary<string, NameNode>> _known = new();

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case ObjectValueNode:
                    _known.Push(new Dictionary<string, NameNode>(StringComparer.Ordinal));
                    break;
                case ObjectFieldNode field when _known.TryPeek(out var known):
                    var name = field.Name.Value;
                    if (known.TryGetValue(name, out var first))
                        context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [first, field.Name]));
                    else
                        known[name] = field.Name;
                    break;
            }
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is ObjectValueNode) _known.Pop();
            return VisitorAction.Continue;
        }
    }
}
