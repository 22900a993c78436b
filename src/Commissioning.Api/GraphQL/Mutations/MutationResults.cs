using Commissioning.Domain.Common;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>Small steps shared by the changes mutations make: turning a rule's outcome into the payload's object, and hiding other providers' records.</summary>
internal static class MutationResults
{
    /// <summary>Turns a rule's plain outcome into the changed object for the payload.</summary>
    public static Result<T> Returning<T>(this Result outcome, T value) => outcome.IsSuccess ? value : outcome.Error;

    /// <summary>
    /// Provider staff asking for another provider's record get the answer a missing record gets, so ids
    /// cannot be probed (DOMAIN.md "Who uses it").
    /// </summary>
    public static T? VisibleTo<T>(this T? record, Actor actor, Func<T, Guid> providerOf) where T : class =>
        record is not null && actor.IsProvider && !actor.WorksFor(providerOf(record)) ? null : record;
}
