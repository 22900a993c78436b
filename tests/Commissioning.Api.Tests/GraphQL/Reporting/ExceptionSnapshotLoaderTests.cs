using System.Text.RegularExpressions;
using Commissioning.Api.Data;
using Commissioning.Api.Data.Demo;
using Commissioning.Api.Reporting;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Reviews;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.GraphQL.Reporting;

/// <summary>
/// Every provider's snapshot is read through the lean model (<see cref="ExceptionSnapshotDbContext"/>): it must hold
/// exactly what the main model loads, member by member, but for the members it leaves out on purpose (listed here),
/// and give the same exception lines; on both engines (the JSON columns are read by another reader there).
/// </summary>
public sealed partial class ExceptionSnapshotLoaderTests
{
    [Fact]
    public async Task One_providers_snapshot_holds_its_records_and_every_review_on_its_cases()
    {
        using var database = TestDatabase.Migrated();
        Guid mine, other, lscbId;
        using (var db = database.NewContext())
        {
            var lscb = ReportingSeed.AddLscb(db);
            lscbId = lscb.Id;
            mine = ReportingSeed.AddProvider(db, lscb, 1).Provider.Id;
            other = ReportingSeed.AddProvider(db, lscb, 2).Provider.Id;
            db.AddRange(
                Open(ReviewKind.ProviderImr, "SCR-1", lscbId, mine),
                // The CCG's Health Overview Report on the same case belongs to no provider, yet
                // AUTHOR_CONFLICT compares its author with the provider's IMR author (DOR 4.10).
                Open(ReviewKind.HealthOverviewReport, "SCR-1", lscbId, null),
                Open(ReviewKind.HealthOverviewReport, "SCR-2", lscbId, null),
                Open(ReviewKind.ProviderImr, "SCR-3", lscbId, other));
            db.SaveChanges();
        }

        using var read = database.NewContext();
        var snapshot = await new ExceptionSnapshotLoader(read).LoadAsync(mine, CancellationToken.None);

        Assert.Equal([mine], snapshot.Providers.Select(p => p.Id));
        Assert.All(snapshot.Contracts, c => Assert.Equal(mine, c.ProviderId));
        Assert.NotNull(Assert.Single(snapshot.Contracts).Schedule);
        Assert.Equal(["SCR-1", "SCR-1"], snapshot.Reviews.Select(r => r.CaseReference));
        Assert.Empty(read.ChangeTracker.Entries());

        var everyone = await new ExceptionSnapshotLoader(read).LoadAsync(null, CancellationToken.None);
        Assert.Equal(2, everyone.Providers.Count);
        Assert.Equal(4, everyone.Reviews.Count);
    }

    private static Review Open(ReviewKind kind, string caseReference, Guid lscbId, Guid? providerId)
    {
        var result = Review.Open(ReportingSeed.QualityTeam, kind, caseReference, lscbId, null, providerId,
            new DateOnly(2025, 9, 1), new DateOnly(2026, 1, 31), new CommissioningOptions(), ReportingSeed.Clock);
        return result.IsSuccess ? result.Value : throw new InvalidOperationException(result.Error!.ToString());
    }

