using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation.Rules;

/// <summary>
/// §5.3.1 Field Selections: every selected field is defined on the type it is selected on (meta-fields
/// included, §4.1). The error suggests, in graphql-js's order, the types an inline fragment could
/// condition on to reach the field, or otherwise similarly named fields.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : ValidationRule
{
    public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : SyntaxVisitor
    {
        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is FieldNode field && context.TypeInfo.ParentType is { } parentType && context.TypeInfo.FieldDef is null)
            {
                var fieldName = field.Name.Value;
                var suggestion = Suggestions.DidYouMean("to use an inline fragment on", SuggestedTypeNames(context.Schema, parentType, fieldName));
                // With no type to suggest, perhaps this was a typo.
                if (suggestion.Length == 0) suggestion = Suggestions.DidYouMean(SuggestedFieldNames(parentType, fieldName));
                context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{parentType.Name}\"." + suggestion, [field]));
            }
            return VisitorAction.Continue;
        }

        // The object types and interfaces below an abstract type that define the field: the most widely
        // shared interfaces first, then super types before their subtypes, then by name.
        private static IReadOnlyList<string> SuggestedTypeNames(Schema schema, ICompositeType type, string fieldName)
        {
            if (type is not IAbstractType abstractType) return [];
            var suggested = new List<IComplexType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (!possibleType.Fields.Contains(fieldName)) continue;
                suggested.Add(possibleType);
                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (!possibleInterface.Fields.Contains(fieldName)) continue;
                    if (!usageCount.TryGetValue(possibleInterface.Name, out var count)) suggested.Add(possibleInterface);
                    usageCount[possibleInterface.Name] = count + 1;
                }
            }
            suggested.Sort((a, b) =>
            {
                var diff = usageCount[b.Name] - usageCount[a.Name];
                if (diff != 0) return diff;
                if (a is InterfaceType ia && schema.IsSubType(ia, b)) return -1;
                if (b is InterfaceType ib && schema.IsSubType(ib, a)) return 1;
                return NaturalCompare(a.Name, b.Name);
            });
            return suggested.Select(t => t.Name).ToList();
        }

        // Orders "Type2" before "Type10", as graphql-js's naturalCompare does.
        private static int NaturalCompare(string a, string b)
        {
            int i = 0, j = 0;
            while (i < a.Length && j < b.Length)
            {
                if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
                {
                    int si = i, sj = j;
                    while (i < a.Length && char.IsAsciiDigit(a[i])) i++;
                    while (j < b.Length && char.IsAsciiDigit(b[j])) j++;
                    var na = a.AsSpan(si, i - si).TrimStart('0');
                    var nb = b.AsSpan(sj, j - sj).TrimStart('0');
                    if (na.Length != nb.Length) return na.Length - nb.Length;
                    var digits = na.SequenceCompareTo(nb);
                    if (digits != 0) return digits;
                }
                else
                {
                    if (a[i] != b[j]) return a[i] < b[j] ? -1 : 1;
                    i++;
                    j++;
                }
            }
            return (a.Length - i).CompareTo(b.Length - j);
        }

        private static IReadOnlyList<string> SuggestedFieldNames(ICompositeType type, string fieldName) =>
            type is IComplexType complex ? Suggestions.List(fieldName, complex.Fields.Select(f => f.Name)) : [];
    }
}
