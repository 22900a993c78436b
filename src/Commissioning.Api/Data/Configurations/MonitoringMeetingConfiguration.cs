using Commissioning.Domain.Meetings;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class MonitoringMeetingConfiguration : IEntityTypeConfiguration<MonitoringMeeting>
{
    public void Configure(EntityTypeBuilder<MonitoringMeeting> builder)
    {
        builder.ConfigureAggregateRoot("MonitoringMeetings");
        builder.HasOne<Provider>().WithMany().HasForeignKey(m => m.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.Notes).HasMaxLength(MonitoringMeeting.NotesMaxLength);
        builder.Property(m => m.RecordedByUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.HasIndex(m => new { m.ProviderId, m.HeldOn });
        builder.PrimitiveCollection(m => m.ReviewedPlanIds).HasField("_reviewedPlanIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(m => m.ReviewedIndicatorIds).HasField("_reviewedIndicatorIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(m => m.ReviewedAuditIds).HasField("_reviewedAuditIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.PrimitiveCollection(m => m.Decisions).HasField("_decisions").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(m => m.Sanctions, sanctions => sanctions.ToJson("Sanctions"));
        builder.Navigation(m => m.Sanctions).HasField("_sanctions").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
