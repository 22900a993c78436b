using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Authorization;

/// <summary>
/// One authorization rule: the caller must hold one of <see cref="Roles"/> (when any are named) and
/// satisfy <see cref="Policy"/> (when one is named). A rule naming neither asks only for a signed-in
/// caller. What a role or a policy means is the host's business (<see cref="AuthorizationHandler"/>).
/// </summary>
public sealed record AuthorizationRule
{
    public AuthorizationRule(IReadOnlyList<string>? roles = null, string? policy = null)
    {
        Roles = roles ?? [];
        Policy = policy;
    }

    public IReadOnlyList<string> Roles { get; }
    public string? Policy { get; }
}

/// <summary>
/// <c>@authorize</c>, shaped like HotChocolate's: applied to object types and field definitions, and
/// repeatable, every applied rule must allow the caller. The executor checks a field's rules before its
/// resolver runs, and an object type's rules before any field of an object of that type resolves.
/// </summary>
public static class AuthorizeDirective
{
    public const string Name = "authorize";

    public static DirectiveDefinition Definition { get; } = new DirectiveDefinition(Name, DirectiveLocation.OBJECT, DirectiveLocation.FIELD_DEFINITION)
        {
            Description = "Only callers this rule allows may read this object type or field (or run this mutation); the server checks it before resolving anything.",
            IsRepeatable = true,
        }
        .AddArgument(new InputValueDefinition("policy", Scalars.String)
        {
            Description = "A named policy the caller must satisfy, defined by the server.",
        })
        .AddArgument(new InputValueDefinition("roles", new ListType(new NonNullType(Scalars.String)))
        {
            Description = "The caller must hold one of these roles; when omitted, any signed-in caller may.",
        });

    /// <summary>The rule as an applied <c>@authorize</c>.</summary>
    public static AppliedDirective Apply(AuthorizationRule rule)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (rule.Policy is not null) arguments["policy"] = rule.Policy;
        if (rule.Roles.Count > 0) arguments["roles"] = rule.Roles.ToArray();
        return new AppliedDirective(Definition, arguments);
    }

    /// <summary>The rules among <paramref name="directives"/> (any directive named <c>authorize</c>); null when there are none.</summary>
    public static AuthorizationRule[]? RulesOf(IReadOnlyList<AppliedDirective> directives)
    {
        List<AuthorizationRule>? rules = null;
        foreach (var directive in directives)
        {
            if (directive.Name != Name) continue;
            var roles = directive.Arguments.GetValueOrDefault("roles") is System.Collections.IEnumerable list
                ? list.Cast<object?>().Select(r => r?.ToString() ?? "").ToArray()
                : [];
            (rules ??= []).Add(new AuthorizationRule(roles, directive.Arguments.GetValueOrDefault("policy") as string));
        }
        return rules?.ToArray();
    }
}
