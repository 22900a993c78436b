using Commissioning.Domain.Indicators;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// A quarter's indicator return. Its values carry copies of the targets they were rated
/// against and are always read with the return, so they are one JSON column.
/// </summary>
internal sealed class IndicatorReturnConfiguration : IEntityTypeConfiguration<IndicatorReturn>
{
    public void Configure(EntityTypeBuilder<IndicatorReturn> builder)
    {
        builder.ConfigureAggregateRoot("IndicatorReturns");
        builder.HasOne<Provider>().WithMany().HasForeignKey(r => r.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Section11Schedule>().WithMany().HasForeignKey(r => r.ScheduleId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.SubmittedBy).HasMaxLength(MappingConventions.PersonMaxLength);
        // INDICATOR_RETURN_MISSING and RAG roll-ups look returns up by provider or schedule and quarter.
        builder.HasIndex(r => new { r.ProviderId, r.Quarter });
        builder.HasIndex(r => new { r.ScheduleId, r.Quarter });
        builder.HasIndex(r => r.Quarter);

        builder.OwnsMany(r => r.Values, values =>
        {
            values.ToJson("Values");
            values.Ignore(v => v.Rag);
        });
        builder.Navigation(r => r.Values).HasField("_values").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
