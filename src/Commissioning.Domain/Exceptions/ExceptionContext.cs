using System.Globalization;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;

namespace Commissioning.Domain.Exceptions;

/// <summary>What every detector needs: the records, the as-of date, the configuration and the working calendar.</summary>
public sealed class ExceptionContext
{
    public ExceptionContext(ExceptionSnapshot snapshot, DateOnly asOf, CommissioningOptions options)
    {
        Snapshot = snapshot;
        AsOf = asOf;
        Options = options;
        Calendar = new WorkingCalendar(options);
        // Indexed once: detectors look records up per line, and a whole-CCG snapshot is large.
        _providers = new(() => snapshot.Providers.DistinctBy(p => p.Id).ToDictionary(p => p.Id));
        _schedules = new(() => snapshot.AllSchedules().ToDictionary(s => s.Schedule.Id, s => s.Schedule));
        _incidents = new(() => snapshot.Incidents.DistinctBy(i => i.Id).ToDictionary(i => i.Id));
    }

    private readonly Lazy<Dictionary<Guid, Provider>> _providers;
    private readonly Lazy<Dictionary<Guid, Section11Schedule>> _schedules;
    private readonly Lazy<Dictionary<Guid, Incident>> _incidents;

    public ExceptionSnapshot Snapshot { get; }

    /// <summary>The day the exceptions are computed for.</summary>
    public DateOnly AsOf { get; }

    public CommissioningOptions Options { get; }

    /// <summary>Weekdays less <see cref="CommissioningOptions.BankHolidays"/>: service levels count these.</summary>
    public WorkingCalendar Calendar { get; }

    /// <summary>
    /// The first day beyond a service level of <paramref name="workingDays"/> working days that
    /// started on <paramref name="start"/>. The last day allowed is
    /// <see cref="WorkingCalendar.AddWorkingDays"/> (the start day not counted, so a Friday
    /// submission with one working day is due on Monday); the exception arises the calendar
    /// day after it.
    /// </summary>
    public DateOnly BeyondServiceLevel(DateOnly start, int workingDays) =>
        Calendar.AddWorkingDays(start, workingDays).AddDays(1);

    /// <summary>The calendar day of an instant, as recorded (the instant's own offset).</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.DateTime);

    /// <summary>A date as a quality-team member writes it: 5 Nov 2025.</summary>
    public static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>An enum value in the words of a sentence: NOT_STARTED becomes "not started".</summary>
    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => value.ToCode().Replace('_', ' ').ToLowerInvariant();

    /// <summary>The provider's name, or a clear stand-in when the snapshot does not hold it.</summary>
    public string ProviderName(Guid providerId) => FindProvider(providerId)?.Name ?? $"Provider {providerId}";

    public Provider? FindProvider(Guid providerId) => _providers.Value.GetValueOrDefault(providerId);

    public Section11Schedule? FindSchedule(Guid scheduleId) => _schedules.Value.GetValueOrDefault(scheduleId);

    /// <summary>
    /// Schedules whose contract is live on the as-of date: the CCG monitors audits and the
    /// schedule's parts only while the contract runs. A schedule whose contract was not loaded
    /// is left out, since its period is unknown.
    /// </summary>
    public IEnumerable<(Section11Schedule Schedule, Contract Contract)> LiveSchedules() =>
        from pair in Snapshot.AllSchedules()
        where pair.Contract is not null && pair.Contract.IsLiveOn(AsOf)
        select (pair.Schedule, pair.Contract!);

    /// <summary>
    /// How a plan is named in a sentence: its title, and the external reference of the
    /// incident it answers when loaded (never the incident's summary, which is sensitive).
    /// </summary>
    public string PlanLabel(ActionPlan plan)
    {
        var label = $"action plan \"{plan.Title}\"";
        return plan.SourceRecordKind == SourceRecordKind.Incident && _incidents.Value.GetValueOrDefault(plan.SourceRecordId) is { } incident
            ? $"{label} (incident {incident.ExternalReference})"
            : label;
    }
}
