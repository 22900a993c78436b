namespace Commissioning.Api.Data.Demo;

public static class DemoDataServiceCollectionExtensions
{
    /// <summary>
    /// Registers the demo-data seeder, bound from <c>Commissioning:DemoData</c>. On by default so
    /// a fresh install has something to show; <c>Commissioning:DemoData:Enabled=false</c> leaves
    /// a new database empty.
    /// </summary>
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DemoDataOptions.SectionName);
        services.AddOptions<DemoDataOptions>()
            .Bind(section)
            .Validate(o => o.Validate().Count == 0, "Commissioning:DemoData is invalid (Providers >= 1, Years 1-20, ActionPlansPerProvider >= 0, SeedBatchSize >= 1).")
            .ValidateOnStart();
        // Always registered: the seeder reads Enabled when it runs, so settings a host applies after
        // registration (test hosts, late configuration sources) are honoured.
        services.AddScoped<IDatabaseSeeder, DemoDataSeeder>();
        return services;
    }
}
