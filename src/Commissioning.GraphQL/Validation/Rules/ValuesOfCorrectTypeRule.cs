using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.6.1 Values of Correct Type: every literal must coerce to the type expected where it is written
/// (argument, input field, list item or variable default), assuming variables inside it hold valid
/// values. Leaves are asked through their own <c>ParseLiteral</c>, so custom scalars decide for
/// themselves. Input objects must give every required field (§5.6.4) and name only defined fields
/// (§5.6.2); a OneOf input object (§3.10.1) must give exactly one field, and not as <c>null</c>.
/// <c>null</c> in a non-null position is reported here, which also covers §5.4.2.1's "must not be the
/// null literal". Messages are graphql-js's.
/// </summary>
public sealed class ValuesOfCorrectTypeRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        private TypeInfo TypeInfo => context.TypeInfo;

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            switch (node)
            {
                case ListValueNode list:
                    // The type info has already stepped into the item type, so the position's type is the parent's.
                    if (TypeInfo.ParentInputType is not { } position || TypePredicates.GetNullableType(position) is not ListType)
                    {
                        CheckLeafValue(list);
                        return VisitorAction.Skip;
                    }
                    break;
                case ObjectValueNode obj:
                    if (TypePredicates.GetNamedType(TypeInfo.InputType) is not InputObjectType inputObject)
                    {
                        CheckLeafValue(obj);
                        return VisitorAction.Skip;
                    }
                    CheckInputObject(obj, inputObject);
                    break;
                case ObjectFieldNode field:
                    if (TypeInfo.InputType is null && TypePredicates.GetNamedType(TypeInfo.ParentInputType) is InputObjectType parent)
                    {
                        var suggestions = Suggestions.List(field.Name.Value, parent.Fields.Select(f => f.Name));
                        context.ReportError(new GraphQLError(
                            $"Field \"{field.Name.Value}\" is not defined by type \"{parent.Name}\"." + Suggestions.DidYouMean(suggestions),
                            [field]));
                    }
                    break;
                case NullValueNode nullValue:
                    if (TypeInfo.InputType is NonNullType nonNull)
                        context.ReportError(new GraphQLError($"Expected value of type \"{nonNull}\", found null.", [nullValue]));
                    break;
                case EnumValueNode or IntValueNode or FloatValueNode or StringValueNode or BooleanValueNode:
                    CheckLeafValue((ValueNode)node);
                    break;
            }
            return VisitorAction.Continue;
        }

        private void CheckInputObject(ObjectValueNode node, InputObjectType type)
        {
            var given = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields) given[field.Name.Value] = field;
            foreach (var fieldDef in type.Fields)
            {
                if (!given.ContainsKey(fieldDef.Name) && TypePredicates.IsRequired(fieldDef))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.", [node]));
                }
            }
            if (!type.IsOneOf) return;
            if (given.Count != 1)
            {
                context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
                return;
            }
            var (key, only) = given.First();
            if (only.Value is NullValueNode)
                context.ReportError(new GraphQLError($"Field \"{type.Name}.{key}\" must be non-null.", [node]));
        }

        // A literal where a scalar or enum is expected (or a list or object where it is not allowed).
        private void CheckLeafValue(ValueNode node)
        {
            if (TypeInfo.InputType is not { } locationType) return;
            var type = TypePredicates.GetNamedType(locationType);
            if (type is not ILeafType leaf)
            {
                ReportExpected(locationType, node, null, null);
                return;
            }
            try
            {
                // No variables: §5.6.1 assumes each variable inside holds a valid value.
                var parsed = leaf.ParseLiteral(node);
                if (ReferenceEquals(parsed, ValueFromAst.Invalid)) ReportExpected(locationType, node, null, null);
            }
            catch (GraphQLError error)
            {
                context.ReportError(error);
            }
            catch (Exception ex) when (ex is not ValidationAbortedException)
            {
                ReportExpected(locationType, node, ex.Message, ex);
            }
        }

        private void ReportExpected(IInputType locationType, ValueNode node, string? detail, Exception? inner)
        {
            var message = $"Expected value of type \"{locationType}\", found {ValuePrinter.Print(node)}";
            message += detail is null ? "." : "; " + detail;
            context.ReportError(new GraphQLError(message, [node], innerException: inner));
        }
    }
}
