using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Several API instances behind a load balancer may start at the same moment against one
/// PostgreSQL database: one of them migrates and seeds, the others wait and then find it done.
/// </summary>
[Trait(DatabaseEngine.Trait, DatabaseEngine.PostgresOnly)]
public sealed class ConcurrentStartupTests
{
    [Fact]
    public async Task Instances_starting_together_migrate_once_and_seed_an_empty_database_once()
    {
        using var database = TestDatabase.Postgres();
        var seeder = new SlowSeeder();
        using var first = ApiFactory.For(database, services => services.AddSingleton<IDatabaseSeeder>(seeder));
        using var second = ApiFactory.For(database, services => services.AddSingleton<IDatabaseSeeder>(seeder));

        // Creating a client starts the host, and with it the startup migration and seeding.
        var clients = await Task.WhenAll(Task.Run(first.CreateClient), Task.Run(second.CreateClient));

        Assert.Equal(1, seeder.Calls);
        using var db = database.NewContext();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal("Seeded Trust", db.Providers.Single().Name);
        foreach (var client in clients)
        {
            using var response = await client.GetAsync("/health");
            Assert.True(response.IsSuccessStatusCode, $"/health answered {(int)response.StatusCode}");
            client.Dispose();
        }
    }

    /// <summary>
    /// Seeds one provider after a pause, long enough that an instance not waiting its turn would
    /// look at the still-empty database and seed it a second time.
    /// </summary>
    private sealed class SlowSeeder : IDatabaseSeeder
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public async Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
            var actor = new Actor("seed", "Seeder", Role.QualityTeam);
            db.Providers.Add(Provider.Register(Guid.NewGuid(), "Seeded Trust", ProviderType.NhsTrust, "RSD", _ => false, actor).Value);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
