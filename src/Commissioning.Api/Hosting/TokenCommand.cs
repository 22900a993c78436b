using System.Globalization;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Security;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Hosting;

/// <summary>
/// <c>token</c>: prints a signed development token for a role (and, for provider staff, a provider), or with
/// <c>--demo</c> one per role for the demo data, without starting the server. It reads the same configuration
/// as the host, so the token is accepted by <c>dotnet run --project src/Commissioning.Api</c> on this machine.
/// </summary>
public static class TokenCommand
{
    public const string Usage =
        "dotnet run --project src/Commissioning.Api -- token --role <ROLE> [--provider <provider id>] [--user <user id>] [--name \"<display name>\"] [--lifetime 8h]\n" +
        "   or: dotnet run --project src/Commissioning.Api -- token --demo [--lifetime 8h]";

    public static bool Matches(string[] args) => args.Length >= 1 && args[0] == "token";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        // The host's own configuration sources (appsettings, appsettings.{Environment}, environment variables),
        // without building the host: the command needs no database.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        return Run(args, builder.Configuration, builder.Environment.EnvironmentName, DateTimeOffset.UtcNow, output, error);
    }

    public static int Run(string[] args, IConfiguration configuration, string environmentName, DateTimeOffset now, TextWriter output, TextWriter error)
    {
        if (!TokenRequest.TryParse(args.Skip(1).ToArray(), out var request, out var problem))
            return Fail(error, problem);
        if (!string.Equals(environmentName, Environments.Development, StringComparison.OrdinalIgnoreCase))
        {
            return Fail(error, $"Development tokens are only accepted by a Development host, and the environment is '{environmentName}'. " +
                "Run with ASPNETCORE_ENVIRONMENT=Development (dotnet run does so through Properties/launchSettings.json); " +
                "elsewhere, get tokens from the OpenID Connect provider.", showUsage: false);
        }

        var options = configuration.GetSection(BearerAuthenticationOptions.SectionName).Get<BearerAuthenticationOptions>() ?? new();
        var invalid = BearerAuthenticationOptionsValidator.Check(options, environmentName).ToList();
        if (!options.UsesDevelopmentKeys)
            invalid.Add($"No development signing key is configured ({BearerAuthenticationOptions.SectionName}:DevelopmentSigningKeys, see appsettings.Development.json).");
        if (invalid.Count > 0) return Fail(error, string.Join(Environment.NewLine, invalid), showUsage: false);

        if (!request.Demo)
        {
            output.WriteLine(DevelopmentTokens.Mint(options, request.Actor!, now, request.Lifetime));
            return 0;
        }

        var demo = configuration.GetSection(DemoDataOptions.SectionName).Get<DemoDataOptions>() ?? new();
        var lifetime = request.Lifetime ?? options.TokenLifetime;
        output.WriteLine($"# Demo tokens, one per role, valid for {lifetime}. Load them into your shell with:");
        output.WriteLine("#   eval \"$(dotnet run --project src/Commissioning.Api -- token --demo)\"");
        foreach (var caller in DemoCallers.For(demo))
        {
            var actor = caller.Actor;
            var role = actor.Role.ToClaim();
            var who = $"# {role}: {actor.DisplayName} <{actor.UserId}>";
            if (actor.ProviderId is { } providerId)
                who += $" of {caller.ProviderName} (provider {providerId}, node id {NodeId.Encode("Provider", providerId)})";
            output.WriteLine(who);
            output.WriteLine($"export TOKEN_{role}='{DevelopmentTokens.Mint(options, actor, now, lifetime)}'");
        }
        return 0;
    }

    private static int Fail(TextWriter error, string message, bool showUsage = true)
    {
        error.WriteLine(message);
        if (showUsage) error.WriteLine("Usage: " + Usage);
        return 2;
    }

    /// <summary>The command line, checked: either <c>--demo</c>, or a role with everything an <see cref="Actor"/> of it needs.</summary>
    internal sealed record TokenRequest(bool Demo, Actor? Actor, TimeSpan? Lifetime)
    {
        private static readonly string RoleList = string.Join(", ", Enum.GetValues<Role>().Select(r => r.ToClaim()));

        public static bool TryParse(string[] args, out TokenRequest request, out string problem)
        {
            request = new TokenRequest(false, null, null);
            var values = new Dictionary<string, string>(StringComparer.Ordinal);
            var demo = false;
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--demo":
                        demo = true;
                        break;
                    case "--role" or "--provider" or "--user" or "--name" or "--lifetime":
                        if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                        {
                            problem = $"{args[i]} needs a value.";
                            return false;
                        }
                        values[args[i]] = args[++i];
                        break;
                    default:
                        problem = $"Unknown argument '{args[i]}'.";
                        return false;
                }
            }

            TimeSpan? lifetime = null;
            if (values.TryGetValue("--lifetime", out var lifetimeText))
            {
                if (!TryParseLifetime(lifetimeText, out var parsed))
                {
                    problem = $"--lifetime '{lifetimeText}' is not a positive duration such as 30m, 8h or 7d.";
                    return false;
                }
                lifetime = parsed;
            }

            if (demo)
            {
                if (values.Keys.FirstOrDefault(k => k != "--lifetime") is { } extra)
                {
                    problem = $"--demo mints one token per role for the demo data; it cannot be combined with {extra}.";
                    return false;
                }
                request = new TokenRequest(true, null, lifetime);
                problem = "";
                return true;
            }

            if (!values.TryGetValue("--role", out var roleText))
            {
                problem = $"--role is required (one of {RoleList}), or --demo for a token per role.";
                return false;
            }
            if (!RoleClaims.TryParse(roleText, out var role))
            {
                problem = $"Unknown role '{roleText}'; the roles are {RoleList}.";
                return false;
            }

            Guid? providerId = null;
            if (values.TryGetValue("--provider", out var providerText))
            {
                if (role != Role.Provider)
                {
                    problem = $"--provider is only for the PROVIDER role; {role.ToClaim()} is not tied to a provider.";
                    return false;
                }
                if (!TryParseProvider(providerText, out var parsed))
                {
                    problem = $"--provider '{providerText}' is neither a provider UUID nor a Provider node id.";
                    return false;
                }
                providerId = parsed;
            }
            else if (role == Role.Provider)
            {
                problem = "PROVIDER needs --provider <provider id>: provider staff see only their own provider.";
                return false;
            }

            var user = values.GetValueOrDefault("--user") is { Length: > 0 } u ? u : $"{role.ToClaim().ToLowerInvariant().Replace('_', '.')}.developer";
            var name = values.GetValueOrDefault("--name") is { Length: > 0 } n ? n : user;
            request = new TokenRequest(false, new Actor(user, name, role, providerId), lifetime);
            problem = "";
            return true;
        }

        /// <summary>A UUID, or the id the API shows for a provider (<c>Provider</c> node id), so ids can be pasted from responses.</summary>
        private static bool TryParseProvider(string text, out Guid id)
        {
            if (Guid.TryParse(text, out id)) return true;
            try
            {
                var (typeName, key) = NodeId.Decode(text);
                return typeName == "Provider" && Guid.TryParse(key, out id);
            }
            catch (Commissioning.GraphQL.Errors.GraphQLError)
            {
                return false;
            }
        }

        /// <summary><c>90s</c>, <c>30m</c>, <c>8h</c>, <c>7d</c>, or a TimeSpan such as <c>08:00:00</c>.</summary>
        private static bool TryParseLifetime(string text, out TimeSpan lifetime)
        {
            lifetime = default;
            if (text.Length >= 2 && double.TryParse(text[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                TimeSpan? unit = text[^1] switch
                {
                    's' => TimeSpan.FromSeconds(1), 'm' => TimeSpan.FromMinutes(1), 'h' => TimeSpan.FromHours(1), 'd' => TimeSpan.FromDays(1), _ => null,
                };
                if (unit is { } u && amount > 0 && amount < 3650) lifetime = u * amount;
            }
            else if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var parsed))
            {
                lifetime = parsed;
            }
            return lifetime > TimeSpan.Zero;
        }
    }
}
