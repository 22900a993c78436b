using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class ProviderConfiguration : IEntityTypeConfiguration<Provider>
{
    public void Configure(EntityTypeBuilder<Provider> builder)
    {
        builder.ConfigureAggregateRoot("Providers");
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.OdsCode).HasMaxLength(OdsCode.MaxLength);
        // The domain asks "is this code taken?"; the index is the final word when two register at once.
        builder.HasIndex(p => p.OdsCode).IsUnique();
        builder.PrimitiveCollection(p => p.LscbIds).HasField("_lscbIds").UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasMany(p => p.SubContractors).WithOne().HasForeignKey("ProviderId").IsRequired().OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.SubContractors).HasField("_subContractors").UsePropertyAccessMode(PropertyAccessMode.Field).AutoInclude();
        builder.HasIndex(p => p.Name);
    }
}

internal sealed class SubContractorConfiguration : IEntityTypeConfiguration<SubContractor>
{
    public void Configure(EntityTypeBuilder<SubContractor> builder)
    {
        builder.ConfigureChildEntity("SubContractors");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.OdsCode).HasMaxLength(OdsCode.MaxLength);
        builder.Property(s => s.ServiceDescription).HasMaxLength(1000);
        builder.Ignore(s => s.DutiesFlowedDown);
    }
}
