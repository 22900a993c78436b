using Commissioning.Domain.AuditTrail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// The append-only record of who changed what. The migration adds database triggers that
/// refuse UPDATE and DELETE, so even SQL run outside the application cannot rewrite history.
/// </summary>
internal sealed class AuditTrailEntryConfiguration : IEntityTypeConfiguration<AuditTrailEntry>
{
    public const string Table = "AuditTrail";

    /// <summary>GraphQL operation names are client-chosen; longer ones are cut, not refused, so auditing never blocks a change.</summary>
    public const int OperationNameMaxLength = 200;

    public void Configure(EntityTypeBuilder<AuditTrailEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.ActorUserId).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(e => e.ActorName).HasMaxLength(MappingConventions.PersonMaxLength);
        builder.Property(e => e.Operation).HasMaxLength(100);
        builder.Property(e => e.OperationName).HasMaxLength(OperationNameMaxLength);
        builder.Property(e => e.RecordType).HasMaxLength(100);
        builder.HasIndex(e => new { e.RecordType, e.RecordId });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.ActorProviderId);
        builder.HasIndex(e => e.ActorUserId);
    }
}
