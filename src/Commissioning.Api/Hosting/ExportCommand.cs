using System.Text;
using Commissioning.Api.Data;
using Commissioning.Api.Exports;
using Microsoft.EntityFrameworkCore;
using Commissioning.Api.Progress;
using Commissioning.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Hosting;

/// <summary>
/// <c>export exceptions|compliance-summary</c>: writes the file <c>GET /exports/{name}.csv|.xlsx</c> gives, with the
/// same filters, without a server. The rows come the same way: the export's GraphQL query run through the executor as
/// a caller, signed in with a bearer token that the API's own authentication checks (a development token minted for
/// <c>--role</c>, as the <c>token</c> command mints it, or one given with <c>--token</c>), so authorization and
/// provider scoping are the API's. Progress (rows and pages fetched) goes to standard error.
/// </summary>
public static class ExportCommand
{
    public const string Usage =
        "dotnet run --project src/Commissioning.Api -- export <exceptions|compliance-summary> [--format csv|xlsx] [--output <file>|-] [filters]\n" +
        "       (--role <ROLE> [--provider <provider id>] [--user <user id>] [--name \"<display name>\"] | --token <bearer token>)\n" +
        "       [--database <file or connection string>] [--progress live|lines|none]";

    private const string FormatOption = "--format";
    private const string OutputOption = "--output";
    private const string TokenOption = "--token";
    private static readonly string[] CallerOptions = ["--role", "--provider", "--user", "--name"];

    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "export";

    public static int Run(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, CommandContext.Console with { Output = output, Error = error, OpenOutput = Console.OpenStandardOutput },
            CancellationToken.None).GetAwaiter().GetResult();

