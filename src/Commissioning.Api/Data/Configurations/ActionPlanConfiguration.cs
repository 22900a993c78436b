using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// The plan with its actions, status history, progress-update revisions and scrutinies. The
/// history is a list of values read whole, so it is one JSON column; actions, updates and
/// scrutinies have identities of their own and live in their own tables.
/// </summary>
internal sealed class ActionPlanConfiguration : IEntityTypeConfiguration<ActionPlan>
{
    public void Configure(EntityTypeBuilder<ActionPlan> builder)
    {
        builder.ConfigureAggregateRoot("ActionPlans");
        builder.HasOne<Provider>().WithMany().HasForeignKey(p => p.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Title).HasMaxLength(ActionPlan.TitleMaxLength);
        builder.HasIndex(p => p.ProviderId);
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.SourceRecordId);
        builder.PrimitiveCollection(p => p.LscbIds).HasField("_lscbIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(p => p.SubmittedToLscbIds).HasField("_submittedToLscbIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsOne(p => p.AccountableManager, manager =>
        {
            manager.Property(m => m.Name).HasColumnName("AccountableManager_Name").HasMaxLength(MappingConventions.PersonMaxLength);
            manager.Property(m => m.JobTitle).HasColumnName("AccountableManager_JobTitle").HasMaxLength(MappingConventions.PersonMaxLength);
        });

        builder.OwnsMany(p => p.History, history =>
        {
            history.ToJson("History");
            history.Property(h => h.ByUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        });
        builder.Navigation(p => p.History).HasField("_history").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(p => p.Actions).WithOne().HasForeignKey("ActionPlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Actions).HasField("_actions").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasMany(p => p.ProgressUpdates).WithOne().HasForeignKey(u => u.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.ProgressUpdates).HasField("_updates").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();

        builder.HasMany(p => p.Scrutinies).WithOne().HasForeignKey("ActionPlanId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Scrutinies).HasField("_scrutinies").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ConfigureChildEntity("PlanActions");
        builder.Property(a => a.Description).HasMaxLength(2000);
        builder.Property(a => a.Owner).HasMaxLength(200);
        builder.Property(a => a.IntendedOutcome).HasMaxLength(2000);
        builder.Property(a => a.HowReviewed).HasMaxLength(2000);
        // OVERDUE_ACTION: incomplete actions past their due date.
        builder.HasIndex(a => new { a.DueDate, a.Status });
    }
}

/// <summary>A revision is never edited (a correction is a new revision), so it is insert-only.</summary>
internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> builder)
    {
        builder.ConfigureChildEntity("ProgressUpdates");
        builder.Property(u => u.SubmittedByUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(u => u.SubmittedByName).HasMaxLength(MappingConventions.PersonMaxLength);
        // One row per revision; MISSING_QUARTERLY_UPDATE looks updates up by plan and quarter.
        builder.HasIndex(u => new { u.PlanId, u.Quarter, u.Revision }).IsUnique();
        builder.HasIndex(u => u.Quarter);

        builder.OwnsMany(u => u.Entries, entries => entries.ToJson("Entries"));
        builder.Navigation(u => u.Entries).HasField("_entries").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

/// <summary>A scrutiny is immutable once recorded (DOR 4.17), so it is insert-only.</summary>
internal sealed class ScrutinyConfiguration : IEntityTypeConfiguration<Scrutiny>
{
    public void Configure(EntityTypeBuilder<Scrutiny> builder)
    {
        builder.ConfigureChildEntity("Scrutinies");
        builder.Property(s => s.ByUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(s => s.ByName).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(s => s.Advice).HasMaxLength(4000);
        builder.HasIndex(s => s.ProgressUpdateId);
    }
}
