using System.Net;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Hosting;
using Commissioning.Api.Tests.Exports;
using Commissioning.Api.Tests.GraphQL.Reporting;
using Commissioning.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Hosting;

/// <summary>
/// <c>export</c>: the file the API serves at /exports for the same caller and filters, byte for byte, written without a
/// server, with the rows and pages fetched shown on standard error.
/// </summary>
public sealed class ExportCommandTests : IClassFixture<ExportCommandTests.Fixture>, IDisposable
{
    public sealed class Fixture : IDisposable
    {
        internal ExportsApi Exports { get; } = new();
        public void Dispose() => Exports.Dispose();
    }

    private readonly ExportsApi _exports;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "commissioning-tests", Guid.NewGuid().ToString("N"));

    public ExportCommandTests(Fixture fixture) => _exports = fixture.Exports;

    public void Dispose()
    {
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>The command over the API's own database, with its page size, so an export takes several pages.</summary>
    private Task<CommandRun> ExportAsync(string arguments)
    {
        var configuration = _exports.Api.Services.GetRequiredService<IConfiguration>();
        var settings = new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{DatabaseOptions.ConnectionStringName}"] = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName),
            [$"{DatabaseOptions.Section}:Provider"] = configuration[$"{DatabaseOptions.Section}:Provider"],
            ["Commissioning:GraphQL:Paging:DefaultPageSize"] = configuration["Commissioning:GraphQL:Paging:DefaultPageSize"],
            ["Commissioning:GraphQL:Paging:MaxPageSize"] = configuration["Commissioning:GraphQL:Paging:MaxPageSize"],
        };
        return CommandRun.RunAsync(ExportCommand.RunAsync, "export " + arguments, settings);
    }

    private async Task<byte[]> HttpBytesAsync(string address, Actor caller)
    {
        using var response = await _exports.GetAsync(address, caller);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, System.Text.Encoding.UTF8.GetString(bytes));
        return bytes;
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_exception_file_is_the_one_the_API_serves_for_the_same_filters(string format)
    {
        var file = Path.Combine(_folder, $"out.{format}");

        var run = await ExportAsync($"exceptions --as-of 2025-11-20 --severity HIGH,MEDIUM --role QUALITY_TEAM --output {file}");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(file, run.Output.Trim());
        Assert.Equal(await HttpBytesAsync($"/exports/exceptions.{format}?asOf=2025-11-20&severity=HIGH,MEDIUM", ReportingSeed.QualityTeam), await File.ReadAllBytesAsync(file));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_compliance_summary_file_is_the_one_the_API_serves_for_the_same_filters(string format)
    {
        var file = Path.Combine(_folder, "summary");

        var run = await ExportAsync($"compliance-summary --format {format} --quarter 2025/26-Q2 --provider-type NHS_TRUST,INDEPENDENT --role DESIGNATED_NURSE --output {file}");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(await HttpBytesAsync($"/exports/compliance-summary.{format}?quarter=2025/26-Q2&providerType=NHS_TRUST,INDEPENDENT", ReportingSeed.Nurse),
            await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task The_dashboards_filters_are_options_of_the_command_too()
    {
        var lscb = NodeId.Encode("Lscb", _exports.SecondLscbId);
        var file = Path.Combine(_folder, "board.xlsx");

        var run = await ExportAsync($"exceptions --as-of 2025-11-20 --provider-type GP_PRACTICE,INDEPENDENT --lscb {lscb} --role QUALITY_TEAM --output {file}");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(await HttpBytesAsync($"/exports/exceptions.xlsx?asOf=2025-11-20&providerType=GP_PRACTICE,INDEPENDENT&lscb={Uri.EscapeDataString(lscb)}", ReportingSeed.QualityTeam),
            await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Provider_staff_export_only_their_own_providers_rows_as_over_http()
    {
        var staff = ReportingSeed.StaffOf(_exports.FirstProviderId);
        var file = Path.Combine(_folder, "own.csv");

        var run = await ExportAsync($"exceptions --as-of 2025-11-20 --role PROVIDER --provider {NodeId.Encode("Provider", _exports.FirstProviderId)} " +
            $"--user {staff.UserId} --output {file}");

        Assert.True(run.ExitCode == 0, run.Error);
        var rows = ExportFiles.ReadCsv(await File.ReadAllBytesAsync(file));
        Assert.NotEmpty(rows.Skip(1));
        Assert.All(rows.Skip(1), row => Assert.Equal("Provider 001", row[2]));
        Assert.Equal(await HttpBytesAsync("/exports/exceptions.csv?asOf=2025-11-20", staff), await File.ReadAllBytesAsync(file));
    }

    [Fact]
    public async Task Without_a_terminal_each_page_fetched_is_a_progress_line_up_to_every_row()
    {
        var expected = ExportFiles.ReadCsv(await HttpBytesAsync("/exports/exceptions.csv?asOf=2025-11-20", ReportingSeed.QualityTeam)).Count - 1;
        var pages = (expected + ExportsApi.PageSize - 1) / ExportsApi.PageSize;

        var run = await ExportAsync($"exceptions --as-of 2025-11-20 --role QUALITY_TEAM --output {Path.Combine(_folder, "all.csv")}");

        Assert.True(run.ExitCode == 0, run.Error);
        var lines = run.Error.Split('\n').Where(l => l.StartsWith("exceptions export: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(pages, lines.Count);
        Assert.StartsWith($"exceptions export: 3 of {expected} rows (", lines[0], StringComparison.Ordinal);
        Assert.Contains(", 1 page,", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"exceptions export: {expected} of {expected} rows (100%), {pages} pages, ", lines[^1], StringComparison.Ordinal);
        Assert.Contains(", done in ", lines[^1], StringComparison.Ordinal);
        Assert.Contains($"Wrote {expected} rows to ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain('\r', run.Error);
    }

    [Fact]
    public async Task Output_dash_writes_the_file_to_standard_output_and_progress_stays_on_standard_error()
    {
        var run = await ExportAsync("compliance-summary --quarter 2025/26-Q2 --role QUALITY_TEAM --output -");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(await HttpBytesAsync("/exports/compliance-summary.csv?quarter=2025/26-Q2", ReportingSeed.QualityTeam), run.RawOutput);
        Assert.Contains("compliance-summary export: ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_caller_the_API_would_refuse_is_refused_with_its_reason_and_exit_code_1()
    {
        var run = await ExportAsync($"exceptions --as-of 2025-11-20 --role DASHBOARD --output {Path.Combine(_folder, "refused.csv")}");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("not authorized", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "refused.csv")));
    }

    [Theory]
    [InlineData("", "No export named")]
    [InlineData("audits --role QUALITY_TEAM", "Unknown export 'audits'. The exports are exceptions, compliance-summary")]
    [InlineData("exceptions --as-of 2025-11-20", "Say who exports: --role <ROLE>")]
    [InlineData("exceptions --role QUALITY_TEAM --colour red", "Unknown option '--colour'")]
    [InlineData("exceptions --role QUALITY_TEAM --quarter", "--quarter needs a value")]
    [InlineData("exceptions --role QUALITY_TEAM --format pdf", "--format 'pdf' is not one of csv, xlsx")]
    [InlineData("exceptions --role QUALITY_TEAM --output report.pdf", "does not end in .csv or .xlsx")]
    [InlineData("exceptions --role CHIEF", "Unknown role 'CHIEF'")]
    [InlineData("exceptions --role PROVIDER", "PROVIDER needs --provider")]
    [InlineData("exceptions --role QUALITY_TEAM --token abc", "--token says who the caller is; it cannot be combined with --role")]
    [InlineData("exceptions --token not-a-token", "The token was refused")]
    [InlineData("exceptions --role QUALITY_TEAM --severity URGENT", "URGENT")]
    [InlineData("compliance-summary --role QUALITY_TEAM", "quarter")]
    [InlineData("compliance-summary --role QUALITY_TEAM --quarter 2025/26-Q2 --severity HIGH", "Unknown option '--severity'")]
    public async Task A_bad_argument_is_named_and_exits_with_code_2(string arguments, string message)
    {
        var run = await ExportAsync(arguments);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_behind_the_code_is_named_with_the_way_to_bring_it_up_to_date()
    {
        using var database = Data.TestDatabase.Migrated();
        await using (var db = database.NewContext())
        {
            // As a database made by the version before the latest migration looks.
            var latest = db.Database.GetMigrations().Last();
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE \"MigrationId\" = {latest}");
        }

        var run = await CommandRun.RunAsync(ExportCommand.RunAsync, $"export compliance-summary --quarter 2025/26-Q2 --role QUALITY_TEAM",
            database.Settings);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("migration(s) behind this version", run.Error, StringComparison.Ordinal);
        Assert.Contains("Start the API on it once", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_file_that_does_not_exist_is_named_rather_than_created()
    {
        var missing = Path.Combine(_folder, "missing.db");

        var run = await CommandRun.RunAsync(ExportCommand.RunAsync, $"export exceptions --role QUALITY_TEAM --database {missing}", new Dictionary<string, string?>());

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--database '{missing}' does not exist", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
