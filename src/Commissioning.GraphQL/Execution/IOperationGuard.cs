using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// A check of the one operation about to run, made by <see cref="RequestExecutor"/> after validation (§5),
/// operation selection and variable coercion (§6.1), and before anything executes. Server policies that
/// depend on the request rather than on the document alone (limits that read variables, who may introspect)
/// belong here: validation results are cached per document text, guards run on every request.
/// </summary>
public interface IOperationGuard
{
    /// <summary>Null lets the operation run; a result (a request error, no <c>data</c>) refuses it.</summary>
    ExecutionResult? Check(OperationGuardContext context);
}

/// <summary>What a guard sees of the request.</summary>
public sealed class OperationGuardContext
{
    public required Schema Schema { get; init; }
    public required DocumentNode Document { get; init; }
    public required OperationDefinitionNode Operation { get; init; }

    /// <summary>The coerced variable values (§6.1.2).</summary>
    public required IReadOnlyDictionary<string, object?> Variables { get; init; }

    public required ExecutionRequest Request { get; init; }

    /// <summary>Entries a guard wants in the response's <c>extensions</c>, whether the operation runs or not.</summary>
    public IDictionary<string, object?> ResponseExtensions { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);
}
