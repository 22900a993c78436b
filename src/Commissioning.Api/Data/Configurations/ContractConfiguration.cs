using Commissioning.Domain.Contracts;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Schedules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.ConfigureAggregateRoot("Contracts");
        builder.HasOne<Provider>().WithMany().HasForeignKey(c => c.ProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(c => c.Reference).HasMaxLength(100);
        builder.Property(c => c.ServiceDescription).HasMaxLength(2000);
        builder.Property(c => c.CommissionerLead).HasMaxLength(200);
        builder.HasIndex(c => c.Reference);
        // "Live contracts" (SCHEDULE_INCOMPLETE) are found by date range.
        builder.HasIndex(c => new { c.StartDate, c.EndDate });

        // The schedule is its own aggregate (so self-assessment does not collide with contract edits)
        // but a contract carries exactly one, keyed by the contract (DOR 4.1).
        builder.HasOne(c => c.Schedule).WithOne().HasForeignKey<Section11Schedule>(s => s.ContractId).OnDelete(DeleteBehavior.Cascade);
        // Loaded with the contract so AttachSchedule sees an existing schedule and refuses a second.
        builder.Navigation(c => c.Schedule).AutoInclude();
    }
}
