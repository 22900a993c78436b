using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>
/// Builds an execution test's schema from SDL with <see cref="BuildAstSchema"/>, attaching the resolvers a test
/// lists by <c>"Type.field"</c> and the type resolution by type name. Fields without a listed resolver use the
/// default resolver, so the same SDL, query and root value can be handed to graphql-js for comparison.
/// </summary>
public static class SdlSchema
{
    public static Schema Build(string sdl, IReadOnlyDictionary<string, FieldResolver>? resolvers = null,
        IReadOnlyDictionary<string, ResolveTypeFunc>? resolveTypes = null,
        IReadOnlyDictionary<string, IsTypeOfFunc>? isTypeOf = null) =>
        BuildAstSchema.Build(sdl, new BuildAstSchemaOptions
        {
            Resolver = (type, field) => resolvers?.GetValueOrDefault(type + "." + field),
            ResolveType = name => resolveTypes?.GetValueOrDefault(name),
            IsTypeOf = name => isTypeOf?.GetValueOrDefault(name),
        });
}
