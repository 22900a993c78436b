using Commissioning.Domain.Common;

namespace Commissioning.Domain.Incidents;

/// <summary>
/// A safeguarding incident reported by or about a provider: the first of the "three points"
/// at which improvement actions arise (DOR 4.8). The summary is sensitive: dashboards never
/// see it (DOMAIN.md "Who uses it").
/// </summary>
public sealed class Incident : AggregateRoot
{
    public const int ExternalReferenceMaxLength = 100;
    public const int SummaryMaxLength = 4000;

    private Incident() { }

    private Incident(Guid id) : base(id) { }

    public Guid ProviderId { get; private set; }

    public IncidentType Type { get; private set; }

    public DateOnly ReportedOn { get; private set; }

    /// <summary>The reference in the reporting system (e.g. StEIS), so the record can be traced.</summary>
    public string ExternalReference { get; private set; } = "";

    public string Summary { get; private set; } = "";

    public DateTimeOffset RecordedAt { get; private set; }

    public string RecordedBy { get; private set; } = "";

    /// <summary>Provider staff record their own incidents; the commissioner records any.</summary>
    public static Result<Incident> Record(
        Actor actor,
        Guid providerId,
        IncidentType type,
        DateOnly reportedOn,
        string externalReference,
        string summary,
        IClock clock)
    {
        var allowed = CheckWriter(actor, providerId, "record an incident");
        if (allowed.IsFailure)
        {
            return allowed.Error;
        }
        var invalid = Validate(providerId, type, reportedOn, externalReference, summary, clock);
        if (invalid is not null)
        {
            return invalid;
        }
        var incident = new Incident(DomainIds.New())
        {
            ProviderId = providerId,
            RecordedAt = clock.Now,
            RecordedBy = actor.UserId,
        };
        incident.Apply(type, reportedOn, externalReference, summary);
        return incident;
    }

    public Result Amend(
        Actor actor,
        IncidentType type,
        DateOnly reportedOn,
        string externalReference,
        string summary,
        IClock clock)
    {
        var allowed = CheckWriter(actor, ProviderId, "amend this incident");
        if (allowed.IsFailure)
        {
            return allowed;
        }
        var invalid = Validate(ProviderId, type, reportedOn, externalReference, summary, clock);
        if (invalid is not null)
        {
            return invalid;
        }
        Apply(type, reportedOn, externalReference, summary);
        Touch();
        return Result.Success();
    }

    private void Apply(IncidentType type, DateOnly reportedOn, string externalReference, string summary)
    {
        Type = type;
        ReportedOn = reportedOn;
        ExternalReference = externalReference.Trim();
        Summary = summary.Trim();
    }

    private static Result CheckWriter(Actor actor, Guid providerId, string action) =>
        actor.HasRole(Role.ChiefExecutive, Role.Dashboard)
            ? new DomainError(ErrorCodes.Forbidden, $"{actor.Role.ToClaim()} may not {action}.")
            : actor.RequireCommissionerOrOwnProvider(providerId, action);

    private static DomainError? Validate(
        Guid providerId,
        IncidentType type,
        DateOnly reportedOn,
        string externalReference,
        string summary,
        IClock clock) =>
        Inputs.FirstOf(
            Inputs.NotEmpty(providerId, "providerId"),
            Enum.IsDefined(type) ? null : DomainError.Validation($"Unknown incident type {type}.", "type"),
            Inputs.NotInFuture(reportedOn, clock, "reportedOn"),
            Inputs.RequiredText(externalReference, "externalReference", ExternalReferenceMaxLength),
            Inputs.RequiredText(summary, "summary", SummaryMaxLength));
}
