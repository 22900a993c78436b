using System.Runtime.CompilerServices;
using System.Text;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation;

/// <summary>One pair of fields that cannot merge (§5.3.2), with the reason and the nodes to report.</summary>
internal sealed record FieldConflict(string ResponseName, string Reason, IReadOnlyList<FieldNode> Fields1, IReadOnlyList<FieldNode> Fields2);

/// <summary>
/// The search behind §5.3.2 Field Selection Merging (FieldsInSetCanMerge and SameResponseShape),
/// organised as graphql-js does so that it stays polynomial:
/// <list type="bullet">
/// <item>a selection set is compared "within" itself only once, where it is written; afterwards sets are
/// only compared "between" each other;</item>
/// <item>the fields collected from a selection set (under a parent type) are computed once;</item>
/// <item>each pair of fragments is compared once (<see cref="PairSet"/>), and each fragment once against a
/// given set of fields;</item>
/// <item>every step spends from a fixed budget, so a hostile document ends in "Validation aborted." instead
/// of occupying the server (graphql-js 16.15 behaves the same), as does one nested deeper than the stack.</item>
/// </list>
/// One finder serves one validation of one document.
/// </summary>
internal sealed class FieldConflictFinder(Schema schema, Func<string, FragmentDefinitionNode?> getFragment)
{
    /// <summary>The comparisons one document may cost; graphql-js's figure.</summary>
    public const int ComplexityBudget = 500_000;

    // Longer reasons are cut with "..." and at most this many nodes are listed, as graphql-js does.
    private const int MaxConflictDetailLength = 1000;
    private const int MaxConflictNodes = 20;

    private readonly PairSet _comparedFragmentPairs = new();
    private readonly Dictionary<(INamedType?, SelectionSetNode), CollectedFields> _collected = new(CollectedKeyComparer.Instance);
    private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
    private int _remainingBudget = ComplexityBudget;

    /// <summary>Conflicts among the fields of one selection set, including those reached through fragments.</summary>
    public List<FieldConflict> FindConflictsWithinSelectionSet(INamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<FieldConflict>();
        var collected = CollectFields(parentType, selectionSet);
        // (A) Fields of this set against each other: the only "within" comparison a set ever gets.
        CollectConflictsWithin(conflicts, collected);
        var fragmentNames = collected.FragmentNames;
        if (fragmentNames.Count != 0 && (collected.Fields.Count != 0 || fragmentNames.Count > 1))
        {
            for (var i = 0; i < fragmentNames.Count; i++)
            {
                // (B) The fields against each spread fragment, (C) and the fragments against each other.
                CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);
                for (var j = i + 1; j < fragmentNames.Count; j++)
                    CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }
        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(List<FieldConflict> conflicts, bool areMutuallyExclusive,
        CollectedFields collected, string fragmentName)
    {
        Spend(1);
        if (collected.Fields.Count == 0) return;
        collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
        // A non-exclusive comparison already made also answers an exclusive one.
        if (collected.ComparedFragments.TryGetValue(fragmentName, out var comparedExclusive)
            && (!comparedExclusive || areMutuallyExclusive)) return;
        collected.ComparedFragments[fragmentName] = areMutuallyExclusive;

        if (getFragment(fragmentName) is not { } fragment) return;
        var fragmentFields = CollectFragmentFields(fragment);
        if (ReferenceEquals(collected, fragmentFields)) return;
        // (D) The fields against the fragment's fields, (E) and against the fragments it spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentFields);
        foreach (var referenced in fragmentFields.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referenced);
    }

    private void CollectConflictsBetweenFragments(List<FieldConflict> conflicts, bool areMutuallyExclusive,
        string fragmentName1, string fragmentName2)
    {
        Spend(2);
        if (fragmentName1 == fragmentName2) return;
        if (_comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive)) return;
        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);

