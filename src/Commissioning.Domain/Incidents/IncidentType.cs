namespace Commissioning.Domain.Incidents;

/// <summary>The incident kinds that raise safeguarding action plans (DOR 4.8, 4.17, 5.3).</summary>
public enum IncidentType
{
    /// <summary>Serious Untoward Incident.</summary>
    Sui,

    AdverseIncident,

    /// <summary>Serious Incident Requiring Investigation (DOR 5.3; the seeds never abbreviate it).</summary>
    Siri,
}
