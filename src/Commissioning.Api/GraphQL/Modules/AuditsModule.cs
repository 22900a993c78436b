using System.Linq.Expressions;
using Commissioning.Api.Data;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Audits of a schedule's audit schedule, the issues they must cover, and their outcomes.</summary>
public sealed class AuditsModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        schema.Nodes.Add<Audit, Guid>("Audit", Loaders.FetchAudits).Add<MandatedIssue, Guid>("MandatedIssue", FetchMandatedIssues);
        var audits = schema.Conventions.Queryable<Audit, Guid>("Audit", x => x.Id, q => q
            .FilterById("id", x => x.Id, "Audit")
            .FilterByRelatedId("provider", ProviderOfAudit, "Provider")
            .FilterAndSort("topic", x => x.Topic)
            .FilterAndSort("status", x => x.Status)
            .Filter("assuranceLevel", x => x.AssuranceLevel)
            .FilterAndSort("plannedQuarter", x => x.PlannedQuarter)
            .FilterAndSort("dueDate", x => x.DueDate)
            .OrderByDefault("dueDate"));

        schema.Types.Object<MandatedIssue>("MandatedIssue", m =>
        {
            m.Description("An issue the commissioner requires the provider's audits to cover.");
            m.NodeId(x => x.Id);
            m.Field("title", x => x.Title).Description("The issue in a few words.");
            m.Field("description", x => x.Description).Description("What the audit should look at.");
        });

        schema.Types.Object<Audit>("Audit", a =>
        {
            a.Description("An audit in a schedule's audit schedule: planned for a quarter, and once reported, its assurance level and findings.");
            a.NodeId(x => x.Id);
            a.Field("topic", x => x.Topic).Description("What is audited.");
            a.FieldAsync("mandatedIssue", (x, c) => x.MandatedIssueId is { } id
                    ? NodeRegistry.Loader<MandatedIssue, Guid>(c, "MandatedIssue", FetchMandatedIssues).LoadAsync(id)
                    : Task.FromResult<MandatedIssue?>(null))
                .Type("MandatedIssue").Description("The mandated issue it covers, if any.");
            a.Field("plannedQuarter", x => x.PlannedQuarter).Description("The quarter it is planned for.");
            a.Field("dueDate", x => x.DueDate).Description("When it must be reported by; after this an unreported audit is overdue.");
            a.Field("status", x => x.Status).Description("Where it has got to.");
            a.Field("assuranceLevel", x => x.AssuranceLevel).Description("The assurance it gave; null until reported.");
            a.Field("findings", x => x.Findings).Description("What the audit found; null until reported.");
            a.Field("reportedOn", x => x.ReportedOn).Description("When it was reported.");
            a.Field("cancellationReason", x => x.CancellationReason).Description("Why it was cancelled, if it was.");
            a.Field("needsActionPlan", x => x.NeedsActionPlan).Description("True when limited or no assurance calls for an action plan that is not yet linked.");
            a.Field("actionPlanId", (x, _) => x.ActionPlanId is { } id ? NodeId.Encode("ActionPlan", id) : null)
                .Type(TypeReference.Of(Scalars.ID)).Description("The id of the action plan answering its findings, once linked.");
            a.FieldAsync("section11Schedule", async (x, c) =>
                {
                    var scheduleId = await Loaders.ScheduleIdOfAudit(c).LoadAsync(x.Id);
                    return (await Loaders.Schedule(c).LoadAsync(scheduleId))!;
                })
                .Type(TypeReference.Named("Section11Schedule").NonNull()).Description("The schedule the audit belongs to.");
        });

        schema.Query(q => q.Connection("audits", schema.Conventions, audits, (_, c) => c.Db().Set<Audit>().AsNoTracking())
            .Description("Audits of every schedule, earliest due first unless you say otherwise; `where: { provider: { eq: $id } }` keeps one provider's."));
    }

    /// <summary>
    /// An audit's provider is its schedule's: a correlated subquery on the request's context (the captured
    /// set becomes part of the same SQL statement), since audits do not repeat the provider themselves.
    /// </summary>
    private static Expression<Func<Audit, Guid>> ProviderOfAudit(IResolveFieldContext context)
    {
        var schedules = context.Db().Schedules;
        return audit => schedules
            .Where(s => s.AuditSchedule!.Id == EF.Property<Guid>(audit, "AuditScheduleId"))
            .Select(s => s.ProviderId)
            .FirstOrDefault();
    }

    private static async Task<IReadOnlyDictionary<Guid, MandatedIssue>> FetchMandatedIssues(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct) =>
        await s.GetRequiredService<CommissioningDbContext>().Set<MandatedIssue>().AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
}
