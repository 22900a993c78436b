using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.2.3.1 Single Root Field: a subscription selects exactly one root field, and not an introspection
/// field. Fields are collected as CollectSubscriptionFields() does, through fragment spreads and inline
/// fragments whose type condition applies. Because no variables are known before execution, <c>@skip</c>
/// and <c>@include</c> must not appear anywhere in that top level selection (reported as graphql-js 17
/// does; graphql-js 16 evaluated them and threw on variables).
/// </summary>
public sealed class SingleFieldSubscriptionsRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is OperationDefinitionNode { Operation: OperationType.Subscription } operation
                && context.Schema.SubscriptionType is { } subscriptionType)
            {
                Check(operation, subscriptionType);
            }
            return node is ExecutableDefinitionNode ? VisitorAction.Skip : VisitorAction.Continue;
        }

        private void Check(OperationDefinitionNode operation, ObjectType subscriptionType)
        {
            var subject = operation.Name is { } name ? $"Subscription \"{name.Value}\"" : "Anonymous Subscription";
            var fields = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            var order = new List<string>();
            var conditionals = new List<DirectiveNode>();
            Collect(subscriptionType, operation.SelectionSet, new HashSet<string>(StringComparer.Ordinal), fields, order, conditionals);

            if (conditionals.Count > 0)
            {
                context.ReportError(new GraphQLError(
                    $"{subject} must not use `@skip` or `@include` directives in the top level selection.", conditionals));
                return;
            }

            if (order.Count > 1)
            {
                var extra = order.Skip(1).SelectMany(key => fields[key]).ToList<SyntaxNode>();
                context.ReportError(new GraphQLError($"{subject} must select only one top level field.", extra));
            }

            foreach (var key in order)
            {
                var fieldNodes = fields[key];
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                    context.ReportError(new GraphQLError($"{subject} must not select an introspection top level field.", fieldNodes));
            }
        }

        // CollectSubscriptionFields() of §5.2.3.1.
        private void Collect(ObjectType objectType, SelectionSetNode selectionSet, HashSet<string> visitedFragments,
            Dictionary<string, List<FieldNode>> fields, List<string> order, List<DirectiveNode> conditionals)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                foreach (var directive in selection.Directives)
                    if (directive.Name.Value is "skip" or "include") conditionals.Add(directive);

                switch (selection)
                {
                    case FieldNode field:
                        if (!fields.TryGetValue(field.ResponseKey, out var list))
                        {
                            fields[field.ResponseKey] = list = [];
                            order.Add(field.ResponseKey);
                        }
                        list.Add(field);
                        break;
                    case FragmentSpreadNode spread:
                        if (!visitedFragments.Add(spread.Name.Value)) break;
                        if (context.GetFragment(spread.Name.Value) is not { } fragment) break;
                        if (!DoesFragmentTypeApply(objectType, fragment.TypeCondition)) break;
                        Collect(objectType, fragment.SelectionSet, visitedFragments, fields, order, conditionals);
                        break;
                    case InlineFragmentNode inline:
                        if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(objectType, condition)) break;
                        Collect(objectType, inline.SelectionSet, visitedFragments, fields, order, conditionals);
                        break;
                }
            }
        }

        private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
            TypeFromAst.Convert(context.Schema, typeCondition) switch
            {
                ObjectType conditionType => ReferenceEquals(conditionType, objectType),
                IAbstractType abstractType => context.Schema.IsSubType(abstractType, objectType),
                _ => false,
            };
    }
}
