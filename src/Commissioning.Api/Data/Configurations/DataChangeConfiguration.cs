using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class DataChangeConfiguration : IEntityTypeConfiguration<DataChange>
{
    public const string Table = "DataChanges";

    public void Configure(EntityTypeBuilder<DataChange> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(c => c.Id);
        // Written by DataVersionInterceptor's own SQL at commit, never through the model.
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => c.Version);
    }
}
