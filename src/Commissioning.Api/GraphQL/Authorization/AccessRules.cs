using Commissioning.Domain.Common;
using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Authorization;

/// <summary>
/// Declares who may use which type and field, by schema coordinate, as <c>@authorize</c> rules in the
/// schema (the engine checks them before resolvers run). Rules for a type guard every field of its
/// objects however they are reached (a list, <c>node(id:)</c>, a nested field).
/// </summary>
public sealed class AccessRules(SchemaBuilder types)
{
    /// <summary>Only these roles may read objects of <paramref name="typeName"/>.</summary>
    public AccessRules Type(string typeName, params Role[] roles)
    {
        types.Authorize(Rule(roles), typeName);
        return this;
    }

    /// <summary>Only these roles may use <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public AccessRules Field(string typeName, string fieldName, params Role[] roles)
    {
        types.Authorize(Rule(roles), typeName, fieldName);
        return this;
    }

    public AccessRules Query(string fieldName, params Role[] roles) => Field("Query", fieldName, roles);

    public AccessRules Mutation(string fieldName, params Role[] roles) => Field("Mutation", fieldName, roles);

    /// <summary>Any signed-in caller may use <paramref name="typeName"/>; anonymous callers may not.</summary>
    public AccessRules SignedIn(string typeName)
    {
        types.Authorize(new AuthorizationRule(), typeName);
        return this;
    }

    private static AuthorizationRule Rule(Role[] roles)
    {
        if (roles.Length == 0) throw new ArgumentException("Name at least one role; use SignedIn for any signed-in caller.", nameof(roles));
        return new AuthorizationRule(roles.Select(r => r.ToClaim()).ToArray());
    }
}
