using Commissioning.Domain.Incidents;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ConfigureAggregateRoot("Incidents");
        builder.HasOne<Provider>().WithMany().HasForeignKey(i => i.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(i => i.ExternalReference).HasMaxLength(Incident.ExternalReferenceMaxLength);
        builder.Property(i => i.Summary).HasMaxLength(Incident.SummaryMaxLength);
        builder.Property(i => i.RecordedBy).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.HasIndex(i => new { i.ProviderId, i.ReportedOn });
        builder.HasIndex(i => i.ReportedOn);
        builder.HasIndex(i => i.ExternalReference);
    }
}
