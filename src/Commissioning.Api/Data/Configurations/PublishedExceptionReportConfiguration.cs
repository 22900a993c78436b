using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// A published report is a snapshot that never changes when the records behind it do
/// (DOMAIN.md "Exception reporting"): insert-only, its lines one JSON column.
/// </summary>
internal sealed class PublishedExceptionReportConfiguration : IEntityTypeConfiguration<PublishedExceptionReport>
{
    public void Configure(EntityTypeBuilder<PublishedExceptionReport> builder)
    {
        builder.ConfigureAggregateRoot("PublishedExceptionReports");
        builder.HasOne<Lscb>().WithMany().HasForeignKey(r => r.LscbId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.PublishedByUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(r => r.PublishedByName).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.HasIndex(r => new { r.LscbId, r.Quarter });
        builder.HasIndex(r => r.Quarter);

        builder.OwnsMany(r => r.Lines, lines => lines.ToJson("Lines"));
        builder.Navigation(r => r.Lines).HasField("_lines").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
