using Commissioning.Api.Tests.GraphQL;

namespace Commissioning.Api.Tests.Security;

/// <summary>One API, configured as <c>dotnet run</c> configures it (Development, appsettings.Development.json), shared by a class's tests.</summary>
public sealed class SecurityApi : IDisposable
{
    internal GraphQLApi Api { get; } = GraphQLApi.Start();

    public void Dispose() => Api.Dispose();
}