    // The members the lean model does not read: nothing in the engine or the reports over the snapshot reads them.
    [GeneratedRegex("""
        ^ExceptionSnapshot\.(
          Providers\[\d+\]\.SubContractors
        | Contracts\[\d+\]\.(ServiceDescription|CommissionerLead)
        | Contracts\[\d+\]\.Schedule\.Assessments\[\d+\]\.(Evidence|AssessedBy|ModerationComment|ModeratedBy)
        | Contracts\[\d+\]\.Schedule\.Indicators\[\d+\]\.Citation
        | Contracts\[\d+\]\.Schedule\.AuditSchedule\.MandatedIssues\[\d+\]\.Description
        | Contracts\[\d+\]\.Schedule\.AuditSchedule\.Audits\[\d+\]\.(Findings|CancellationReason)
        | IndicatorReturns\[\d+\]\.SubmittedBy
        | Incidents\[\d+\]\.(Summary|RecordedAt|RecordedBy)
        | Reviews\[\d+\]\.(SignOffSteps|ForwardedActionPlanIds)
        | ActionPlans\[\d+\]\.SubmittedToLscbIds
        | ActionPlans\[\d+\]\.Actions\[\d+\]\.(IntendedOutcome|HowReviewed|Evidence)
        | ActionPlans\[\d+\]\.ProgressUpdates\[\d+\]\.(Entries|OverallNarrative|SubmittedByUserId|SubmittedByName|SubmittedByRole)
        | ActionPlans\[\d+\]\.Scrutinies\[\d+\]\.(Advice|ByUserId|ByName|RecordedAt)
        )(\.|\[|\s=)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex LeftOut();

    [Fact]
    public async Task The_lean_snapshot_of_every_provider_holds_what_the_main_model_loads_but_the_members_left_out()
    {
        using var database = TestDatabase.Migrated();
        var demo = new DemoDataOptions { Providers = 3, ActionPlansPerProvider = 12, SeedBatchSize = 3 };
        await database.SeedDemoAsync(demo);

        ExceptionSnapshot full, lean;
        await using (var db = database.NewContext())
        {
            full = new ExceptionSnapshot
            {
                Providers = await db.Providers.AsNoTracking().ToListAsync(),
                Contracts = await db.Contracts.AsNoTracking().ToListAsync(),
                IndicatorReturns = await db.IndicatorReturns.AsNoTracking().ToListAsync(),
                Incidents = await db.Incidents.AsNoTracking().ToListAsync(),
                Reviews = await db.Reviews.AsNoTracking().ToListAsync(),
                ActionPlans = await db.ActionPlans.AsNoTracking().ToListAsync(),
            };
        }
        await using (var db = database.NewContext())
            lean = await new ExceptionSnapshotLoader(db).LoadAsync(null, CancellationToken.None);

        var expected = DomainSnapshot.Of(full).Where(line => !LeftOut().IsMatch(line)).ToList();
        var actual = DomainSnapshot.Of(lean).Where(line => !LeftOut().IsMatch(line)).ToList();
        Assert.True(expected.Count > 1000, $"only {expected.Count} lines: the demo data should exercise every member");
        var diff = expected.Zip(actual).Where(p => p.First != p.Second).Take(20).Select(p => $"- {p.First}{Environment.NewLine}+ {p.Second}").ToList();
        Assert.True(diff.Count == 0 && expected.Count == actual.Count,
            $"{expected.Count} lines expected, {actual.Count} read:{Environment.NewLine}{string.Join(Environment.NewLine, diff)}");
        // The JSON columns read by the lean model's own reader are not empty in the demo data.
        Assert.Contains(lean.ActionPlans, p => p.History.Count > 1);
        Assert.Contains(lean.IndicatorReturns, r => r.Values.Count > 0);
        Assert.Contains(lean.Reviews, r => r.Authors.Count > 0);

        var engine = new ExceptionEngine();
        var options = new CommissioningOptions();
        var asOf = DemoDataGenerator.Generate(demo).Options.AsOf;
        foreach (var day in new[] { asOf, asOf.AddDays(-120), asOf.AddDays(-400) })
        {
            var fullLines = engine.Compute(full, day, options);
            Assert.NotEmpty(fullLines);
            Assert.Equal(fullLines, engine.Compute(lean, day, options));
        }
    }

    [Fact]
    public async Task One_provider_s_records_read_again_into_an_older_snapshot_give_what_a_full_load_gives()
    {
        using var database = TestDatabase.Migrated();
        var demo = new DemoDataOptions { Providers = 3, ActionPlansPerProvider = 12, SeedBatchSize = 3 };
        await database.SeedDemoAsync(demo);
        ExceptionSnapshot full, part;
        await using (var db = database.NewContext())
            full = await new ExceptionSnapshotLoader(db).LoadAsync(null, CancellationToken.None);
        var changed = full.Providers[1].Id;
        await using (var db = database.NewContext())
            part = await new ExceptionSnapshotLoader(db).LoadProvidersAsync([changed], CancellationToken.None);

        // Only that provider's records are read, with all their children.
        Assert.Equal([changed], part.Providers.Select(p => p.Id));
        Assert.Empty(part.Reviews);
        Assert.NotEmpty(part.ActionPlans);
        Assert.All(part.ActionPlans, p => Assert.Equal(changed, p.ProviderId));
        Assert.All(part.Contracts, c => Assert.Equal(changed, c.ProviderId));
        Assert.All(part.IndicatorReturns, r => Assert.Equal(changed, r.ProviderId));
        Assert.All(part.Incidents, i => Assert.Equal(changed, i.ProviderId));
        var mine = full.ActionPlans.Where(p => p.ProviderId == changed).ToList();
        Assert.Equal(mine.Sum(p => p.Actions.Count + p.ProgressUpdates.Count + p.Scrutinies.Count),
            part.ActionPlans.Sum(p => p.Actions.Count + p.ProgressUpdates.Count + p.Scrutinies.Count));
        Assert.Equal(full.Contracts.Where(c => c.ProviderId == changed).Sum(c => c.Schedule!.Indicators.Count + c.Schedule.Assessments.Count
                + c.Schedule.AuditSchedule!.Audits.Count + c.Schedule.AuditSchedule.MandatedIssues.Count),
            part.Contracts.Sum(c => c.Schedule!.Indicators.Count + c.Schedule.Assessments.Count
                + c.Schedule.AuditSchedule!.Audits.Count + c.Schedule.AuditSchedule.MandatedIssues.Count));

        // An older snapshot that lacks the provider's records entirely, brought up to date, reports as the full load.
        var older = new ExceptionSnapshot
        {
            Providers = [.. full.Providers.Where(p => p.Id != changed)],
            Contracts = [.. full.Contracts.Where(c => c.ProviderId != changed)],
            IndicatorReturns = [.. full.IndicatorReturns.Where(r => r.ProviderId != changed)],
            Incidents = [.. full.Incidents.Where(i => i.ProviderId != changed)],
            Reviews = full.Reviews,
            ActionPlans = [.. full.ActionPlans.Where(p => p.ProviderId != changed)],
        };
        ExceptionSnapshot updated;
        await using (var db = database.NewContext())
            updated = await new ExceptionSnapshotLoader(db).ReloadProvidersAsync(older, [changed], false, CancellationToken.None);
        var engine = new ExceptionEngine();
        var options = new CommissioningOptions();
        var asOf = DemoDataGenerator.Generate(demo).Options.AsOf;
        foreach (var day in new[] { asOf, asOf.AddDays(-120) })
        {
            var expected = engine.Compute(full, day, options);
            Assert.Contains(expected, line => line.ProviderId == changed);
            Assert.Equal(expected, engine.Compute(updated, day, options));
        }
    }
}
