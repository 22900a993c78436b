using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class LscbConfiguration : IEntityTypeConfiguration<Lscb>
{
    public void Configure(EntityTypeBuilder<Lscb> builder)
    {
        builder.ConfigureAggregateRoot("Lscbs");
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Area).HasMaxLength(200);
    }
}
