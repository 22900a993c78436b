using System.Collections.Concurrent;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// What execution derives from a document once, whatever the request: its fragments by name, whether
/// field collection depends on variables, and (when it does not) the shared plans of its operations.
/// </summary>
internal sealed class DocumentPlans
{
    // Read by every request of the document at once: a lock here was contended under load (thread-time profile of
    // the compliance summary, 16 connections). Building a root plan is pure, so a race builds it twice and keeps one.
    private readonly ConcurrentDictionary<OperationDefinitionNode, SelectionPlan> _rootPlans = new(ReferenceEqualityComparer.Instance);

    public DocumentPlans(Schema schema, DocumentNode document)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var usesVariables = false;
        foreach (var definition in document.Definitions)
        {
            if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name!.Value, fragment);
            if (definition is ExecutableDefinitionNode executable && !usesVariables)
                usesVariables = DirectivesUseVariables(executable.SelectionSet);
        }
        Fragments = fragments;
        CollectionUsesVariables = usesVariables;
        SharedBuilder = new PlanBuilder(schema, fragments, variables: null, perRequest: false);
    }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    /// <summary>True when some @skip/@include takes its condition from a variable.</summary>
    public bool CollectionUsesVariables { get; }

    public PlanBuilder SharedBuilder { get; }

    /// <summary>The plan builder and root plan for one request of <paramref name="operation"/>.</summary>
    public (PlanBuilder Builder, SelectionPlan Root) ForRequest(Schema schema, OperationDefinitionNode operation, ObjectType rootType,
        IReadOnlyDictionary<string, object?> variables)
    {
        if (CollectionUsesVariables)
        {
            var builder = new PlanBuilder(schema, Fragments, variables, perRequest: true);
            return (builder, builder.BuildRoot(rootType, operation.SelectionSet));
        }
        if (!_rootPlans.TryGetValue(operation, out var plan))
            plan = _rootPlans.GetOrAdd(operation, SharedBuilder.BuildRoot(rootType, operation.SelectionSet));
        return (SharedBuilder, plan);
    }

    private static bool DirectivesUseVariables(SelectionSetNode selectionSet)
    {
        foreach (var selection in selectionSet.Selections)
        {
            foreach (var directive in selection.Directives)
            {
                if (directive.Name.Value is not ("skip" or "include")) continue;
                foreach (var argument in directive.Arguments)
                    if (argument.Value is not BooleanValueNode) return true;
            }
            var nested = selection switch
            {
                FieldNode f => f.SelectionSet,
                InlineFragmentNode i => i.SelectionSet,
                _ => null,
            };
            if (nested is not null && DirectivesUseVariables(nested)) return true;
        }
        return false;
    }
}
