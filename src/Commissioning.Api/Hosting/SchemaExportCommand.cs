using Commissioning.Api.GraphQL;

namespace Commissioning.Api.Hosting;

/// <summary>
/// <c>schema export [--output path]</c>: prints the schema's SDL, or writes it to a file, without
/// starting the server (so it needs no database). This is how schema/schema.graphql is regenerated.
/// </summary>
public static class SchemaExportCommand
{
    public const string Usage = "dotnet run --project src/Commissioning.Api -- schema export [--output <path>]";

    public static bool Matches(string[] args) =>
        args.Length >= 2 && args[0] == "schema" && args[1] == "export";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string? path = null;
        for (var i = 2; i < args.Length; i++)
        {
            if (args[i] is "--output" or "-o" && i + 1 < args.Length)
            {
                path = args[++i];
                continue;
            }
            error.WriteLine($"Unknown argument '{args[i]}'. Usage: {Usage}");
            return 2;
        }

        var sdl = CommissioningSchema.PrintSdl();
        if (path is null)
        {
            output.Write(sdl);
            return 0;
        }
        var full = Path.GetFullPath(path);
        if (Path.GetDirectoryName(full) is { } folder) Directory.CreateDirectory(folder);
        File.WriteAllText(full, sdl);
        error.WriteLine($"Wrote the schema to {full}.");
        return 0;
    }
}
