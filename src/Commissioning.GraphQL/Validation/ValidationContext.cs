using System.Runtime.CompilerServices;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Validation;

/// <summary>Where a variable is used: the type and default expected at that position (for §5.8.5).</summary>
/// <param name="Node">The variable reference.</param>
/// <param name="Type">The input type expected where the variable appears; null when the position is unknown.</param>
/// <param name="HasDefaultValue">Whether the argument or input field at the position has a default.</param>
/// <param name="DefaultValue">That default as an internal value.</param>
/// <param name="ParentType">The list or input object type containing the position, if any (OneOf checks need it).</param>
public sealed record VariableUsage(VariableNode Node, IInputType? Type, bool HasDefaultValue, object? DefaultValue, IInputType? ParentType);

/// <summary>
/// What every validation rule shares while one document is validated: the schema and document, the
/// <see cref="TypeInfo"/> kept in step with the walk, error reporting, and cached facts about fragments and
/// variables that several rules need.
/// </summary>
public sealed class ValidationContext
{
    // Bounds the fragment bookkeeping a hostile document can cause (graphql-js uses the same budget).
    private const int FragmentWorkBudget = 50000;

    private readonly Action<GraphQLError> _onError;
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private readonly Dictionary<SelectionSetNode, IReadOnlyList<FragmentSpreadNode>> _fragmentSpreads = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<FragmentDefinitionNode>> _referencedFragments = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ExecutableDefinitionNode, IReadOnlyList<VariableUsage>> _variableUsages = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, IReadOnlyList<VariableUsage>> _recursiveVariableUsages = new(ReferenceEqualityComparer.Instance);
    private int _remainingFragmentWork = FragmentWorkBudget;

    public ValidationContext(Schema schema, DocumentNode document, TypeInfo typeInfo, Action<GraphQLError> onError)
    {
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        Document = document ?? throw new ArgumentNullException(nameof(document));
        TypeInfo = typeInfo ?? throw new ArgumentNullException(nameof(typeInfo));
        _onError = onError ?? throw new ArgumentNullException(nameof(onError));
    }

    public Schema Schema { get; }

    public DocumentNode Document { get; }

    public TypeInfo TypeInfo { get; }

    /// <summary>Records a violation. May end validation (by throwing) once the error limit is reached.</summary>
    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The fragment definition with this name; the last one when a document repeats a name.</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                // graphql-js keeps the last definition of a repeated name; UniqueFragmentNames reports the repeat.
                if (definition is FragmentDefinitionNode { Name: { } fragmentName } fragment) _fragments[fragmentName.Value] = fragment;
            }
        }
        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>The fragment spreads anywhere in <paramref name="selectionSet"/>, not following the spreads themselves.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached)) return cached;
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread: spreads.Add(spread); break;
                    case FieldNode { SelectionSet: { } fieldSet }: setsToVisit.Push(fieldSet); break;
                    case InlineFragmentNode inline: setsToVisit.Push(inline.SelectionSet); break;
                }
            }
        }
        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every defined fragment the operation reaches, directly or through other fragments, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (_referencedFragments.TryGetValue(operation, out var cached)) return cached;
        var fragments = GetRecursivelyReferencedFragments([operation]);
        _referencedFragments[operation] = fragments;
        return fragments;
    }

    /// <summary>Every defined fragment any of the operations reaches, each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        var fragments = new List<FragmentDefinitionNode>();
        var collected = new HashSet<string>(StringComparer.Ordinal);
        var pending = new List<string>();
        foreach (var operation in operations)
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
                if (collected.Add(spread.Name.Value)) pending.Add(spread.Name.Value);
        SpendFragmentWork(pending.Count);
        // Breadth first in discovery order, so errors come out in the order graphql-js reports them.
        for (var i = 0; i < pending.Count; i++)
        {
            if (GetFragment(pending[i]) is not { } fragment) continue;
            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
                if (collected.Add(spread.Name.Value)) pending.Add(spread.Name.Value);
        }
        return fragments;
    }

    /// <summary>The variables used directly in an operation or fragment (not in the fragments it spreads), with their expected types.</summary>
    public IReadOnlyList<VariableUsage> GetVariableUsages(ExecutableDefinitionNode definition)
    {
        if (_variableUsages.TryGetValue(definition, out var cached)) return cached;
        var collector = new VariableUsageCollector(new TypeInfo(Schema));
        SyntaxWalker.Walk(definition, collector.TypeInfo.Visit(collector));
        _variableUsages[definition] = collector.Usages;
        return collector.Usages;
    }

    /// <summary>The variables an operation uses, including through every fragment it reaches.</summary>
    public IReadOnlyList<VariableUsage> GetRecursiveVariableUsages(OperationDefinitionNode operation)
    {
        if (_recursiveVariableUsages.TryGetValue(operation, out var cached)) return cached;
        var usages = new List<VariableUsage>(GetVariableUsages(operation));
        var fragments = GetRecursivelyReferencedFragments(operation);
        SpendFragmentWork(fragments.Count);
        foreach (var fragment in fragments)
        {
            var fragmentUsages = GetVariableUsages(fragment);
            SpendFragmentWork(fragmentUsages.Count);
            usages.AddRange(fragmentUsages);
        }
        _recursiveVariableUsages[operation] = usages;
        return usages;
    }

    /// <summary>Charges fragment bookkeeping against the budget; aborts validation when it runs out.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0) throw new ValidationAbortedException(new GraphQLError("Validation aborted."));
    }

    private sealed class VariableUsageCollector(TypeInfo typeInfo) : SyntaxVisitor
    {
        public TypeInfo TypeInfo { get; } = typeInfo;
        public List<VariableUsage> Usages { get; } = [];

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            RuntimeHelpers.EnsureSufficientExecutionStack();
            switch (node)
            {
                // A variable's own definition (and its default value) is no usage.
                case VariableDefinitionNode:
                    return VisitorAction.Skip;
                case VariableNode variable:
                    Usages.Add(new VariableUsage(variable, TypeInfo.InputType, TypeInfo.HasDefaultValue, TypeInfo.DefaultValue, TypeInfo.ParentInputType));
                    break;
            }
            return VisitorAction.Continue;
        }
    }
}

/// <summary>Ends validation early; carries the error that says why, which is reported last.</summary>
internal sealed class ValidationAbortedException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
