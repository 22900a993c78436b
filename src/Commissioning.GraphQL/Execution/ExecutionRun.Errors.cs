using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.Logging;

namespace Commissioning.GraphQL.Execution;

// Execution errors (spec §6.4.4, §7.1.2): located at their response position, exceptions other than
// GraphQLError masked, and reported in depth-first response order whatever the completion order.
internal sealed partial class ExecutionRun
{
    internal const string UnexpectedErrorMessage = "Unexpected Execution Error";
    internal const string InternalServerErrorCode = "INTERNAL_SERVER_ERROR";

    /// <summary>Cancellation of the request is not a field error: it stops the whole execution.</summary>
    private bool IsExecutionError(Exception e) => !(e is OperationCanceledException && CancellationToken.IsCancellationRequested);

    /// <summary>Records the error of a position and returns what the position becomes.</summary>
    private object? FieldError(Exception exception, FieldPlan field, ResponsePath path, IOutputType positionType)
    {
        var error = Locate(exception, field, path);
        lock (_errors) _errors.Add((path, error));
        return positionType is NonNullType ? Propagate : null;
    }

    private GraphQLError Locate(Exception exception, FieldPlan field, ResponsePath path)
    {
        if (exception is GraphQLError graphQLError)
        {
            // graphql-js locatedError: an error that already has a path (from a nested execution) is kept as is.
            if (graphQLError.Path is not null) return graphQLError;
            return new GraphQLError(graphQLError.Message, graphQLError.Nodes.Count > 0 ? graphQLError.Nodes : field.Nodes,
                path.ToArray(), graphQLError.Extensions, graphQLError);
        }

        // Anything else is a defect or an infrastructure failure: its text may reveal internals, so the
        // client sees a fixed message and the details go to the log and the host's callback.
        var segments = path.ToArray();
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = InternalServerErrorCode };
        var correlationId = CorrelationId.From(RequestData);
        if (correlationId is not null) extensions[CorrelationId.ExtensionKey] = correlationId;
        _options.Logger?.LogError(exception, "Resolver for {Field} at {Path} failed (correlation id {CorrelationId})",
            field.Definition.Name, string.Join('.', segments), correlationId);
        _options.OnUnexpectedError?.Invoke(new UnexpectedExecutionError(exception, segments, extensions));
        return new GraphQLError(UnexpectedErrorMessage, field.Nodes, segments, extensions, exception);
    }

    private IReadOnlyList<GraphQLError>? SortedErrors()
    {
        lock (_errors)
        {
            if (_errors.Count == 0) return null;
            var ordered = new (ResponsePath? Path, GraphQLError Error, int Sequence)[_errors.Count];
            for (var i = 0; i < ordered.Length; i++) ordered[i] = (_errors[i].Path, _errors[i].Error, i);
            Array.Sort(ordered, static (a, b) =>
            {
                var byPath = ResponsePath.Compare(a.Path, b.Path);
                return byPath != 0 ? byPath : a.Sequence.CompareTo(b.Sequence);
            });
            var errors = new GraphQLError[ordered.Length];
            for (var i = 0; i < errors.Length; i++) errors[i] = ordered[i].Error;
            return errors;
        }
    }
}
