using System.Text;
using Commissioning.Api.Data;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Tests.Demo;

public sealed class DemoDataSeederTests
{
    private static readonly DemoDataOptions Small = new() { Providers = 12, SeedBatchSize = 5 };

    private static async Task SeedAsync(TestDatabase database, DemoDataOptions options)
    {
        await using var db = database.NewContext();
        var seeder = new DemoDataSeeder(Options.Create(options), Options.Create(new CommissioningOptions()), NullLogger<DemoDataSeeder>.Instance);
        await seeder.SeedAsync(db, CancellationToken.None);
    }

    /// <summary>Every row of every table, tables by name and rows sorted, as text.</summary>
    private static string DumpRows(TestDatabase database)
    {
        using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        var dump = new StringBuilder();
        foreach (var table in DatabaseRows.TableNames(connection))
        {
            var rows = DatabaseRows.Rows(connection, table, "|");
            dump.Append(table).Append(' ').Append(rows.Count).AppendLine();
            foreach (var row in rows)
            {
                dump.AppendLine(row);
            }
        }
        return dump.ToString();
    }

    [Fact]
    public async Task Seeding_a_fresh_database_twice_gives_identical_rows()
    {
        using var first = TestDatabase.Migrated();
        using var second = TestDatabase.Migrated();
        await SeedAsync(first, Small);
        await SeedAsync(second, Small);
        Assert.Equal(DumpRows(first), DumpRows(second));
    }

    [Fact]
    public async Task Bulk_insert_stores_exactly_the_rows_SaveChanges_stores()
    {
        using var saved = TestDatabase.Migrated();
        using var bulk = TestDatabase.Migrated();
        // Enough plans per provider that corrections, scrutinies, sanctions and every JSON column occur.
        var options = new DemoDataOptions { Providers = 12, ActionPlansPerProvider = 20, SeedBatchSize = 5 };
        await SeedAsync(saved, new DemoDataOptions { Providers = 12, ActionPlansPerProvider = 20, SeedBatchSize = 5, BulkInsert = false });
        await SeedAsync(bulk, options);
        var expected = DumpRows(saved);
        Assert.Contains("ProgressUpdates ", expected, StringComparison.Ordinal);
        Assert.Equal(expected, DumpRows(bulk));
    }

    [Fact]
    public async Task Every_bulk_batch_counts_as_a_change_for_cached_reports()
    {
        // The bulk writer bypasses SaveChanges, so the data version (what the exceptions cache compares) would not
        // move while seeding ran in another process: each batch's transaction advances it before committing.
        using var database = TestDatabase.Migrated();
        long Version()
        {
            using var db = database.NewContext();
            return db.Set<DataVersion>().AsNoTracking().Sum(v => v.Value);
        }
        var before = Version();
        await SeedAsync(database, Small);
        // 12 providers in batches of 5: three batches at least (the LSCBs and other shared rows may add one).
        Assert.True(Version() - before >= 3, $"the data version moved by {Version() - before}");
    }

    [Fact]
    public async Task The_database_holds_what_the_generator_made()
    {
        using var database = TestDatabase.Migrated();
        await SeedAsync(database, Small);
        var expected = DemoDataGenerator.Generate(Small);
        await using var db = database.NewContext();
        Assert.Equal(expected.Lscbs.Count, await db.Lscbs.CountAsync());
        Assert.Equal(expected.Providers.Select(p => p.Id).Order(), (await db.Providers.Select(p => p.Id).ToListAsync()).Order());
        Assert.Equal(expected.Contracts.Count, await db.Contracts.CountAsync());
        Assert.Equal(expected.Schedules.Count, await db.Schedules.CountAsync());
        Assert.Equal(expected.IndicatorReturns.Count, await db.IndicatorReturns.CountAsync());
        Assert.Equal(expected.Reviews.Count, await db.Reviews.CountAsync());
        Assert.Equal(expected.ActionPlans.Count, await db.ActionPlans.CountAsync());
        Assert.Equal(expected.ProgressUpdateCount, await db.ProgressUpdates.CountAsync());
        Assert.Equal(expected.Meetings.Count, await db.MonitoringMeetings.CountAsync());
        var plan = expected.ActionPlans.First(p => p.ProgressUpdates.Any(u => u.IsCorrection));
        var loaded = await db.ActionPlans.SingleAsync(p => p.Id == plan.Id);
        Assert.Equal(plan.ProgressUpdates.Select(u => (u.Quarter, u.Revision)), loaded.ProgressUpdates.OrderBy(u => u.SubmittedAt).Select(u => (u.Quarter, u.Revision)));
    }

    [Fact]
    public async Task Disabled_demo_data_leaves_the_database_empty()
    {
        using var database = TestDatabase.Migrated();
        await SeedAsync(database, new DemoDataOptions { Providers = 3, Enabled = false });
        await using var db = database.NewContext();
        Assert.False(await db.Providers.AnyAsync());
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void AddDemoData_registers_the_seeder_and_binds_whether_it_is_enabled(string? enabled, bool expected)
    {
        var settings = new Dictionary<string, string?> { ["Commissioning:DemoData:Providers"] = "7" };
        if (enabled is not null)
        {
            settings["Commissioning:DemoData:Enabled"] = enabled;
        }
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging().AddDemoData(configuration).BuildServiceProvider();
        Assert.Single(services.CreateScope().ServiceProvider.GetServices<IDatabaseSeeder>().OfType<DemoDataSeeder>());
        var options = services.GetRequiredService<IOptions<DemoDataOptions>>().Value;
        Assert.Equal(expected, options.Enabled);
        Assert.Equal(7, options.Providers);
    }

    [Fact]
    public void Options_bind_the_as_of_date_and_seed_from_configuration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Commissioning:DemoData:AsOf"] = "2025-06-30",
            ["Commissioning:DemoData:Seed"] = "42",
        }).Build();
        var options = new ServiceCollection().AddLogging().AddDemoData(configuration).BuildServiceProvider().GetRequiredService<IOptions<DemoDataOptions>>().Value;
        Assert.Equal(new DateOnly(2025, 6, 30), options.AsOf);
        Assert.Equal(42, options.Seed);
    }
}
