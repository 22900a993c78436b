using Microsoft.Extensions.Logging;

namespace Commissioning.GraphQL.Execution;

/// <summary>How the executor reports failures it masks from clients, and how it decides @authorize rules.</summary>
public sealed class ExecutorOptions
{
    /// <summary>Receives every exception a resolver throws that is not a <see cref="Errors.GraphQLError"/>.</summary>
    public ILogger? Logger { get; init; }

    /// <summary>
    /// Called for every masked exception, e.g. to attach a correlation id to the error's extensions or to
    /// count failures. Runs on the executing thread; it must not throw.
    /// </summary>
    public Action<UnexpectedExecutionError>? OnUnexpectedError { get; init; }

    /// <summary>
    /// Decides the schema's <c>@authorize</c> rules for the request's caller, before guarded fields resolve.
    /// When null, every guarded field and object is refused (AUTH_NOT_AUTHORIZED).
    /// </summary>
    public Authorization.AuthorizationHandler? Authorize { get; init; }

    /// <summary>
    /// True when <see cref="Authorize"/> answers from the rule and the request alone (e.g. the caller's roles), never
    /// from the field, the object or its value. The executor then asks once per rule per request and reuses the answer
    /// for every field and object the rule guards, instead of once per object: a list of a guarded type costs one
    /// decision, not one per item.
    /// </summary>
    public bool AuthorizationDependsOnRequestOnly { get; init; }
}

/// <summary>
/// A resolver exception masked as "Unexpected Execution Error" (code INTERNAL_SERVER_ERROR).
/// <see cref="Extensions"/> are the extensions the client will receive; a callback may add entries.
/// </summary>
public sealed record UnexpectedExecutionError(Exception Exception, IReadOnlyList<object> Path, IDictionary<string, object?> Extensions);
