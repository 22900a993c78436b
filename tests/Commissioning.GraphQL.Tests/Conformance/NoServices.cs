namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>A service provider with nothing in it, for executing schemas whose resolvers need no services.</summary>
internal sealed class NoServices : IServiceProvider
{
    public static NoServices Instance { get; } = new();

    public object? GetService(Type serviceType) => null;
}
