namespace Commissioning.Api.Data.Demo;

/// <summary>
/// What the demo-data generator builds. The same options always give the same data, ids
/// included, so a demo, a test and a benchmark can all talk about "provider 17" and mean one thing.
/// Bound from the configuration section <see cref="SectionName"/>.
/// </summary>
public sealed class DemoDataOptions
{
    public const string SectionName = "Commissioning:DemoData";

    /// <summary>Whether the host seeds an empty database with demo data at start-up.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Seeds every random choice; change it for a different but equally valid commissioner.</summary>
    public int Seed { get; set; } = 20261123;

    /// <summary>How many providers the commissioner monitors; 5,000 is the scale benchmark.</summary>
    public int Providers { get; set; } = 40;

    /// <summary>How many financial years of history lead up to <see cref="AsOf"/>.</summary>
    public int Years { get; set; } = 4;

    /// <summary>
    /// Average action plans raised per provider over the whole history; trusts get more than GP
    /// practices. Each open plan owes an update every quarter, so this drives the update count:
    /// 5,000 providers with 70 plans each give about a million progress updates.
    /// </summary>
    public int ActionPlansPerProvider { get; set; } = 6;

    /// <summary>The day the history ends: nothing happens after it, and exceptions are computed as of it.</summary>
    public DateOnly AsOf { get; set; } = new(2026, 11, 23);

    /// <summary>Providers generated and saved together by the seeder.</summary>
    public int SeedBatchSize { get; set; } = 50;

    /// <summary>
    /// Insert the generated rows through prepared commands built from the EF model instead of SaveChanges:
    /// the same rows, about ten times faster, which matters at the benchmark's million progress updates.
    /// </summary>
    public bool BulkInsert { get; set; } = true;

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (Providers < 1)
        {
            errors.Add("Providers must be at least 1.");
        }
        if (Years is < 1 or > 20)
        {
            errors.Add("Years must be between 1 and 20.");
        }
        if (ActionPlansPerProvider < 0)
        {
            errors.Add("ActionPlansPerProvider cannot be negative.");
        }
        if (SeedBatchSize < 1)
        {
            errors.Add("SeedBatchSize must be at least 1.");
        }
        return errors;
    }
}
