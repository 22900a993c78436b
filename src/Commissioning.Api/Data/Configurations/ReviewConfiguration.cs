using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commissioning.Api.Data.Configurations;

/// <summary>
/// A review with its authors, extensions, sign-off steps and external evaluations: lists of
/// values always read with the review, so each is a JSON column.
/// </summary>
internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ConfigureAggregateRoot("Reviews");
        builder.HasOne<Lscb>().WithMany().HasForeignKey(r => r.LeadLscbId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Lscb>().WithMany().HasForeignKey(r => r.SecondLscbId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Provider>().WithMany().HasForeignKey(r => r.SubjectProviderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.CaseReference).HasMaxLength(Review.CaseReferenceMaxLength);
        // The DOR 4.10 author conflict is checked across the reviews of one case.
        builder.HasIndex(r => r.CaseReference);
        builder.HasIndex(r => r.SubjectProviderId);
        // REVIEW_TIMESCALE_BREACHED scans open reviews by target date.
        builder.HasIndex(r => new { r.TargetCompletionDate, r.CompletedOn });
        builder.PrimitiveCollection(r => r.ForwardedActionPlanIds).HasField("_forwardedActionPlanIds").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Ignore(r => r.AuthorRole);

        builder.OwnsMany(r => r.Authors, authors => authors.ToJson("Authors"));
        builder.Navigation(r => r.Authors).HasField("_authors").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Extensions, extensions => extensions.ToJson("Extensions"));
        builder.Navigation(r => r.Extensions).HasField("_extensions").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.SignOffSteps, steps => steps.ToJson("SignOffSteps"));
        builder.Navigation(r => r.SignOffSteps).HasField("_signOffSteps").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.OwnsMany(r => r.Evaluations, evaluations => evaluations.ToJson("Evaluations"));
        builder.Navigation(r => r.Evaluations).HasField("_evaluations").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
