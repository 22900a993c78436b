using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>Section 11 schedules: duties and their self-assessment and moderation, indicators, the audit schedule.</summary>
public sealed class SchedulesModule : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        var types = schema.Types;
        ScheduleEnums.Declare(types);
        schema.Nodes.Add<Section11Schedule, Guid>("Section11Schedule", Loaders.FetchSchedules);
        var schedules = schema.Conventions.Queryable<Section11Schedule, Guid>("Section11Schedule", x => x.Id, q => q
            .FilterById("id", x => x.Id, "Section11Schedule")
            .FilterById("provider", x => x.ProviderId, "Provider")
            .FilterById("contract", x => x.ContractId, "Contract")
            .Filter("framework", x => x.Framework));

        types.Object<Section11Schedule>("Section11Schedule", s =>
        {
            s.Description("The safeguarding schedule of a contract (DOR 4.1): duties with self-assessments, indicators with targets, an audit schedule, and agreement to copy action plans.");
            s.NodeId(x => x.Id);
            s.Field("framework", x => x.Framework).Description("The duties it assesses against.");
            s.FieldAsync("contract", async (x, c) => (await Loaders.Contract(c).LoadAsync(x.ContractId))!)
                .Type(TypeReference.Named("Contract").NonNull()).Description("The contract it belongs to.");
            s.FieldAsync("provider", async (x, c) => (await Loaders.Provider(c).LoadAsync(x.ProviderId))!)
                .Type(TypeReference.Named("Provider").NonNull()).Description("The provider it binds.");
            s.Field("duties", (x, _) => ScheduleDuty.Of(x)).Type(TypeReference.Named("ScheduleDuty").NonNull().List().NonNull())
                .Description("Every duty of the framework with the provider's self-assessment and its moderation, unassessed ones included.");
            s.Field("indicators", x => x.Indicators).Description("The indicators the provider reports quarterly, with targets and amber tolerances.");
            s.Field("auditSchedule", x => x.AuditSchedule).Description("The audits planned for the schedule's period; null until established.");
            s.Field("actionPlanCopying", x => x.ActionPlanCopying)
                .Description("The provider's agreement to copy action plans and updates to the commissioner; null until agreed.");
            s.Field("missingParts", x => x.MissingParts).Description("The parts still missing; a live contract's schedule must have all three.");
            s.Field("isComplete", x => x.IsComplete).Description("True when all three parts are in place.");
            s.FieldAsync("indicatorReturns", (x, c) => Loaders.ReturnsBySchedule(c).LoadAsync(x.Id))
                .Type(TypeReference.Named("IndicatorReturn").NonNull().List().NonNull())
                .Description("The quarterly indicator returns made against it, oldest quarter first.");
            s.Field("version", x => x.Version).Description("Changes with every edit; send it back when you change the schedule.");
        });

        types.Object<ScheduleDuty>("ScheduleDuty", d =>
        {
            d.Description("A duty the provider must meet, with its self-assessment and the commissioner's moderation.");
            d.Field("dutyId", x => x.Duty.Id).Description("The duty's stable id, e.g. S11-03 or L9-04.");
            d.Field("title", x => x.Duty.Title).Description("A short heading for the duty.");
            d.Field("text", x => x.Duty.Text).Description("The duty as the policy words it.");
            d.Field("citation", x => x.Duty.Citation).Description("Where the duty comes from in policy.");
            d.Field("rating", x => x.Assessment == null ? (ComplianceRating?)null : x.Assessment.Rating).Nullable()
                .Description("The provider's self-assessed rating; null until assessed.");
            d.Field("evidence", x => x.Assessment == null ? null : x.Assessment.Evidence).Nullable().Description("The provider's evidence for its rating.");
            d.Field("assessedBy", x => x.Assessment == null ? null : x.Assessment.AssessedBy).Nullable().Description("Who self-assessed the duty.");
            d.Field("assessedOn", x => x.Assessment == null ? null : x.Assessment.AssessedOn).Nullable().Description("When the duty was self-assessed.");
            d.Field("moderation", x => x.Assessment == null ? null : x.Assessment.Moderation).Nullable()
                .Description("Whether the commissioner agrees with the rating; null until moderated.");
            d.Field("moderationComment", x => x.Assessment == null ? null : x.Assessment.ModerationComment).Nullable().Description("The moderator's comment.");
            d.Field("moderatedBy", x => x.Assessment == null ? null : x.Assessment.ModeratedBy).Nullable().Description("Who moderated the assessment.");
            d.Field("moderatedOn", x => x.Assessment == null ? null : x.Assessment.ModeratedOn).Nullable().Description("When it was moderated.");
        });

        types.Object<Indicator>("Indicator", i =>
        {
            i.Description("A measure the provider reports each quarter, rated red, amber or green against its target.");
            i.Field("code", x => x.Code).Description("The indicator's code, unique within its schedule.");
            i.Field("name", x => x.Name).Description("What it measures.");
            i.Field("unit", x => x.Unit).Description("The unit of its values.");
            i.Field("direction", x => x.Direction).Description("Whether higher or lower values are better.");
            i.Field("target", x => x.Target).Description("The value to reach for green.");
            i.Field("amberTolerance", x => x.AmberTolerance).Description("How far short of target still counts as amber rather than red.");
            i.Field("citation", x => x.Citation).Description("The policy the indicator comes from.");
        });

        types.Object<AuditSchedule>("AuditSchedule", a =>
        {
            a.Description("Part 2 of a schedule: the audits for a period, covering the issues the commissioner mandates.");
            a.Field("periodStart", x => x.PeriodStart).Description("The first day of the period audited.");
            a.Field("periodEnd", x => x.PeriodEnd).Description("The last day of the period audited.");
            a.Field("mandatedIssues", x => x.MandatedIssues).Description("The issues the commissioner requires audits to cover.");
            a.Field("uncoveredMandatedIssues", (x, _) => x.UncoveredMandatedIssues().ToList())
                .Type(TypeReference.Named("MandatedIssue").NonNull().List().NonNull())
                .Description("Mandated issues no audit yet covers.");
            a.Field("audits", x => x.Audits).Description("The audits planned, under way, reported or cancelled.");
        });

        types.Object<ActionPlanCopyingTerms>("ActionPlanCopyingTerms", t =>
        {
            t.Description("Part 3 of a schedule: the provider agrees to copy its action plans and their updates to the commissioner.");
            t.Field("copyPlans", x => x.CopyPlans).Description("Whether action plans are copied.");
            t.Field("copyUpdates", x => x.CopyUpdates).Description("Whether progress updates are copied.");
            t.Field("recipient", x => x.Recipient).Description("Who at the commissioner receives the copies.");
            t.Field("agreedOn", x => x.AgreedOn).Description("When it was agreed.");
            t.Field("isSatisfied", x => x.IsSatisfied).Description("True when both plans and updates are copied, as the schedule requires.");
        });

        schema.Query(q => q.Connection("section11Schedules", schema.Conventions, schedules, (_, c) => c.Db().Schedules.AsNoTracking())
            .Description("Every Section 11 schedule; filter by provider or contract."));
    }
}
