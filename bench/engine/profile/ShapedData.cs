namespace Commissioning.Bench.EngineProfile;

public enum PlanSource { AdverseIncident, SeriousCaseReview, Audit }
public enum PlanStatus { Draft, Submitted, InProgress, Closed }
public enum ActionStatus { NotStarted, OnTrack, Complete }
public enum Rag { Red, Amber, Green, Grey }

public sealed record Manager(string Name, string JobTitle);
public sealed record PlanAction(Guid Id, string Description, string Owner, DateOnly DueDate, ActionStatus Status, DateOnly? CompletedOn);
public sealed record ProgressUpdate(Guid Id, string Quarter, int Revision, string OverallNarrative, string SubmittedByName, DateTimeOffset SubmittedAt);
public sealed record Scrutiny(Guid Id, string Subject, string Outcome, DateOnly ScrutinisedOn, string ByName);
public sealed record ActionPlan(Guid Id, string Title, PlanSource Source, PlanStatus Status, DateOnly RaisedOn, int Version, Manager? AccountableManager,
    PlanAction[] Actions, ProgressUpdate[] ProgressUpdates, Scrutiny[] Scrutinies);

public sealed record IndicatorRating(string Code, decimal? Value, Rag Rag);
public sealed record DutyRating(string DutyId, Rag? SelfAssessment, Rag? Moderation, Rag Rag);
public sealed record ProviderCompliance(Guid ProviderId, string ProviderName, string OdsCode, Rag IndicatorRag, Rag DutyRag,
    IndicatorRating[] Indicators, DutyRating[] Duties);

/// <summary>
/// In-memory data with the counts of the scale benchmark's responses at 40 providers (bench/results/*/responses):
/// plan tree 36 plans, 122 actions, 115 progress updates, 149 scrutinies (~109 KB); compliance summary 20 providers,
/// 200 indicators, 306 duties (~39 KB).
/// </summary>
public static class ShapedData
{
    private static readonly DateTimeOffset Epoch = new(2026, 4, 1, 9, 30, 0, TimeSpan.Zero);

    public static ActionPlan[] Plans { get; } = Enumerable.Range(0, 36).Select(p => new ActionPlan(
        Id(1, p), $"Adverse incident StEIS 2026/{p:000000}: learning and actions", (PlanSource)(p % 3), (PlanStatus)(p % 4),
        DateOnly.FromDateTime(Epoch.AddDays(p).Date), p % 7 + 1, p % 5 == 0 ? null : new Manager($"Manager {p}", "Chief Nurse"),
        Enumerable.Range(0, p < 14 ? 4 : 3).Select(a => new PlanAction(Id(2, p * 10 + a),
            "Re-audit child protection record keeping and report to the Board", "Head of HR",
            DateOnly.FromDateTime(Epoch.AddDays(30 + a).Date), (ActionStatus)(a % 3),
            a % 3 == 2 ? DateOnly.FromDateTime(Epoch.AddDays(60).Date) : null)).ToArray(),
        Enumerable.Range(0, p < 7 ? 4 : 3).Select(u => new ProgressUpdate(Id(3, p * 10 + u), $"2026-Q{u % 4 + 1}", 1 + u % 2,
            "The provider reports steady progress on every action; the board has seen the re-audit and accepted its findings.",
            $"Reporter {u}", Epoch.AddHours(p * 24 + u))).ToArray(),
        Enumerable.Range(0, p < 5 ? 5 : 4).Select(s => new Scrutiny(Id(4, p * 10 + s), s % 2 == 0 ? "PLAN" : "PROGRESS_UPDATE",
            s % 3 == 0 ? "ACCEPTED" : "REVISIONS_REQUESTED", DateOnly.FromDateTime(Epoch.AddDays(10 + s).Date), $"Nurse {s}")).ToArray())).ToArray();

    public static ProviderCompliance[] Providers { get; } = Enumerable.Range(0, 20).Select(p => new ProviderCompliance(
        Id(5, p), $"Provider {p} Pharmacy Services", $"Y{p:0000}", (Rag)(p % 4), (Rag)((p + 1) % 4),
        Enumerable.Range(0, 10).Select(i => new IndicatorRating($"INDICATOR_{i}", i % 4 == 0 ? null : 90m + i * 0.7m + p / 10m, (Rag)(i % 4))).ToArray(),
        Enumerable.Range(0, p < 6 ? 16 : 15).Select(d => new DutyRating($"S11-{d}", d % 3 == 0 ? null : (Rag)(d % 3), d % 2 == 0 ? null : Rag.Green,
            (Rag)(d % 4))).ToArray())).ToArray();

    private static Guid Id(int kind, int n) => new(kind, 0, 0, 0, 0, 0, 0, 0, 0, (byte)(n >> 8), (byte)n);
}
