namespace Commissioning.GraphQL.Types;

/// <summary>What a <see cref="Schema"/> is built from (graphql-js GraphQLSchemaConfig).</summary>
public sealed class SchemaOptions
{
    public ObjectType? Query { get; init; }
    public ObjectType? Mutation { get; init; }
    public ObjectType? Subscription { get; init; }

    /// <summary>Types not reachable from the roots that the schema must still contain (e.g. interface implementations).</summary>
    public IReadOnlyList<INamedType> Types { get; init; } = [];

    /// <summary>The schema's directives; the specified directives when null.</summary>
    public IReadOnlyList<DirectiveDefinition>? Directives { get; init; }

    public string? Description { get; init; }
}

/// <summary>Thrown when a schema breaks the rules of spec §3; lists every broken rule.</summary>
public sealed class SchemaValidationException : Exception
{
    public SchemaValidationException(IReadOnlyList<Errors.GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(e => e.Message))) => Errors = errors;

    public IReadOnlyList<Errors.GraphQLError> Errors { get; }
}
