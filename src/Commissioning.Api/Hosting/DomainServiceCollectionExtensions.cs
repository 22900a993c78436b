using Commissioning.Domain.Common;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.Hosting;

public static class DomainServiceCollectionExtensions
{
    /// <summary>
    /// The policy defaults (<see cref="CommissioningOptions"/>, section <c>Commissioning</c>: due days, service
    /// levels, tolerances, severities, bank holidays) and the clock, shared by mutations, reports and seeding.
    /// Invalid settings stop the host at start with the reasons, rather than surfacing in a later request.
    /// </summary>
    public static IServiceCollection AddCommissioningDomain(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CommissioningOptions>()
            .Bind(configuration.GetSection(CommissioningOptions.SectionName))
            .Validate(o => o.Validate().Count == 0, "The Commissioning section is invalid (due days, service levels and tolerances must be positive).")
            .ValidateOnStart();
        // Resolvers written before options were registered ask for the plain type; both resolve the same instance.
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CommissioningOptions>>().Value);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock>(sp => new SystemClock(sp.GetRequiredService<TimeProvider>()));
        return services;
    }
}
