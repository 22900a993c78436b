using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.GraphQL;

/// <summary>One API for the read-side tests: two LSCBs and twelve providers of mixed types, each fully scheduled.</summary>
public sealed class ReadSideApi : IDisposable
{
    public const int ProviderCount = 12;

    internal GraphQLApi Api { get; } = GraphQLApi.Start(db =>
    {
        var north = TestData.AddLscb(db, "North LSCB", "Northshire");
        var south = TestData.AddLscb(db, "South LSCB", "Southshire");
        for (var n = 1; n <= ProviderCount; n++)
        {
            var type = n % 3 == 0 ? ProviderType.GpPractice : ProviderType.NhsTrust;
            var lscbs = n == 1 ? new[] { north, south } : n % 2 == 0 ? [north] : new[] { south };
            TestData.AddProvider(db, n, type, lscbs);
        }
    });

    public void Dispose() => Api.Dispose();
}
