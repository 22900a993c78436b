using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Commissioning.Domain.Meetings;
using Commissioning.GraphQL.Types;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// Quality and Contract Monitoring Meetings (DOR 4.19) and the contract sanctions raised at them (DOR 5.2):
/// the <c>MonitoringMeeting</c> type, the <c>monitoringMeetings</c> connection and <c>recordMonitoringMeeting</c>.
/// </summary>
public sealed class MeetingsModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        var types = schema.Types;
        types.DescribedEnum("SanctionKind", "A contract sanction the commissioner may raise when a provider fails to meet specifications or targets (DOR 5.2).",
            new Dictionary<SanctionKind, string>
            {
                [SanctionKind.PenaltyFine] = "A financial penalty; it has an amount.",
                [SanctionKind.ContractWithdrawal] = "Withdrawal of the contract; it has no amount.",
            });

        schema.Nodes.Add<MonitoringMeeting, Guid>(MonitoringMeetingNode, FetchMeetings);
        var meetings = schema.Conventions.Queryable<MonitoringMeeting, Guid>(MonitoringMeetingNode, m => m.Id, q => q
            .FilterById("provider", m => m.ProviderId, ProviderNode)
            .FilterAndSort("heldOn", m => m.HeldOn)
            .OrderByDefault("heldOn", SortEnumType.Desc));

        types.Object<MonitoringMeeting>(MonitoringMeetingNode, t =>
        {
            t.Description("A Quality and Contract Monitoring Meeting with one provider, where its action plans, indicators and audits were reviewed (DOR 4.19).");
            t.NodeId(x => x.Id);
            t.Field("version", x => x.Version).Description("Changes whenever the meeting record changes.");
            t.FieldAsync("provider", (x, c) => Loaders.Provider(c).LoadAsync(x.ProviderId))
                .Type(TypeReference.Named(ProviderNode).NonNull()).Description("The provider the meeting monitored.");
            t.Field("heldOn", x => x.HeldOn).Description("The day the meeting was held.");
            t.Field("notes", x => x.Notes).Description("The meeting's notes; empty when none were taken.");
            t.FieldAsync("reviewedActionPlans", async (x, c) => (await NodeRegistry.Loader<ActionPlan, Guid>(c, ActionPlanNode, CaseRecordLoaders.FetchPlans)
                    .LoadManyAsync(x.ReviewedPlanIds)).OfType<ActionPlan>().ToList())
                .Type(TypeReference.Named(ActionPlanNode).NonNull().List().NonNull())
                .Description("The action plans the meeting reviewed, in the order recorded; fetched together for every meeting of a page.");
            t.Field("reviewedActionPlanIds", (x, _) => x.ReviewedPlanIds.Select(id => NodeId.Encode(ActionPlanNode, id)).ToList())
                .Type(TypeReference.Of(new NonNullType(new ListType(new NonNullType(Scalars.ID))))).Description("The ids of the action plans the meeting reviewed.")
                .Deprecated("Use `reviewedActionPlans { id }`, which also gives each plan's title and status.");
            t.FieldAsync("reviewedIndicators", async (x, c) => (await IndicatorLoader(c).LoadManyAsync(x.ReviewedIndicatorIds)).OfType<Indicator>().ToList())
                .Type(TypeReference.Named(IndicatorNode).NonNull().List().NonNull()).Description("The schedule indicators the meeting reviewed.");
            t.FieldAsync("reviewedAudits", async (x, c) => (await NodeRegistry.Loader<Audit, Guid>(c, AuditNode, Loaders.FetchAudits).LoadManyAsync(x.ReviewedAuditIds)).OfType<Audit>().ToList())
                .Type(TypeReference.Named(AuditNode).NonNull().List().NonNull()).Description("The audits the meeting reviewed.");
            t.Field("decisions", x => x.Decisions).Description("What the meeting decided, in the order recorded.");
            t.Field("sanctions", x => x.Sanctions).Description("Contract sanctions raised at the meeting.");
            t.Field("recordedBy", x => x.RecordedByUserId).Description("The user who recorded the meeting.");
        });

        types.Object<ContractSanction>("ContractSanction", t =>
        {
            t.Description("A contract sanction raised at a monitoring meeting (DOR 5.2).");
            t.Field("kind", x => x.Kind).Description("A penalty fine or contract withdrawal.");
            t.Field("amount", x => x.Amount).Description("The fine in pounds; null for a withdrawal.");
            t.Field("reason", x => x.Reason).Description("Which specification or target was not met.");
            t.Field("contractId", (x, _) => x.ContractId is { } id ? NodeId.Encode(ContractNode, id) : null)
                .Type(TypeReference.Of(Scalars.ID)).Description("The contract sanctioned, when one was named.");
            t.Field("raisedAt", x => x.RaisedAt).Description("When the sanction was recorded.");
            t.Field("raisedBy", x => x.RaisedByUserId).Description("The user who raised it.");
        });

        schema.Query(q => q.Connection("monitoringMeetings", schema.Conventions, meetings, (_, c) => Visible(c))
            .Description("Monitoring meetings, most recent first. Provider staff see only their own organisation's."));

        schema.Types.InputObject<ReviewedIndicatorInput>("ReviewedIndicatorInput", i =>
        {
            i.Description("An indicator of one of the provider's schedules.");
            i.Field(x => x.ScheduleId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The schedule holding the indicator.");
            i.Field(x => x.Code).Description("The indicator's code in that schedule.");
        });

        schema.Types.InputObject<RaiseSanctionInput>("RaiseSanctionInput", i =>
        {
            i.Description("A contract sanction to raise at a meeting.");
            i.Field(x => x.Kind).Description("A penalty fine or contract withdrawal.");
            i.Field(x => x.Amount).Description("The fine in pounds, greater than zero; leave out for a withdrawal.");
            i.Field(x => x.Reason).Description("Which specification or target was not met.");
            i.Field(x => x.ContractId).Type(TypeReference.Of(Scalars.ID)).Description("The provider's contract the sanction applies to, if one.");
        });

        schema.Mutation(m => m.MutationField<RecordMonitoringMeetingInput, MonitoringMeeting>(schema.Conventions,
                "recordMonitoringMeeting", "meeting", MonitoringMeetingNode, DescribeInput,
                Codes(ErrorCodes.NotFound, ErrorCodes.Forbidden, ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture), RecordAsync)
            .Description("Records a monitoring meeting held with a provider: what it reviewed, its decisions and any contract sanctions. " +
                         "Quality team, designated nurse or Director; only the quality team or the Director may raise sanctions."));
    }

    private static void DescribeInput(InputObjectTypeBuilder<RecordMonitoringMeetingInput> i)
    {
        i.Description("A monitoring meeting that took place.");
        i.Field(x => x.ProviderId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The provider monitored.");
        i.Field(x => x.HeldOn).Description("The day it was held; not in the future.");
        i.Field(x => x.Notes).Description("The meeting's notes.");
        var ids = TypeReference.Of(new ListType(new NonNullType(Scalars.ID)));
        i.Field(x => x.ReviewedActionPlanIds).Type(ids).Description("The provider's action plans reviewed.");
        i.Field(x => x.ReviewedIndicators).Description("Indicators of the provider's schedules reviewed.");
        i.Field(x => x.ReviewedAuditIds).Type(ids).Description("Audits of the provider's schedules reviewed.");
        i.Field(x => x.Decisions).Description("What the meeting decided.");
        i.Field(x => x.Sanctions).Description("Contract sanctions raised.");
    }

    /// <summary>The meetings the caller may see: provider staff only their own organisation's.</summary>
    private static IQueryable<MonitoringMeeting> Visible(IResolveFieldContext context)
    {
        var meetings = context.Db().MonitoringMeetings.AsNoTracking();
        return context.Caller() is { IsProvider: true, ProviderId: var own } ? meetings.Where(m => m.ProviderId == own) : meetings;
    }

    private static Task<Result<MonitoringMeeting>> RecordAsync(RecordMonitoringMeetingInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<MonitoringMeeting>(context, async scope =>
        {
            var (actor, clock, db, ct) = (scope.Actor, scope.Clock, scope.Db, scope.CancellationToken);
            var providerId = Key(input.ProviderId, ProviderNode);
            var planIds = (input.ReviewedActionPlanIds ?? []).Select(id => Key(id, ActionPlanNode)).ToList();
            var indicators = (input.ReviewedIndicators ?? []).Select(i => (Schedule: Key(i.ScheduleId, ScheduleNode), i.Code)).ToList();
            var auditIds = (input.ReviewedAuditIds ?? []).Select(id => Key(id, AuditNode)).ToList();
            var sanctions = (input.Sanctions ?? []).Select(s => (Input: s, ContractId: OptionalKey(s.ContractId, ContractNode))).ToList();

            if ((await db.Providers.FindAsync([providerId], ct)).VisibleTo(actor, p => p.Id) is null) return DomainError.NotFound("Provider", input.ProviderId);
            // What the meeting reviewed and sanctioned must be this provider's: another's would leak into its record.
            var unknown = await UnknownReferenceAsync(db, providerId, planIds, auditIds, sanctions.Select(s => s.ContractId), ct);
            if (unknown is not null) return unknown;
            var indicatorIds = new List<Guid>();
            if (indicators.Count > 0)
            {
                var scheduleIds = indicators.Select(i => i.Schedule).Distinct().ToList();
                var schedules = await db.Schedules.AsNoTracking().Where(s => s.ProviderId == providerId && scheduleIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, ct);
                foreach (var (schedule, code) in indicators)
                {
                    if (schedules.GetValueOrDefault(schedule)?.FindIndicator(code) is not { } indicator)
                        return new DomainError(ErrorCodes.NotFound, $"The provider has no schedule {NodeId.Encode(ScheduleNode, schedule)} with indicator '{code}'.", "reviewedIndicators");
                    indicatorIds.Add(indicator.Id);
                }
            }

            var recorded = MonitoringMeeting.Record(actor, providerId, input.HeldOn, input.Notes, clock);
            if (recorded.IsFailure) return recorded.Error;
            var meeting = recorded.Value;
            var outcome = planIds.Count + indicatorIds.Count + auditIds.Count > 0
                ? meeting.RecordReviewed(actor, planIds, indicatorIds, auditIds)
                : Result.Success();
            foreach (var decision in input.Decisions ?? []) outcome = outcome.Then(() => meeting.RecordDecision(actor, decision));
            foreach (var (sanction, contractId) in sanctions)
                outcome = outcome.Then(() => meeting.RaiseSanction(actor, sanction.Kind, sanction.Amount, sanction.Reason, contractId, clock).AsResult());
            if (outcome.IsSuccess) db.MonitoringMeetings.Add(meeting);
            return outcome.Returning(meeting);
        });

    private static async Task<DomainError?> UnknownReferenceAsync(Data.CommissioningDbContext db, Guid providerId, List<Guid> planIds,
        List<Guid> auditIds, IEnumerable<Guid?> contractIds, CancellationToken ct)
    {
        var contracts = contractIds.OfType<Guid>().Distinct().ToList();
        if (planIds.Count > 0)
        {
            var known = await db.ActionPlans.AsNoTracking().Where(p => p.ProviderId == providerId && planIds.Contains(p.Id)).Select(p => p.Id).ToListAsync(ct);
            if (planIds.Except(known).FirstOrDefault() is var missing && missing != Guid.Empty) return DomainError.NotFound("Action plan", NodeId.Encode(ActionPlanNode, missing));
        }
        if (contracts.Count > 0)
        {
            var known = await db.Contracts.AsNoTracking().Where(c => c.ProviderId == providerId && contracts.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct);
            if (contracts.Except(known).FirstOrDefault() is var missing && missing != Guid.Empty) return DomainError.NotFound("Contract", NodeId.Encode(ContractNode, missing));
        }
        if (auditIds.Count > 0)
        {
            var schedules = await db.Schedules.AsNoTracking().Where(s => s.ProviderId == providerId).ToListAsync(ct);
            var audits = schedules.SelectMany(s => s.AuditSchedule?.Audits ?? []).Select(a => a.Id).ToHashSet();
            if (auditIds.FirstOrDefault(id => !audits.Contains(id)) is var a && a != Guid.Empty) return DomainError.NotFound("Audit", NodeId.Encode(AuditNode, a));
        }
        return null;
    }

    /// <summary>Indicators by id: they are not nodes, so this loader is the meetings' own.</summary>
    private static Commissioning.GraphQL.DataLoader.BatchDataLoader<Guid, Indicator> IndicatorLoader(IResolveFieldContext context) =>
        context.DataLoaders.Batch<Guid, Indicator>("meetings:indicators", async (ids, ct) =>
            await context.Db().Set<Indicator>().AsNoTracking().Where(x => ids.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct));

    /// <summary>
    /// Meetings by id for <c>node(id:)</c>: the registry hands over only request services, so the caller is
    /// read from the request's principal; provider staff get nothing for another provider's meeting.
    /// </summary>
    private static async Task<IReadOnlyDictionary<Guid, MonitoringMeeting>> FetchMeetings(IServiceProvider s, IReadOnlyList<Guid> ids, CancellationToken ct)
    {
        var meetings = s.GetRequiredService<Data.CommissioningDbContext>().MonitoringMeetings.AsNoTracking().Where(x => ids.Contains(x.Id));
        if (CallerClaims.ToActor(s.GetService<IHttpContextAccessor>()?.HttpContext?.User) is { IsProvider: true, ProviderId: var own })
            meetings = meetings.Where(m => m.ProviderId == own);
        return await meetings.ToDictionaryAsync(x => x.Id, ct);
    }
}

public sealed class RecordMonitoringMeetingInput
{
    public string ProviderId { get; set; } = "";
    public DateOnly HeldOn { get; set; }
    public string? Notes { get; set; }
    public List<string>? ReviewedActionPlanIds { get; set; }
    public List<ReviewedIndicatorInput>? ReviewedIndicators { get; set; }
    public List<string>? ReviewedAuditIds { get; set; }
    public List<string>? Decisions { get; set; }
    public List<RaiseSanctionInput>? Sanctions { get; set; }
}

public sealed class ReviewedIndicatorInput
{
    public string ScheduleId { get; set; } = "";
    public string Code { get; set; } = "";
}

public sealed class RaiseSanctionInput
{
    public SanctionKind Kind { get; set; }
    public decimal? Amount { get; set; }
    public string Reason { get; set; } = "";
    public string? ContractId { get; set; }
}
