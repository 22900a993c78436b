using Commissioning.Api.Hosting;

if (SchemaExportCommand.Matches(args)) return SchemaExportCommand.Run(args, Console.Out, Console.Error);
if (TokenCommand.Matches(args)) return TokenCommand.Run(args, Console.Out, Console.Error);
if (SeedCommand.Matches(args)) return SeedCommand.Run(args, Console.Out, Console.Error);
if (ExportCommand.Matches(args)) return ExportCommand.Run(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddCommissioningServices();

var app = builder.Build();
app.MapCommissioningEndpoints();
app.Run();
return 0;

/// <summary>Entry point, visible to integration tests through WebApplicationFactory.</summary>
public partial class Program;
