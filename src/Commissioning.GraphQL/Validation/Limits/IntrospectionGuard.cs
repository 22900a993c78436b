using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Validation.Limits;

/// <summary>
/// Refuses operations that introspect the schema (<c>__schema</c> or <c>__type</c> anywhere, through fragments
/// too) when <paramref name="isAllowed"/> says the request may not. <c>__typename</c> is always allowed:
/// clients add it to resolve abstract types, and it reveals nothing the response does not already show.
/// Spec §4 leaves it to the service whether introspection is available.
/// </summary>
public sealed class IntrospectionGuard(Func<ExecutionRequest, bool> isAllowed) : IOperationGuard
{
    // Whether an operation introspects depends on its document alone, so it is found once per operation node
    // (which lives as long as the executor's document cache keeps its document).
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<OperationDefinitionNode, Found> _found = new();

    public ExecutionResult? Check(OperationGuardContext context)
    {
        if (!_found.TryGetValue(context.Operation, out var found))
        {
            found = new Found(FindIntrospection(context.Document, context.Operation));
            _found.AddOrUpdate(context.Operation, found);
        }
        var field = found.Field;
        if (field is null || isAllowed(context.Request)) return null;
        return ExecutionResult.RequestError(RequestFailure.Validation, new GraphQLError(
            "Introspection is not allowed for this request.",
            [field], extensions: new Dictionary<string, object?> { ["code"] = OperationLimitCodes.IntrospectionNotAllowed }));
    }

    private static FieldNode? FindIntrospection(DocumentNode document, OperationDefinitionNode operation)
    {
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in document.Definitions)
            if (definition is FragmentDefinitionNode fragment) fragments.TryAdd(fragment.Name!.Value, fragment);
        return FindIntrospection(operation.SelectionSet, fragments, new HashSet<string>(StringComparer.Ordinal));
    }

    private sealed class Found(FieldNode? field)
    {
        public FieldNode? Field { get; } = field;
    }

    private static FieldNode? FindIntrospection(SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments, HashSet<string> visited)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        foreach (var selection in selectionSet.Selections)
        {
            var found = selection switch
            {
                FieldNode { Name.Value: "__schema" or "__type" } field => field,
                FieldNode { SelectionSet: { } s } => FindIntrospection(s, fragments, visited),
                InlineFragmentNode inline => FindIntrospection(inline.SelectionSet, fragments, visited),
                FragmentSpreadNode spread when visited.Add(spread.Name.Value) && fragments.TryGetValue(spread.Name.Value, out var f) =>
                    FindIntrospection(f.SelectionSet, fragments, visited),
                _ => null,
            };
            if (found is not null) return found;
        }
        return null;
    }
}
