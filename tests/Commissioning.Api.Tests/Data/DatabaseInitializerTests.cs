using Commissioning.Api.Data;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Data;

/// <summary>Starting the application brings a new or old database up to date and seeds it only while it is empty.</summary>
public sealed class DatabaseInitializerTests
{
    [Fact]
    public void Startup_migrates_an_empty_file_and_calls_the_seeders_once_only()
    {
        using var database = new TestDatabase();
        var seeder = new CountingSeeder();

        for (var start = 0; start < 2; start++)
        {
            using var factory = ApiFactory.For(database, services => services.AddSingleton<IDatabaseSeeder>(seeder));
            using var client = factory.CreateClient();
        }

        Assert.Equal(1, seeder.Calls);
        using var db = database.NewContext();
        Assert.Empty(db.Database.GetPendingMigrations());
        Assert.Equal("Seeded Trust", db.Providers.Single().Name);
    }

    [Fact]
    public void Every_registered_seeder_runs_in_order_on_an_empty_database()
    {
        using var database = new TestDatabase();
        var calls = new List<string>();
        using var factory = ApiFactory.For(database, services =>
        {
            services.AddSingleton<IDatabaseSeeder>(new RecordingSeeder("organisations", calls));
            services.AddSingleton<IDatabaseSeeder>(new RecordingSeeder("plans", calls));
        });
        using var client = factory.CreateClient();

        Assert.Equal(["organisations", "plans"], calls);
    }

    [Fact]
    [Trait(DatabaseEngine.Trait, DatabaseEngine.SqliteOnly)]
    public void Startup_puts_the_sqlite_file_in_write_ahead_log_mode()
    {
        using var database = TestDatabase.Sqlite();
        using (var factory = ApiFactory.For(database))
        using (factory.CreateClient())
        {
        }

        using var connection = new SqliteConnection(database.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", command.ExecuteScalar() as string);
    }

    [Fact]
    [Trait(DatabaseEngine.Trait, DatabaseEngine.SqliteOnly)]
    public void Without_a_connection_string_the_configured_sqlite_path_is_used_and_its_folder_created()
    {
        using var database = TestDatabase.Sqlite();
        var path = Path.Combine(database.Folder, "nested", "data", "commissioning.db");
        using (var factory = new ApiFactory(new Dictionary<string, string?> { ["Commissioning:Database:SqlitePath"] = path }))
        using (factory.CreateClient())
        {
        }

        Assert.True(File.Exists(path));
    }

    private sealed class CountingSeeder : IDatabaseSeeder
    {
        public int Calls { get; private set; }

        public async Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken)
        {
            Calls++;
            var actor = new Actor("seed", "Seeder", Role.QualityTeam);
            db.Providers.Add(Provider.Register(Guid.NewGuid(), "Seeded Trust", ProviderType.NhsTrust, "RSD", _ => false, actor).Value);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private sealed class RecordingSeeder(string name, List<string> calls) : IDatabaseSeeder
    {
        public Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken)
        {
            calls.Add(name);
            return Task.CompletedTask;
        }
    }
}
