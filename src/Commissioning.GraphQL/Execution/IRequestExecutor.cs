namespace Commissioning.GraphQL.Execution;

/// <summary>Runs a request end to end: document lookup, parse, validate, coerce variables, execute.</summary>
public interface IRequestExecutor
{
    ValueTask<ExecutionResult> ExecuteAsync(ExecutionRequest request, CancellationToken cancellationToken);
}
