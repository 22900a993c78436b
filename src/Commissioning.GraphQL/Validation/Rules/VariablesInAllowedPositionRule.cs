using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.8.5 All Variable Usages Are Allowed: a variable may only be used where its type fits, including
/// through the fragments an operation spreads. A variable's type may be stricter than the position
/// (non-null into nullable, and likewise inside lists), never looser; the one exception is a nullable
/// variable in a non-null position when the variable has a non-null default or the position itself has
/// a default (IsVariableUsageAllowed). A variable used as a field of a OneOf input object (§3.10.1)
/// must be non-null ("Variables used for OneOf Input Object fields must be non-nullable"); like
/// graphql-js we report that with its own message, whatever the variable's default.
/// </summary>
public sealed class VariablesInAllowedPositionRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case OperationDefinitionNode:
                    _definitions.Clear();
                    break;
                case VariableDefinitionNode definition:
                    _definitions[definition.Variable.Name.Value] = definition;
                    break;
            }
            return VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is OperationDefinitionNode operation) CheckUsages(operation);
            return VisitorAction.Continue;
        }

        private void CheckUsages(OperationDefinitionNode operation)
        {
            var schema = context.Schema;
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                // Undefined variables and unknown positions are other rules' findings (§5.8.3, §5.4.1).
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType) continue;
                var variableType = TypeFromAst.Convert(schema, definition.Type);
                if (variableType is not null && !IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.HasDefaultValue))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        [definition, usage.Node]));
                }
                // The containing type is unwrapped: graphql-js 16 looks at it as is and so misses a OneOf
                // argument declared non-null, like the spec's own counter-example addNullableCat.
                if (usage.ParentType is { } parentType && TypePredicates.GetNullableType(parentType) is InputObjectType { IsOneOf: true } oneOf
                    && variableType is not null and not NonNullType)
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".",
                        [definition, usage.Node]));
                }
            }
        }

        // IsVariableUsageAllowed; AreTypesCompatible is TypeComparators.IsTypeSubTypeOf.
        private static bool IsAllowed(Schema schema, IGraphQLType variableType, ValueNode? variableDefault,
            IGraphQLType locationType, bool locationHasDefault)
        {
            if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
            {
                var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault) return false;
                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }
            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
