using Commissioning.Api.GraphQL.Authorization;
using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Resolves global ids to objects for <c>node(id:)</c> and <c>nodes(ids:)</c>. Each node type has a batch
/// fetch; lookups go through the request's DataLoader for that type, so any number of ids of one type
/// in one request is one fetch (one SQL statement), shared with other fields that load the same type.
/// </summary>
public sealed class NodeRegistry
{
    private readonly Dictionary<string, Func<IResolveFieldContext, string, string, Task<object?>>> _resolvers = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> TypeNames => _resolvers.Keys;

    /// <summary>Makes <paramref name="typeName"/> refetchable by id; <paramref name="fetch"/> returns the found objects by key.</summary>
    public NodeRegistry Add<TNode, TKey>(string typeName,
        Func<IServiceProvider, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TNode>>> fetch)
        where TKey : IParsable<TKey>
        where TNode : class
    {
        _resolvers.Add(typeName, async (context, id, key) =>
        {
            var parsed = NodeId.ParseKey<TKey>(id, key);
            return await Loader(context, typeName, fetch).LoadAsync(parsed).ConfigureAwait(false);
        });
        return this;
    }

    /// <summary>
    /// Applies the type's @authorize rules to the id itself, before anything is loaded. The engine checks a type's
    /// rules only on an object that exists, so without this a caller barred from a type would get an error for an
    /// existing id and null for a missing one, and could learn which ids exist. Denied here, both answer alike.
    /// </summary>
    private static void AuthorizeTypeBeforeLoading(IResolveFieldContext context, string typeName)
    {
        if (context.Schema.GetType(typeName) is not ObjectType type) return;
        if (AuthorizeDirective.RulesOf(type.AppliedDirectives) is not { } rules) return;
        foreach (var rule in rules)
        {
            var result = CallerAuthorization.Decide(new AuthorizationContext(rule, context, type, value: null));
            if (result != AuthorizationResult.Allowed) throw AuthorizationErrorCodes.Denied(result, typeName);
        }
    }

    /// <summary>The request's loader for a node type, for fields that refer to such nodes by key.</summary>
    public static Commissioning.GraphQL.DataLoader.BatchDataLoader<TKey, TNode> Loader<TNode, TKey>(IResolveFieldContext context, string typeName,
        Func<IServiceProvider, IReadOnlyList<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TNode>>> fetch)
        where TKey : notnull =>
        context.DataLoaders.Batch<TKey, TNode>("node:" + typeName, (keys, ct) => fetch(context.RequestServices, keys, ct));

    /// <summary>The object an id names, or null when none exists; a GraphQL error for a malformed id or a type that is not a node.</summary>
    public Task<object?> ResolveAsync(IResolveFieldContext context, string id)
    {
        var (typeName, key) = NodeId.Decode(id);
        if (!_resolvers.TryGetValue(typeName, out var resolve))
            throw new GraphQLError($"The id \"{id}\" names type {typeName}, which cannot be fetched by id.",
                extensions: NodeId.Code(ConventionErrorCodes.UnknownNodeType));
        AuthorizeTypeBeforeLoading(context, typeName);
        return resolve(context, id, key);
    }
}
