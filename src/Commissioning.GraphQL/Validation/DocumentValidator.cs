using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Validation;

/// <summary>
/// Spec §5: checks an executable document against a schema before execution. Returns every violation
/// found, in document order per rule, or an empty list for a valid document.
/// </summary>
public static class DocumentValidator
{
    /// <summary>The default error limit: beyond it a hostile document only costs time.</summary>
    public const int DefaultMaxErrors = 100;

    /// <param name="rules">The rules to apply; <see cref="SpecifiedRules.All"/> when null.</param>
    /// <param name="maxErrors">After this many errors validation stops and adds one error saying so.</param>
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document,
        IReadOnlyList<ValidationRule>? rules = null, int maxErrors = DefaultMaxErrors)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        rules ??= SpecifiedRules.All;

        var errors = new List<GraphQLError>();
        var typeInfo = new TypeInfo(schema);
        var context = new ValidationContext(schema, document, typeInfo, error =>
        {
            if (errors.Count >= maxErrors)
                throw new ValidationAbortedException(new GraphQLError("Too many validation errors, error limit reached. Validation aborted."));
            errors.Add(error);
        });

        var visitors = new ISyntaxVisitor[rules.Count];
        for (var i = 0; i < rules.Count; i++) visitors[i] = rules[i].CreateVisitor(context);
        try
        {
            SyntaxWalker.Walk(document, new DescriptionSkippingVisitor(typeInfo.Visit(SyntaxVisitor.InParallel(visitors))));
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }
        return errors;
    }

    // Descriptions are documentation only and must not affect validation (§2.2), so no rule sees them.
    private sealed class DescriptionSkippingVisitor(ISyntaxVisitor inner) : ISyntaxVisitor
    {
        public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
            IsDescription(node, ancestors) ? VisitorAction.Skip : inner.Enter(node, ancestors);

        public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) => inner.Leave(node, ancestors);

        private static bool IsDescription(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
            node is StringValueNode && ancestors.Count > 0 && ancestors[^1] switch
            {
                ExecutableDefinitionNode definition => ReferenceEquals(definition.Description, node),
                VariableDefinitionNode variable => ReferenceEquals(variable.Description, node),
                TypeDefinitionNode type => ReferenceEquals(type.Description, node),
                SchemaDefinitionNode schema => ReferenceEquals(schema.Description, node),
                DirectiveDefinitionNode directive => ReferenceEquals(directive.Description, node),
                FieldDefinitionNode field => ReferenceEquals(field.Description, node),
                InputValueDefinitionNode input => ReferenceEquals(input.Description, node),
                EnumValueDefinitionNode value => ReferenceEquals(value.Description, node),
                _ => false,
            };
    }
}
