using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.AuditTrail;
using Commissioning.Domain.Contracts;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Incidents;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Data;

// Global query filters for the context's DataScope. They read ScopedProviderId from the context instance,
// which EF Core turns into a SQL parameter per query; when it is null (unrestricted) the condition is
// dropped from the SQL. Children with identities of their own (actions, audits, ...) are filtered through
// their aggregate, because they are fetched by id on their own too. Code that must read across
// providers for a provider caller says so with IgnoreQueryFilters() and a reason.
public sealed partial class CommissioningDbContext
{
    /// <summary>The provider this context is restricted to (<see cref="DataScope"/>); null when unrestricted.</summary>
    public Guid? ScopedProviderId => _scope.ProviderId;

    private void ApplyDataScope(ModelBuilder model)
    {
        model.Entity<Provider>().HasQueryFilter(p => ScopedProviderId == null || p.Id == ScopedProviderId);
        model.Entity<SubContractor>().HasQueryFilter(s => ScopedProviderId == null || EF.Property<Guid>(s, "ProviderId") == ScopedProviderId);
        model.Entity<Contract>().HasQueryFilter(c => ScopedProviderId == null || c.ProviderId == ScopedProviderId);
        model.Entity<IndicatorReturn>().HasQueryFilter(r => ScopedProviderId == null || r.ProviderId == ScopedProviderId);
        model.Entity<Incident>().HasQueryFilter(i => ScopedProviderId == null || i.ProviderId == ScopedProviderId);
        model.Entity<MonitoringMeeting>().HasQueryFilter(m => ScopedProviderId == null || m.ProviderId == ScopedProviderId);
        // A provider's reviews are the IMRs about it; serious case reviews and overview reports are the CCG's.
        model.Entity<Review>().HasQueryFilter(r => ScopedProviderId == null || r.SubjectProviderId == ScopedProviderId);

        model.Entity<Section11Schedule>().HasQueryFilter(s => ScopedProviderId == null || s.ProviderId == ScopedProviderId);
        model.Entity<DutyAssessment>().HasQueryFilter(a => ScopedProviderId == null
            || Set<Section11Schedule>().Any(s => s.Id == EF.Property<Guid>(a, "ScheduleId") && s.ProviderId == ScopedProviderId));
        model.Entity<Indicator>().HasQueryFilter(i => ScopedProviderId == null
            || Set<Section11Schedule>().Any(s => s.Id == EF.Property<Guid>(i, "ScheduleId") && s.ProviderId == ScopedProviderId));
        model.Entity<AuditSchedule>().HasQueryFilter(a => ScopedProviderId == null
            || Set<Section11Schedule>().Any(s => s.Id == EF.Property<Guid>(a, "ScheduleId") && s.ProviderId == ScopedProviderId));
        model.Entity<Audit>().HasQueryFilter(a => ScopedProviderId == null
            || Set<AuditSchedule>().Any(p => p.Id == EF.Property<Guid>(a, "AuditScheduleId")
                && Set<Section11Schedule>().Any(s => s.Id == EF.Property<Guid>(p, "ScheduleId") && s.ProviderId == ScopedProviderId)));
        model.Entity<MandatedIssue>().HasQueryFilter(m => ScopedProviderId == null
            || Set<AuditSchedule>().Any(p => p.Id == EF.Property<Guid>(m, "AuditScheduleId")
                && Set<Section11Schedule>().Any(s => s.Id == EF.Property<Guid>(p, "ScheduleId") && s.ProviderId == ScopedProviderId)));

        model.Entity<ActionPlan>().HasQueryFilter(p => ScopedProviderId == null || p.ProviderId == ScopedProviderId);
        model.Entity<PlanAction>().HasQueryFilter(a => ScopedProviderId == null
            || Set<ActionPlan>().Any(p => p.Id == EF.Property<Guid>(a, "ActionPlanId") && p.ProviderId == ScopedProviderId));
        model.Entity<ProgressUpdate>().HasQueryFilter(u => ScopedProviderId == null
            || Set<ActionPlan>().Any(p => p.Id == u.PlanId && p.ProviderId == ScopedProviderId));
        model.Entity<Scrutiny>().HasQueryFilter(s => ScopedProviderId == null
            || Set<ActionPlan>().Any(p => p.Id == EF.Property<Guid>(s, "ActionPlanId") && p.ProviderId == ScopedProviderId));

        // Published reports span every provider of an LSCB, and the audit trail every actor: the CCG's alone.
        model.Entity<PublishedExceptionReport>().HasQueryFilter(_ => ScopedProviderId == null);
        model.Entity<AuditTrailEntry>().HasQueryFilter(_ => ScopedProviderId == null);
    }
}
