using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Mutations;

/// <summary>
/// What a mutation's change sees: the signed-in caller, the request's unit of work, the clock and the
/// policy options. Only <see cref="MutationPipeline"/> opens one, so no change runs for an anonymous caller.
/// </summary>
internal sealed class MutationScope
{
    /// <summary>The <c>extensions.code</c> of the GraphQL error an anonymous caller gets.</summary>
    public const string NotAuthenticated = "AUTH_NOT_AUTHENTICATED";

    private MutationScope(IResolveFieldContext context, Actor actor)
    {
        Context = context;
        Actor = actor;
        Db = context.Db();
        Clock = context.Clock();
        Options = context.DomainOptions();
    }

    public IResolveFieldContext Context { get; }

    public Actor Actor { get; }

    public CommissioningDbContext Db { get; }

    public IClock Clock { get; }

    public CommissioningOptions Options { get; }

    public CancellationToken CancellationToken => Context.CancellationToken;

    /// <summary>
    /// The scope for the signed-in caller. An anonymous request is a GraphQL error, as every denial of
    /// access is (DOMAIN.md "Who uses it"); a signed-in caller without the right gets a typed FORBIDDEN
    /// from the domain instead, because that is a business rule the client can show.
    /// </summary>
    public static MutationScope Open(IResolveFieldContext context) =>
        new(context, context.Caller() ?? throw new GraphQLError("Sign in to change anything.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["code"] = NotAuthenticated }));

    /// <summary>
    /// The aggregate <paramref name="id"/> names, provided it is still at <paramref name="expectedVersion"/>,
    /// the version the client read (NOT_FOUND, or CONCURRENCY_CONFLICT when stale).
    /// </summary>
    public async Task<Result<TAggregate>> LoadAsync<TAggregate>(string id, string typeName, int expectedVersion)
        where TAggregate : AggregateRoot
    {
        var key = NodeId.Decode<Guid>(id, typeName);
        var aggregate = await Db.Set<TAggregate>().FirstOrDefaultAsync(a => a.Id == key, CancellationToken).ConfigureAwait(false);
        return Current(aggregate, expectedVersion, typeName, id);
    }

    /// <summary>The entity with this key, or null; tracked, so a change to it is saved.</summary>
    public async Task<TEntity?> FindAsync<TEntity>(Guid key) where TEntity : Entity =>
        await Db.Set<TEntity>().FindAsync([key], CancellationToken).ConfigureAwait(false);

    /// <summary>NOT_FOUND unless a <typeparamref name="TEntity"/> with this key exists, so a dangling reference never reaches the database.</summary>
    public async Task<DomainError?> RequireExistsAsync<TEntity>(Guid key, string typeName, string field) where TEntity : Entity =>
        await Db.Set<TEntity>().AnyAsync(e => e.Id == key, CancellationToken).ConfigureAwait(false)
            ? null
            : new DomainError(ErrorCodes.NotFound, $"{typeName} '{NodeId.Encode(typeName, key)}' was not found.", field);

    /// <summary>The aggregate when it exists and the caller edited its current version.</summary>
    public static Result<T> Current<T>(T? aggregate, int expectedVersion, string what, object id) where T : AggregateRoot
    {
        if (aggregate is null) return DomainError.NotFound(what, id);
        var version = aggregate.EnsureVersion(expectedVersion);
        return version.IsFailure ? version.Error : aggregate;
    }

    /// <summary>The key a global id of <paramref name="typeName"/> holds.</summary>
    public static Guid Key(string id, string typeName) => NodeId.Decode<Guid>(id, typeName);

    public static Guid? OptionalKey(string? id, string typeName) => id is null ? null : Key(id, typeName);
}
