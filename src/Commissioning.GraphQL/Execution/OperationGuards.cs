using Commissioning.GraphQL.Language;

namespace Commissioning.GraphQL.Execution;

/// <summary>Runs <see cref="RequestExecutorOptions.Guards"/> for <see cref="RequestExecutor"/> and carries their response extensions.</summary>
internal static class OperationGuards
{
    public static ExecutionResult? Check(RequestExecutorOptions options, DocumentNode document, OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variables, ExecutionRequest request, out IDictionary<string, object?>? extensions)
    {
        extensions = null;
        if (options.Guards.Count == 0) return null;
        var context = new OperationGuardContext
        {
            Schema = options.Schema,
            Document = document,
            Operation = operation,
            Variables = variables,
            Request = request,
        };
        foreach (var guard in options.Guards)
        {
            if (guard.Check(context) is { } refusal)
                return AddExtensions(refusal, context.ResponseExtensions);
        }
        extensions = context.ResponseExtensions;
        return null;
    }

    public static ExecutionResult AddExtensions(ExecutionResult result, IDictionary<string, object?>? extensions)
    {
        if (extensions is not { Count: > 0 }) return result;
        result.Extensions ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in extensions) result.Extensions[key] = value;
        return result;
    }
}
