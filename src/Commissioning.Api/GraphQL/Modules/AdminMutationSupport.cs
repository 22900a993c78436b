using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// What every administrative mutation does around its domain call: find the caller, load and
/// version-check the aggregate, and save only on success. The request's DbContext is shared by the
/// serially executed mutations of one operation, so a refused mutation discards whatever it tracked:
/// a later mutation in the same request must not save it by accident (DOMAIN.md "nothing stored").
/// </summary>
internal static class AdminMutationSupport
{
    /// <summary>Node type names of the objects these mutations take and return.</summary>
    public const string ProviderNode = "Provider";
    public const string LscbNode = "Lscb";
    public const string ContractNode = "Contract";
    public const string ScheduleNode = "Section11Schedule";
    public const string IndicatorReturnNode = "IndicatorReturn";
    public const string MandatedIssueNode = "MandatedIssue";
    public const string AuditNode = "Audit";
    public const string IndicatorNode = "Indicator";
    public const string ActionPlanNode = "ActionPlan";
    public const string MonitoringMeetingNode = "MonitoringMeeting";

    /// <summary>The error codes every update of an existing aggregate can return.</summary>
    public static readonly string[] UpdateErrors = [ErrorCodes.NotFound, ErrorCodes.ConcurrencyConflict, ErrorCodes.Forbidden];

    public static string[] Codes(params string[] codes) => codes;

    public static string[] With(this string[] codes, params string[] more) => [.. codes, .. more];

    /// <summary>
    /// The caller. Until token authentication lands an anonymous request has no actor; that is a
    /// GraphQL error (as for any denial in DOMAIN.md), not a business rule in the payload.
    /// </summary>
    public static Actor Actor(IResolveFieldContext context) =>
        context.Caller() ?? throw new GraphQLError("Sign in to change anything.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = "AUTH_NOT_AUTHENTICATED" });

    public static IClock Clock(IResolveFieldContext context) => context.Clock();

    public static CommissioningOptions Options(IResolveFieldContext context) => context.DomainOptions();

    public static Guid Key(string id, string typeName) => NodeId.Decode<Guid>(id, typeName);

    public static Guid? OptionalKey(string? id, string typeName) => id is null ? null : Key(id, typeName);

    /// <summary>The aggregate when it exists and the caller edited its current version.</summary>
    public static Result<T> Current<T>(T? aggregate, int expectedVersion, string what, object id) where T : AggregateRoot
    {
        if (aggregate is null) return DomainError.NotFound(what, id);
        var version = aggregate.EnsureVersion(expectedVersion);
        return version.IsFailure ? version.Error : aggregate;
    }

    /// <summary>
    /// Provider staff asking for another provider's record get the answer a missing record gets, so ids
    /// cannot be probed (DOMAIN.md "Who uses it").
    /// </summary>
    public static T? VisibleTo<T>(this T? record, Actor actor, Func<T, Guid> providerOf) where T : class =>
        record is not null && actor.IsProvider && !actor.WorksFor(providerOf(record)) ? null : record;

    /// <summary>Saves when <paramref name="outcome"/> succeeded; otherwise stores nothing and returns its error.</summary>
    public static async Task<Result<T>> SaveAsync<T>(IResolveFieldContext context, Result outcome, Func<T> value)
    {
        var db = context.Db();
        if (outcome.IsFailure)
        {
            db.ChangeTracker.Clear();
            return outcome.Error;
        }
        try
        {
            await db.SaveChangesAsync(context.CancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another writer saved between our read and our write: the conditional UPDATE matched no row.
            db.ChangeTracker.Clear();
            return new DomainError(ErrorCodes.ConcurrencyConflict, "Someone else changed this record while you were editing it. Reload and try again.");
        }
        return value();
    }

    public static Task<Result<T>> SaveAsync<T>(IResolveFieldContext context, Result<T> outcome) =>
        outcome.IsFailure ? SaveAsync<T>(context, Result.Failure(outcome.Error), () => default!) : SaveAsync(context, Result.Success(), () => outcome.Value);

    public static CommissioningDbContext Db(IResolveFieldContext context) => context.Db();
}
