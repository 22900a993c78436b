using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>The <c>Node</c> interface, <c>id</c> fields of node types, and the <c>node</c>/<c>nodes</c> query fields.</summary>
public static class NodeConventions
{
    public const string NodeInterfaceName = "Node";

    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    public static SchemaBuilder AddNodeInterface(this SchemaBuilder builder) =>
        builder.Interface<object>(NodeInterfaceName, i => i
            .Description("An object with a global id, refetchable with `node(id:)`.")
            .Field("id", NonNullId).Description("The global, opaque id of the object."));

    /// <summary>Declares the object a Node: an <c>id: ID!</c> field encoding <paramref name="key"/> with the type's name.</summary>
    public static ComplexTypeBuilder<T> NodeId<T>(this ComplexTypeBuilder<T> type, Func<T, object> key)
    {
        var typeName = type.Name;
        // A selector (one parameter) rather than (source, context): the executor then reads it without a resolve
        // context per object, and every node of a response has an id.
        type.Field("id", source => Conventions.NodeId.Encode(typeName, key(source))).Type(NonNullId)
            .Description("The global, opaque id of the object.");
        return type.Implements(NodeInterfaceName);
    }

    /// <summary>Adds <c>node(id: ID!): Node</c> and <c>nodes(ids: [ID!]!): [Node]!</c> resolved through <paramref name="registry"/>.</summary>
    public static ComplexTypeBuilder<object?> NodeFields(this ComplexTypeBuilder<object?> query, NodeRegistry registry)
    {
        query.FieldAsync("node", (_, context) => registry.ResolveAsync(context, context.GetArgument<string>("id")))
            .Type(NodeInterfaceName)
            .Argument("id", NonNullId)
            .Description("The object with this global id, or null when none exists.");
        query.FieldAsync<object?[]>("nodes", async (_, context) =>
            {
                // Every lookup is started before any is awaited, so the ids of one type share one batch.
                var ids = context.GetArgument<List<string>>("ids");
                var pending = ids.Select(id => registry.ResolveAsync(context, id)).ToArray();
                return await Task.WhenAll(pending).ConfigureAwait(false);
            })
            .Type(TypeReference.Named(NodeInterfaceName).List().NonNull())
            .Argument("ids", NonNullId.List().NonNull())
            .Description("The objects with these global ids, in order; null where none exists.");
        return query;
    }
}
