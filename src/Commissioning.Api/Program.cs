using Commissioning.Api.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCommissioningServices();

var app = builder.Build();
app.MapCommissioningEndpoints();
app.Run();

/// <summary>Entry point, visible to integration tests through WebApplicationFactory.</summary>
public partial class Program;
