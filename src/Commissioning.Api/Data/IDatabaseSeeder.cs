namespace Commissioning.Api.Data;

/// <summary>
/// Fills a freshly migrated, empty database (one with no providers). Every registered seeder
/// runs once, in registration order, at the first start against that database.
/// </summary>
public interface IDatabaseSeeder
{
    Task SeedAsync(CommissioningDbContext db, CancellationToken cancellationToken);
}
