using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Types;

namespace Commissioning.Api.GraphQL;

/// <summary>
/// What a module sees while the schema is built. The Query and Mutation types are shared by every module,
/// so modules hand their root fields over here and <see cref="CommissioningSchema"/> declares each root
/// type once, with the fields of all modules in registration order.
/// </summary>
public sealed class SchemaModuleContext
{
    private readonly List<Action<ComplexTypeBuilder<object?>>> _query = [];
    private readonly List<Action<ComplexTypeBuilder<object?>>> _mutation = [];

    internal SchemaModuleContext(SchemaBuilder types, GraphQLConventions conventions)
    {
        Types = types;
        Conventions = conventions;
    }

    /// <summary>Where modules declare their object, enum and input types.</summary>
    public SchemaBuilder Types { get; }

    /// <summary>Scalars, Node ids, connections, filters, sorting and mutation payloads, shared by all modules.</summary>
    public GraphQLConventions Conventions { get; }

    /// <summary>Where node types register how they are fetched by id, for <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
    public NodeRegistry Nodes => Conventions.Nodes;

    /// <summary>Adds fields to the root Query type.</summary>
    public SchemaModuleContext Query(Action<ComplexTypeBuilder<object?>> fields)
    {
        _query.Add(fields);
        return this;
    }

    /// <summary>Adds fields to the root Mutation type; the type exists only when some module adds a field.</summary>
    public SchemaModuleContext Mutation(Action<ComplexTypeBuilder<object?>> fields)
    {
        _mutation.Add(fields);
        return this;
    }

    internal IReadOnlyList<Action<ComplexTypeBuilder<object?>>> QueryFields => _query;

    internal IReadOnlyList<Action<ComplexTypeBuilder<object?>>> MutationFields => _mutation;
}
