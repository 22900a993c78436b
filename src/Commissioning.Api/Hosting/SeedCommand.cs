using System.Globalization;
using Commissioning.Api.Data;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Progress;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Hosting;

/// <summary>
/// <c>seed</c>: migrates a database and fills it with the demo commissioner, as the server does at start-up
/// (the same <see cref="DatabaseInitializer"/> and <see cref="DemoDataSeeder"/>, so the same rows), showing
/// progress on standard error. Seeding 5,000 providers takes minutes; this says how many and how long is left.
/// </summary>
public static class SeedCommand
{
    public const string Usage =
        "dotnet run --project src/Commissioning.Api -- seed [--providers 40] [--plans-per-provider 6] [--years 4] [--seed 20261123] " +
        "[--as-of 2026-11-23] [--batch-size 50] [--database <file or connection string>] [--progress live|lines|none]";

    private static readonly string[] Options =
        ["--providers", "--plans-per-provider", "--years", "--seed", "--as-of", "--batch-size", CommandLineHost.DatabaseOption, CommandLineHost.ProgressOption];

    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "seed";

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, CommandContext.Console with { Output = output, Error = error }, CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        if (!TryParse(args.Skip(1).ToList(), context, out var settings, out var style, out var problem)) return Fail(context.Error, problem);

        var progress = new FinishWatch(new ConsoleProgress(context.Error, style, context.LineInterval));
        await using var app = CommandLineHost.Build(context, settings, services => services.AddSingleton<IProgressReporter>(progress));
        var demo = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<DemoDataOptions>>().Value;
        var where = CommandLineHost.Describe(app.Configuration);
        if (demo.Validate() is { Count: > 0 } invalid) return Fail(context.Error, string.Join(Environment.NewLine, invalid));

        context.Error.WriteLine($"Seeding {demo.Providers:N0} providers ({demo.ActionPlansPerProvider} action plans each on average, {demo.Years} years to {demo.AsOf:yyyy-MM-dd}) into {where}.");
        // The server's own start-up step: migrations, then the seeders if the database has no providers, under the
        // PostgreSQL start-up lock so a server starting meanwhile does not seed as well.
        var initializer = app.Services.GetServices<IHostedService>().OfType<DatabaseInitializer>().Single();
        await initializer.StartAsync(cancellationToken);
        if (!progress.Finished)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var count = await scope.ServiceProvider.GetRequiredService<CommissioningDbContext>().Providers.CountAsync(cancellationToken);
            context.Error.WriteLine($"{where} already holds {count:N0} providers, so nothing was seeded: seeding only fills an empty database. " +
                $"Give another {CommandLineHost.DatabaseOption}, or delete this one first.");
            return 1;
        }
        context.Output.WriteLine(where);
        return 0;
    }

    private static bool TryParse(List<string> args, CommandContext context, out Dictionary<string, string?> settings, out ProgressStyle style, out string problem)
    {
        settings = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{DemoDataOptions.SectionName}:{nameof(DemoDataOptions.Enabled)}"] = "true",
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.MigrateOnStartup)}"] = "true",
        };
        style = ProgressStyle.None;
        if (!CommandLineArguments.TryParse(args, Options, out var parsed, out problem)) return false;
        if (parsed.Positional.Count > 0)
        {
            problem = $"Unexpected '{parsed.Positional[0]}'.";
            return false;
        }
        var numbers = new (string Option, string Setting, int Min, int Max)[]
        {
            ("--providers", nameof(DemoDataOptions.Providers), 1, 1_000_000),
            ("--plans-per-provider", nameof(DemoDataOptions.ActionPlansPerProvider), 0, 10_000),
            ("--years", nameof(DemoDataOptions.Years), 1, 20),
            ("--seed", nameof(DemoDataOptions.Seed), 0, int.MaxValue),
            ("--batch-size", nameof(DemoDataOptions.SeedBatchSize), 1, 100_000),
        };
        foreach (var (option, setting, min, max) in numbers)
        {
            if (!parsed.TryInt(option, min, max, null, out var value, out problem)) return false;
            if (value is { } given) settings[$"{DemoDataOptions.SectionName}:{setting}"] = given.ToString(CultureInfo.InvariantCulture);
        }
        if (parsed["--as-of"] is { } asOf)
        {
            if (!DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                problem = $"--as-of '{asOf}' is not a date such as 2026-11-23.";
                return false;
            }
            settings[$"{DemoDataOptions.SectionName}:{nameof(DemoDataOptions.AsOf)}"] = asOf;
        }
        if (!CommandLineHost.TryDatabaseSettings(parsed[CommandLineHost.DatabaseOption], mustExist: false, settings, out problem)) return false;
        if (!CommandLineHost.TryProgressStyle(parsed[CommandLineHost.ProgressOption], out style, out problem)) return false;
        if (context.Progress is { } forced) style = forced;
        return true;
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine(message);
        error.WriteLine("Usage: " + Usage);
        error.WriteLine(CommandLineHost.SharedUsage);
        return 2;
    }

    /// <summary>Passes progress on, noting whether the seeder finished: it runs only on a database without providers.</summary>
    private sealed class FinishWatch(IProgressReporter inner) : IProgressReporter
    {
        public bool Finished { get; private set; }

        public void Report(ProgressUpdate update)
        {
            if (update.Finished) Finished = true;
            inner.Report(update);
        }
    }
}