        if (getFragment(fragmentName1) is not { } fragment1 || getFragment(fragmentName2) is not { } fragment2) return;
        var fields1 = CollectFragmentFields(fragment1);
        var fields2 = CollectFragmentFields(fragment2);
        // (F) The two fragments' fields, (G) then each fragment against those the other spreads.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fields1, fields2);
        foreach (var referenced2 in fields2.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referenced2);
        foreach (var referenced1 in fields1.FragmentNames)
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referenced1, fragmentName2);
    }

    // The sub-selections of two fields that share a response name: the "mergedSet" of §5.3.2.
    private List<FieldConflict> FindConflictsBetweenSubSelectionSets(bool areMutuallyExclusive,
        INamedType? parentType1, SelectionSetNode selectionSet1, INamedType? parentType2, SelectionSetNode selectionSet2)
    {
        var conflicts = new List<FieldConflict>();
        var collected1 = CollectFields(parentType1, selectionSet1);
        var collected2 = CollectFields(parentType2, selectionSet2);
        // (H) Field against field, (I) fields against the other side's fragments, (J) fragment against fragment.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);
        foreach (var fragmentName2 in collected2.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
        foreach (var fragmentName1 in collected1.FragmentNames)
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
        foreach (var fragmentName1 in collected1.FragmentNames)
            foreach (var fragmentName2 in collected2.FragmentNames)
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
        return conflicts;
    }

    private void CollectConflictsWithin(List<FieldConflict> conflicts, CollectedFields collected)
    {
        foreach (var (responseName, fields) in collected.Fields)
        {
            for (var i = 0; i < fields.Count; i++)
                for (var j = i + 1; j < fields.Count; j++)
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict) conflicts.Add(conflict);
        }
    }

    private void CollectConflictsBetween(List<FieldConflict> conflicts, bool parentFieldsAreMutuallyExclusive,
        CollectedFields collected1, CollectedFields collected2)
    {
        if (collected1.Fields.Count == 0 || collected2.Fields.Count == 0) return;
        foreach (var (responseName, fields1, fields2) in OverlappingFields(collected1, collected2))
            foreach (var field1 in fields1)
                foreach (var field2 in fields2)
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                        conflicts.Add(conflict);
    }

    private List<(string ResponseName, List<CollectedField> Fields1, List<CollectedField> Fields2)> OverlappingFields(
        CollectedFields collected1, CollectedFields collected2)
    {
        collected1.Overlaps ??= new Dictionary<CollectedFields, List<(string, List<CollectedField>, List<CollectedField>)>>(ReferenceEqualityComparer.Instance);
        if (collected1.Overlaps.TryGetValue(collected2, out var cached)) return cached;
        var overlaps = new List<(string, List<CollectedField>, List<CollectedField>)>();
        foreach (var (responseName, fields1) in collected1.Fields)
        {
            Spend(1);
            if (collected2.Fields.TryGetValue(responseName, out var fields2)) overlaps.Add((responseName, fields1, fields2));
        }
        collected1.Overlaps[collected2] = overlaps;
        return overlaps;
    }

    // Two fields with the same response name: the body of FieldsInSetCanMerge for one pair.
    private FieldConflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, CollectedField field1, CollectedField field2)
    {
        // §5.3.2: fields on two different object types never meet on one object, so only their
        // shapes must agree; names and arguments may differ.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(field1.ParentType, field2.ParentType) && field1.ParentType is ObjectType && field2.ParentType is ObjectType);
        Spend(2);
        // Fragments can chain sub-selections far deeper than the parser's nesting limit; running out of
        // stack would end the process, so such a document is refused like one over budget.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw Aborted();
        var node1 = field1.Node;
        var node2 = field2.Node;
        var type1 = field1.Definition?.Type;
        var type2 = field2.Definition?.Type;
        if (field1.IsSimpleLeaf && field2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
            return null;

        if (!areMutuallyExclusive)
        {
            var info1 = field1.Info;
            var info2 = field2.Info;
            if (!info1.Comparisons.TryGetValue(info2, out var reason))
            {
                var name1 = node1.Name.Value;
                var name2 = node2.Name.Value;
                reason = name1 != name2
                    ? $"\"{Abbreviate(name1)}\" and \"{Abbreviate(name2)}\" are different fields"
                    : SameArguments(node1.Arguments, info1.ArgumentValues, node2.Arguments, info2.ArgumentValues)
                        ? null
                        : "they have differing arguments";
                info1.Comparisons[info2] = reason;
            }
            if (reason is not null) return new FieldConflict(responseName, reason, [node1], [node2]);
        }

        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new FieldConflict(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(areMutuallyExclusive,
                field1.Info.NamedType, selectionSet1, field2.Info.NamedType, selectionSet2);
            return SubfieldConflicts(subConflicts, responseName, node1, node2);
        }
        return null;
    }

    private bool SameArguments(IReadOnlyList<ArgumentNode> arguments1, Dictionary<string, ValueNode>? values1,
        IReadOnlyList<ArgumentNode> arguments2, Dictionary<string, ValueNode>? values2)
    {
        if (values1 is null) return values2 is null;
        if (values2 is null || arguments1.Count != arguments2.Count) return false;
        foreach (var argument1 in arguments1)
        {
            Spend(1);
            if (!values2.TryGetValue(argument1.Name.Value, out var value2)) return false;
            if (Stringify(argument1.Value) != Stringify(value2)) return false;
        }
        return true;
    }

    // A canonical text of a value: equal texts mean the same literal, whatever the order of object fields.
    private string Stringify(ValueNode value)
    {
        if (_stringifiedValues.TryGetValue(value, out var cached)) return cached;
        var sb = new StringBuilder();
        AppendCanonical(sb, value);
        return _stringifiedValues[value] = sb.ToString();
    }

    private static void AppendCanonical(StringBuilder sb, ValueNode value)
    {
        sb.Append('(').Append((int)value.Kind).Append(' ');
        switch (value)
        {
            case VariableNode v: sb.Append(v.Name.Value); break;
            case IntValueNode i: sb.Append(i.Value); break;
            case FloatValueNode f: sb.Append(f.Value); break;
            // A block string and a quoted string are told apart, as graphql-js does.
            case StringValueNode s: sb.Append(s.Block ? 'B' : 'Q').Append(Inspector.JsonString(s.Value)); break;
            case BooleanValueNode b: sb.Append(b.Value ? "true" : "false"); break;
            case NullValueNode: break;
            case EnumValueNode e: sb.Append(e.Value); break;
            case ListValueNode l:
                foreach (var item in l.Values) AppendCanonical(sb, item);
                break;
            case ObjectValueNode o:
                foreach (var field in o.Fields.OrderBy(f => f.Name.Value, StringComparer.Ordinal))
                {
                    sb.Append(field.Name.Value).Append(':');
                    AppendCanonical(sb, field.Value);
                }
                break;
        }
        sb.Append(')');
    }

    // SameResponseShape's leaf and wrapper checks: could one value satisfy both types?
    private bool DoTypesConflict(IGraphQLType type1, IGraphQLType type2)
    {
        if (ReferenceEquals(type1, type2)) return false;
        Spend(1);
        if (type1 is ListType list1) return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        if (type2 is ListType) return true;
        if (type1 is NonNullType nonNull1) return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        if (type2 is NonNullType) return true;
        if (type1 is ILeafType || type2 is ILeafType) return !ReferenceEquals(type1, type2);
        return false;
    }

    private static FieldConflict? SubfieldConflicts(List<FieldConflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
    {
        if (conflicts.Count == 0) return null;
        var message = new StringBuilder();
        foreach (var conflict in conflicts)
        {
            if (message.Length > 0) message.Append(" and ");
            message.Append("subfields \"").Append(Abbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
            if (message.Length > MaxConflictDetailLength) break;
        }
        return new FieldConflict(responseName, Abbreviate(message.ToString()),
            ConflictNodes(node1, conflicts, c => c.Fields1), ConflictNodes(node2, conflicts, c => c.Fields2));
    }

    // The enclosing field, then the nested conflicting fields, capped; from each conflict the
    // innermost nodes are kept, as they point at the actual difference.
    private static List<FieldNode> ConflictNodes(FieldNode node, List<FieldConflict> conflicts, Func<FieldConflict, IReadOnlyList<FieldNode>> side)
    {
        var nodes = new List<FieldNode> { node };
        foreach (var conflict in conflicts)
        {
            var remaining = MaxConflictNodes - nodes.Count;
            var fields = side(conflict);
            for (var i = Math.Max(0, fields.Count - remaining); i < fields.Count; i++) nodes.Add(fields[i]);
            if (nodes.Count == MaxConflictNodes) break;
        }
        return nodes;
    }

    private static ValidationAbortedException Aborted() => new(new Errors.GraphQLError("Validation aborted."));

    public static string Abbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    private void Spend(int cost)
    {
        _remainingBudget -= cost;
        if (_remainingBudget < 0) throw Aborted();
    }

    // ---- Field collection: the response-name map of a selection set, and the fragments it spreads. ----

    private CollectedFields CollectFragmentFields(FragmentDefinitionNode fragment) =>
        CollectFields(TypeFromAst.Convert(schema, fragment.TypeCondition) as INamedType, fragment.SelectionSet);

    private CollectedFields CollectFields(INamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_collected.TryGetValue((parentType, selectionSet), out var cached)) return cached;
        var result = new CollectedFields();
        var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
        CollectFieldsInto(parentType, selectionSet, result, fragmentNames);
        _collected[(parentType, selectionSet)] = result;
        return result;
    }

    private void CollectFieldsInto(INamedType? parentType, SelectionSetNode selectionSet, CollectedFields result, HashSet<string> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                {
                    FieldDefinition? definition = null;
                    if (parentType is IComplexType complex) complex.Fields.TryGetValue(field.Name.Value, out definition);
                    var responseName = field.ResponseKey;
                    if (!result.Fields.TryGetValue(responseName, out var list))
                        result.Fields[responseName] = list = [];
                    list.Add(new CollectedField(parentType, field, definition));
                    break;
                }
                case FragmentSpreadNode spread:
                    if (fragmentNames.Add(spread.Name.Value)) result.FragmentNames.Add(spread.Name.Value);
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition ? TypeFromAst.Convert(schema, condition) as INamedType : parentType;
                    CollectFieldsInto(inlineType, inline.SelectionSet, result, fragmentNames);
                    break;
            }
        }
    }

    private sealed class CollectedFields
    {
        public OrderedDictionary<string, List<CollectedField>> Fields { get; } = new(StringComparer.Ordinal);
        public List<string> FragmentNames { get; } = [];
        // Fragment name → whether it was compared against these fields under exclusive parents only.
        public Dictionary<string, bool>? ComparedFragments { get; set; }
        public Dictionary<CollectedFields, List<(string, List<CollectedField>, List<CollectedField>)>>? Overlaps { get; set; }
    }

    private sealed class CollectedField(INamedType? parentType, FieldNode node, FieldDefinition? definition)
    {
        private FieldInfo? _info;

        public INamedType? ParentType { get; } = parentType;
        public FieldNode Node { get; } = node;
        public FieldDefinition? Definition { get; } = definition;
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        // Prepared only for fields that overlap with another, which most fields never do.
        public FieldInfo Info => _info ??= new FieldInfo(Node, Definition);
    }

    private sealed class FieldInfo(FieldNode node, FieldDefinition? definition)
    {
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);
        public INamedType? NamedType { get; } = TypePredicates.GetNamedType(definition?.Type);
        public Dictionary<string, ValueNode>? ArgumentValues { get; } = ArgumentMap(node.Arguments);

        private static Dictionary<string, ValueNode>? ArgumentMap(IReadOnlyList<ArgumentNode> arguments)
        {
            if (arguments.Count == 0) return null;
            var map = new Dictionary<string, ValueNode>(StringComparer.Ordinal);
            foreach (var argument in arguments) map[argument.Name.Value] = argument.Value;
            return map;
        }
    }

    private sealed class CollectedKeyComparer : IEqualityComparer<(INamedType?, SelectionSetNode)>
    {
        public static readonly CollectedKeyComparer Instance = new();

        public bool Equals((INamedType?, SelectionSetNode) x, (INamedType?, SelectionSetNode) y) =>
            ReferenceEquals(x.Item1, y.Item1) && ReferenceEquals(x.Item2, y.Item2);

        public int GetHashCode((INamedType?, SelectionSetNode) obj) =>
            HashCode.Combine(obj.Item1 is null ? 0 : RuntimeHelpers.GetHashCode(obj.Item1),
                RuntimeHelpers.GetHashCode(obj.Item2));
    }
}
