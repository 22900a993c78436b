using Commissioning.Api.Data.Demo;
using Commissioning.Api.Hosting;
using Commissioning.Api.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.Hosting;

/// <summary><c>seed</c>: fills an empty database with the demo commissioner the server would seed, saying how far it has got.</summary>
public sealed class SeedCommandTests
{
    private static Task<CommandRun> SeedAsync(TestDatabase database, string arguments) =>
        CommandRun.RunAsync(SeedCommand.RunAsync, "seed " + arguments, database.Settings);

    [Fact]
    public async Task Seeding_stores_the_rows_the_servers_own_seeding_stores()
    {
        using var database = new TestDatabase();
        using var reference = TestDatabase.Migrated();

        var run = await SeedAsync(database, "--providers 6 --plans-per-provider 3 --batch-size 4");
        await using (var db = reference.NewContext())
        {
            var options = new DemoDataOptions { Providers = 6, ActionPlansPerProvider = 3, SeedBatchSize = 4 };
            await new DemoDataSeeder(Options.Create(options), Options.Create(new CommissioningOptions()), NullLogger<DemoDataSeeder>.Instance)
                .SeedAsync(db, CancellationToken.None);
        }

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(Dump(reference), Dump(database));
    }

    /// <summary>
    /// Every row of every table of records, tables by name and rows sorted; the database's own bookkeeping (migration
    /// history, the change counter the start-up step advances) is not demo data.
    /// </summary>
    private static string Dump(TestDatabase database)
    {
        using var db = database.NewContext();
        var connection = db.Database.GetDbConnection();
        connection.Open();
        return string.Join("\n", DatabaseRows.TableNames(connection).Where(t => !t.StartsWith("__", StringComparison.Ordinal) && !t.StartsWith("DataVersion", StringComparison.Ordinal))
            .Select(table => table + "\n" + string.Join("\n", DatabaseRows.Rows(connection, table, "|"))));
    }

    [Fact]
    public async Task Without_a_terminal_progress_is_a_plain_line_per_batch_ending_at_every_provider()
    {
        using var database = new TestDatabase();

        var run = await SeedAsync(database, "--providers 5 --plans-per-provider 2 --batch-size 2");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Error.Split('\n').Where(l => l.StartsWith("Demo data: ", StringComparison.Ordinal)).ToList();
        Assert.Collection(lines,
            l => Assert.StartsWith("Demo data: 2 of 5 providers saved (40%), ", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Demo data: 4 of 5 providers saved (80%), ", l, StringComparison.Ordinal),
            l => Assert.StartsWith("Demo data: 5 of 5 providers saved (100%), ", l, StringComparison.Ordinal));
        Assert.Contains(" rows/s", lines[0], StringComparison.Ordinal);
        Assert.Contains(" left", lines[0], StringComparison.Ordinal);
        Assert.Contains(", done in ", lines[^1], StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Error);
    }

    [Fact]
    public async Task A_database_that_already_has_providers_is_left_as_it_is_and_the_command_fails()
    {
        using var database = new TestDatabase();
        Assert.Equal(0, (await SeedAsync(database, "--providers 3 --plans-per-provider 1")).ExitCode);

        var again = await SeedAsync(database, "--providers 7 --plans-per-provider 1");

        Assert.Equal(1, again.ExitCode);
        Assert.Contains("already holds 3 providers, so nothing was seeded", again.Error, StringComparison.Ordinal);
        await using var db = database.NewContext();
        Assert.Equal(3, await db.Providers.CountAsync());
    }

    [Fact]
    [Trait("DatabaseEngine", "SqliteOnly")]
    public async Task Database_names_a_SQLite_file_which_is_created_with_its_folder()
    {
        using var folder = TestDatabase.Sqlite();
        var file = Path.Combine(folder.Folder, "nested", "demo.db");

        var run = await CommandRun.RunAsync(SeedCommand.RunAsync, $"seed --providers 2 --plans-per-provider 1 --database {file}", new Dictionary<string, string?>());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(file, run.Output.Trim());
        Assert.True(File.Exists(file));
    }

    [Theory]
    [InlineData("--providers 0", "--providers '0' is not a whole number from 1")]
    [InlineData("--providers many", "--providers 'many' is not a whole number")]
    [InlineData("--years 40", "--years '40' is not a whole number from 1 to 20")]
    [InlineData("--as-of 23/11/2026", "--as-of '23/11/2026' is not a date")]
    [InlineData("--colour red", "Unknown option '--colour'")]
    [InlineData("--providers", "--providers needs a value")]
    [InlineData("--progress fancy", "--progress 'fancy' is not one of live, lines, none")]
    [InlineData("--providers 5 --providers 6", "--providers is given twice")]
    public async Task A_bad_argument_is_named_with_the_usage_and_exit_code_2(string arguments, string message)
    {
        using var database = new TestDatabase();

        var run = await SeedAsync(database, arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Contains("Usage: dotnet run --project src/Commissioning.Api -- seed", run.Error, StringComparison.Ordinal);
    }
}
