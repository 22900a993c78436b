using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.4.1 Argument Names: every argument given to a field or directive is defined by it. Suggests similar
/// argument names. Arguments of unknown fields and directives are left to the rules reporting those.
/// </summary>
public sealed class KnownArgumentNamesRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor : SyntaxVisitor
    {
        private readonly ValidationContext _context;
        private readonly Dictionary<string, IReadOnlyList<string>> _directiveArguments;

        public Visitor(ValidationContext context)
        {
            _context = context;
            _directiveArguments = KnownDirectiveFacts.Collect<IReadOnlyList<string>>(context,
                directive => directive.Arguments.Select(a => a.Name).ToList(),
                directive => directive.Arguments.Select(a => a.Name.Value).ToList());
        }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case DirectiveNode directive:
                    CheckDirective(directive);
                    // The directive's arguments are checked; the field rule below must not see them.
                    return VisitorAction.Skip;
                case ArgumentNode argument when _context.TypeInfo.Argument is null
                    && _context.TypeInfo.FieldDef is { } fieldDef && _context.TypeInfo.ParentType is { } parentType:
                    var name = argument.Name.Value;
                    var suggestions = Suggestions.List(name, fieldDef.Arguments.Select(a => a.Name));
                    _context.ReportError(new GraphQLError(
                        $"Unknown argument \"{name}\" on field \"{parentType.Name}.{fieldDef.Name}\"." + Suggestions.DidYouMean(suggestions), [argument]));
                    break;
            }
            return VisitorAction.Continue;
        }

        private void CheckDirective(DirectiveNode directive)
        {
            var directiveName = directive.Name.Value;
            if (!_directiveArguments.TryGetValue(directiveName, out var known)) return;
            foreach (var argument in directive.Arguments)
            {
                var name = argument.Name.Value;
                if (known.Contains(name)) continue;
                _context.ReportError(new GraphQLError(
                    $"Unknown argument \"{name}\" on directive \"@{directiveName}\"." + Suggestions.DidYouMean(Suggestions.List(name, known)), [argument]));
            }
        }
    }
}