    public static async Task<int> RunAsync(string[] args, CommandContext context, CancellationToken cancellationToken)
    {
        if (args.Length < 2 || ExportDefinitions.All.FirstOrDefault(e => e.Name == args[1]) is not { } export)
        {
            var named = args.Length < 2 ? "No export named." : $"Unknown export '{args[1]}'.";
            return Fail(context.Error, $"{named} The exports are {string.Join(", ", ExportDefinitions.All.Select(e => e.Name))}.");
        }
        if (!TryParse(export, args.Skip(2).ToList(), context, out var request, out var problem)) return Fail(context.Error, problem, export);

        await using var app = CommandLineHost.Build(context, request.Settings);
        if (BearerToken(app, request, out var token) is { } refusal) return Fail(context.Error, refusal, export);

        await using var scope = app.Services.CreateAsyncScope();
        // The export only reads; a database the code has moved past would fail on its first query with a stack trace.
        var pending = (await scope.ServiceProvider.GetRequiredService<CommissioningDbContext>().Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
        {
            context.Error.WriteLine($"{CommandLineHost.Describe(app.Configuration)} is {pending.Count} migration(s) behind this version ({string.Join(", ", pending)}). " +
                "Start the API on it once (it migrates at start-up), then export again.");
            return 1;
        }
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Request.QueryString = QueryString.Create(request.Filters);
        http.Request.Headers.Authorization = "Bearer " + token;
        // Signed in as the API signs in a request: the bearer handler validates the token and makes the principal.
        var signIn = await http.AuthenticateAsync();
        if (!signIn.Succeeded)
            return Fail(context.Error, $"The token was refused: {signIn.Failure?.Message ?? "it is not a bearer token"}", export);
        http.User = signIn.Principal;
        // The data scope of provider staff is read from the current request, as it is for an HTTP export.
        scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = http;

        var progress = new ProgressMeter(new ConsoleProgress(context.Error, request.Progress, context.LineInterval), $"{export.Name} export", "rows");
        var outcome = await scope.ServiceProvider.GetRequiredService<GraphQLExportRunner>().RunAsync(export, http, progress);
        if (outcome.Table is null)
        {
            context.Error.WriteLine(outcome.Message);
            // A filter the query refuses is a bad argument; not signed in, not allowed or a failure is not.
            return outcome.StatusCode == StatusCodes.Status400BadRequest ? 2 : 1;
        }

        var bytes = request.Format.Write(outcome.Table, export);
        if (request.Output == "-")
        {
            await using var stdout = context.OpenOutput?.Invoke() ?? throw new InvalidOperationException("This context has no standard output stream.");
            await stdout.WriteAsync(bytes, cancellationToken);
            return 0;
        }
        var path = Path.GetFullPath(request.Output ?? ExportEndpointExtensions.FileName(export, http.Request.Query, request.Format.Extension));
        if (Path.GetDirectoryName(path) is { } folder) Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(path, bytes, cancellationToken);
        context.Error.WriteLine($"Wrote {outcome.Table.Rows.Count:N0} rows to {path}");
        context.Output.WriteLine(path);
        return 0;
    }

    /// <summary>
    /// The bearer token the export signs in with: the one given, or a development token for <c>--role</c> as the
    /// <c>token</c> command mints it. Returns why there is none, or null.
    /// </summary>
    private static string? BearerToken(WebApplication app, ExportRequest request, out string token)
    {
        token = request.Token ?? "";
        if (request.Token is not null) return null;
        // Development keys are only trusted by a Development host; elsewhere a token must come from the identity provider.
        if (!app.Environment.IsDevelopment())
            return $"--role signs in with a development token, which only a Development host accepts, and the environment is '{app.Environment.EnvironmentName}'. " +
                "Run with ASPNETCORE_ENVIRONMENT=Development (dotnet run does so), or give --token with a token from the OpenID Connect provider.";
        var bearer = app.Services.GetRequiredService<IOptions<BearerAuthenticationOptions>>().Value;
        if (!bearer.UsesDevelopmentKeys)
            return $"--role needs a development signing key ({BearerAuthenticationOptions.SectionName}:DevelopmentSigningKeys, see appsettings.Development.json), and none is configured.";
        token = DevelopmentTokens.Mint(bearer, request.Caller!, DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
        return null;
    }

    /// <summary>The command-line option for an export's query-string parameter: <c>asOf</c> is <c>--as-of</c>.</summary>
    public static string OptionFor(string parameter) =>
        // --provider names the caller's provider, as in the token command; the filter of provider ids is --provider-ids.
        parameter == "provider" ? "--provider-ids" : "--" + string.Concat(parameter.Select(c => char.IsUpper(c) ? "-" + char.ToLowerInvariant(c) : c.ToString()));

    private sealed record ExportRequest(Dictionary<string, string?> Settings, Dictionary<string, string?> Filters, ExportFormat Format, string? Output,
        Commissioning.Domain.Common.Actor? Caller, string? Token, ProgressStyle Progress);

    private static bool TryParse(ExportDefinition export, List<string> args, CommandContext context, out ExportRequest request, out string problem)
    {
        request = null!;
        var filterOptions = export.Parameters.Keys.ToDictionary(OptionFor, p => p, StringComparer.Ordinal);
        string[] names = [.. filterOptions.Keys, .. CallerOptions, TokenOption, FormatOption, OutputOption, CommandLineHost.DatabaseOption, CommandLineHost.ProgressOption];
        if (!CommandLineArguments.TryParse(args, names, out var parsed, out problem)) return false;
        if (parsed.Positional.Count > 0)
        {
            problem = $"Unexpected '{parsed.Positional[0]}'.";
            return false;
        }

        var output = parsed[OutputOption];
        var formatText = parsed[FormatOption] ?? (output is not null && output != "-" && Path.GetExtension(output) is { Length: > 1 } extension ? extension : "csv");
        if (ExportFormat.Find(formatText) is not { } format)
        {
            problem = parsed[FormatOption] is null
                ? $"{OutputOption} '{output}' does not end in .csv or .xlsx; give {FormatOption} csv or {FormatOption} xlsx."
                : $"{FormatOption} '{formatText}' is not one of {string.Join(", ", ExportFormat.All.Select(f => f.Extension))}.";
            return false;
        }

        Commissioning.Domain.Common.Actor? caller = null;
        var token = parsed[TokenOption];
        var callerArgs = CallerOptions.Where(o => parsed[o] is not null).SelectMany(o => new[] { o, parsed[o]! }).ToArray();
        if (token is not null)
        {
            if (callerArgs.Length > 0)
            {
                problem = $"{TokenOption} says who the caller is; it cannot be combined with {callerArgs[0]}.";
                return false;
            }
        }
        else
        {
            if (callerArgs.Length == 0)
            {
                problem = $"Say who exports: --role <ROLE> (with --provider for PROVIDER), or {TokenOption} <bearer token>. The file holds what that caller may see.";
                return false;
            }
            if (!TokenCommand.TokenRequest.TryParse(callerArgs, out var tokenRequest, out problem)) return false;
            caller = tokenRequest.Actor;
        }

        var settings = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (!CommandLineHost.TryDatabaseSettings(parsed[CommandLineHost.DatabaseOption], mustExist: true, settings, out problem)) return false;
        if (!CommandLineHost.TryProgressStyle(parsed[CommandLineHost.ProgressOption], out var style, out problem)) return false;
        if (context.Progress is { } forced) style = forced;
        var filters = parsed.Values.Where(v => filterOptions.ContainsKey(v.Key))
            .ToDictionary(v => filterOptions[v.Key], v => (string?)v.Value, StringComparer.Ordinal);
        request = new ExportRequest(settings, filters, format, output, caller, token, style);
        return true;
    }

    private static int Fail(TextWriter error, string message, ExportDefinition? export = null)
    {
        error.WriteLine(message);
        error.WriteLine("Usage: " + Usage);
        if (export is not null)
        {
            var filters = new StringBuilder($"Filters of the {export.Name} export:");
            foreach (var (parameter, meaning) in export.Parameters) filters.Append($"\n  {OptionFor(parameter)}: {meaning}");
            error.WriteLine(filters.ToString());
        }
        error.WriteLine(CommandLineHost.SharedUsage);
        return 2;
    }
}
