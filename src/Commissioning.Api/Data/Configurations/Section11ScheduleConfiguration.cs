using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// The schedule and everything inside it: duty assessments, indicators, the audit schedule
/// (with its mandated issues and audits) and the action-plan copying terms (DOR 4.1).
/// </summary>
internal sealed class Section11ScheduleConfiguration : IEntityTypeConfiguration<Section11Schedule>
{
    public void Configure(EntityTypeBuilder<Section11Schedule> builder)
    {
        builder.ConfigureAggregateRoot("Section11Schedules");
        builder.HasOne<Provider>().WithMany().HasForeignKey(s => s.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => s.ProviderId);
        builder.HasIndex(s => s.ContractId).IsUnique();
        builder.Ignore(s => s.MissingParts);
        builder.Ignore(s => s.IsComplete);

        builder.HasMany(s => s.Assessments).WithOne().HasForeignKey("ScheduleId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Assessments).HasField("_assessments").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasMany(s => s.Indicators).WithOne().HasForeignKey("ScheduleId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Indicators).HasField("_indicators").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasOne(s => s.AuditSchedule).WithOne().HasForeignKey<AuditSchedule>("ScheduleId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.AuditSchedule).AutoInclude();

        builder.OwnsOne(s => s.ActionPlanCopying, terms =>
        {
            terms.Property(t => t.CopyPlans).HasColumnName("ActionPlanCopying_CopyPlans");
            terms.Property(t => t.CopyUpdates).HasColumnName("ActionPlanCopying_CopyUpdates");
            terms.Property(t => t.Recipient).HasColumnName("ActionPlanCopying_Recipient").HasMaxLength(200);
            terms.Property(t => t.AgreedOn).HasColumnName("ActionPlanCopying_AgreedOn");
            terms.Ignore(t => t.IsSatisfied);
        });
    }
}

internal sealed class DutyAssessmentConfiguration : IEntityTypeConfiguration<DutyAssessment>
{
    public void Configure(EntityTypeBuilder<DutyAssessment> builder)
    {
        builder.ConfigureChildEntity("DutyAssessments");
        builder.Property(a => a.DutyId).HasMaxLength(20);
        builder.Property(a => a.AssessedBy).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(a => a.ModeratedBy).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property<Guid>("ScheduleId");
        builder.HasIndex("ScheduleId", nameof(DutyAssessment.DutyId)).IsUnique();
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ConfigureChildEntity("Indicators");
        builder.Property(i => i.Code).HasMaxLength(50);
        builder.Property(i => i.Name).HasMaxLength(500);
        builder.Property(i => i.Citation).HasMaxLength(200);
        builder.Property<Guid>("ScheduleId");
        builder.HasIndex("ScheduleId", nameof(Indicator.Code)).IsUnique();
    }
}

internal sealed class AuditScheduleConfiguration : IEntityTypeConfiguration<AuditSchedule>
{
    public void Configure(EntityTypeBuilder<AuditSchedule> builder)
    {
        builder.ConfigureChildEntity("AuditSchedules");
        builder.Property<Guid>("ScheduleId");

        builder.HasMany(a => a.MandatedIssues).WithOne().HasForeignKey("AuditScheduleId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.MandatedIssues).HasField("_mandatedIssues").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasMany(a => a.Audits).WithOne().HasForeignKey("AuditScheduleId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Audits).HasField("_audits").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class MandatedIssueConfiguration : IEntityTypeConfiguration<MandatedIssue>
{
    public void Configure(EntityTypeBuilder<MandatedIssue> builder)
    {
        builder.ConfigureChildEntity("MandatedIssues");
        builder.Property(m => m.Title).HasMaxLength(200);
        builder.Property(m => m.Description).HasMaxLength(2000);
    }
}

internal sealed class AuditConfiguration : IEntityTypeConfiguration<Audit>
{
    public void Configure(EntityTypeBuilder<Audit> builder)
    {
        builder.ConfigureChildEntity("Audits");
        builder.Property(a => a.Topic).HasMaxLength(200);
        builder.Property(a => a.CancellationReason).HasMaxLength(1000);
        // AUDIT_OVERDUE scans by due date; reports group by planned quarter.
        builder.HasIndex(a => a.DueDate);
        builder.HasIndex(a => a.PlannedQuarter);
        builder.HasIndex(a => a.ActionPlanId);
    }
}
