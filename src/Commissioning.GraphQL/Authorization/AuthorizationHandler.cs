using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Authorization;

/// <summary>What the host's <see cref="AuthorizationHandler"/> decides for one rule.</summary>
public enum AuthorizationResult
{
    Allowed,

    /// <summary>There is no caller (no credentials); answered with <c>AUTH_NOT_AUTHENTICATED</c>.</summary>
    NotAuthenticated,

    /// <summary>The caller is known but the rule does not allow them; answered with <c>AUTH_NOT_AUTHORIZED</c>.</summary>
    NotAuthorized,
}

/// <summary>
/// Decides whether the request's caller satisfies <paramref name="context"/>'s rule. The engine knows
/// nothing of users: the host reads them from the request (<see cref="IResolveFieldContext.RequestData"/>,
/// <see cref="IResolveFieldContext.RequestServices"/>). It runs on the executing thread for every guarded
/// field and object, so it should be quick; it must not throw.
/// </summary>
public delegate AuthorizationResult AuthorizationHandler(AuthorizationContext context);

/// <summary>One rule to decide, and where it applies.</summary>
public sealed class AuthorizationContext(AuthorizationRule rule, IResolveFieldContext field, ObjectType? objectType, object? value)
{
    public AuthorizationRule Rule { get; } = rule;

    /// <summary>The field being executed: the guarded field itself, or for a type rule the field that returned the object.</summary>
    public IResolveFieldContext Field { get; } = field;

    /// <summary>For a rule of an object type, that type; null for a field's rule.</summary>
    public ObjectType? ObjectType { get; } = objectType;

    /// <summary>For a rule of an object type, the object about to be completed; null for a field's rule.</summary>
    public object? Value { get; } = value;

    /// <summary>The schema coordinate the rule belongs to: <c>Type</c> or <c>Type.field</c>.</summary>
    public string Coordinate => ObjectType is { } type ? type.Name : Field.ParentType.Name + "." + Field.FieldDefinition.Name;
}

/// <summary>The <c>extensions.code</c> values of denials (HotChocolate's codes).</summary>
public static class AuthorizationErrorCodes
{
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";
    public const string NotAuthorized = "AUTH_NOT_AUTHORIZED";

    /// <summary>
    /// The field error for a denial of <paramref name="coordinate"/> (a type or <c>Type.field</c>), the same wherever
    /// a rule is checked: by the executor, or by a resolver that must check a type's rules before it loads anything.
    /// </summary>
    public static GraphQLError Denied(AuthorizationResult result, string coordinate)
    {
        var (message, code) = result == AuthorizationResult.NotAuthenticated
            ? ($"The current user is not authenticated; {coordinate} needs a signed-in caller.", NotAuthenticated)
            : ($"The current user is not authorized to access {coordinate}.", NotAuthorized);
        return new GraphQLError(message, extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = code });
    }
}
