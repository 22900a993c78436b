namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Node type names of the objects the administrative modules take and return, as their global ids carry them.</summary>
internal static class NodeTypeNames
{
    public const string ProviderNode = "Provider";
    public const string LscbNode = "Lscb";
    public const string ContractNode = "Contract";
    public const string ScheduleNode = "Section11Schedule";
    public const string IndicatorReturnNode = "IndicatorReturn";
    public const string MandatedIssueNode = "MandatedIssue";
    public const string AuditNode = "Audit";
    public const string IndicatorNode = "Indicator";
    public const string ActionPlanNode = "ActionPlan";
    public const string MonitoringMeetingNode = "MonitoringMeeting";
}
