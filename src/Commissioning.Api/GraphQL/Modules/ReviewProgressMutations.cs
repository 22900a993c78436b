using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.Common;
using Commissioning.Domain.Reviews;
using Commissioning.GraphQL.Types;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// A review's progress after it opens: timescale extensions and completion (SM14 14.4.33, which clear
/// REVIEW_TIMESCALE_BREACHED), Ofsted or CQC evaluations (DOR 12.1), and removing an author, which is how
/// an imported DOR 4.10 author conflict is put right.
/// </summary>
public sealed class ReviewProgressMutations : ISchemaModule
{
    private static readonly string[] Completed = [ReviewErrorCodes.ReviewCompleted];

    public void Configure(SchemaModuleContext schema) => schema.Mutation(m =>
    {
        var conventions = schema.Conventions;
        m.MutationField<AgreeReviewExtensionInput, Review>(conventions, "agreeReviewExtension", "review", ReviewsModule.TypeName, i =>
                {
                    ReviewRef(i, "An agreed extension of the review's target completion date.");
                    i.Field(x => x.NewTarget).Description("The new target completion date; later than the current one.");
                    i.Field(x => x.Reason).Description("Why more time was agreed, e.g. criminal proceedings delaying interviews.");
                },
                UpdateErrors.With([.. Completed, ErrorCodes.ValidationFailed, ErrorCodes.DateOutOfRange]),
                (input, c) => StepAsync(input, c, (r, scope) => r.AgreeExtension(scope.Actor, input.NewTarget, input.Reason, scope.Clock)))
            .Description("Records an agreed extension of a review's timescale (SM14 14.4.33); the target moves and the extension is kept. Quality team, designated nurses and directors.");

        m.MutationField<CompleteReviewInput, Review>(conventions, "completeReview", "review", ReviewsModule.TypeName, i =>
                {
                    ReviewRef(i, "The review that is complete.");
                    i.Field(x => x.CompletedOn).Description("The day it was completed; not in the future nor before the decision date.");
                },
                UpdateErrors.With([.. Completed, ReviewErrorCodes.NotSignedOff, ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange]),
                (input, c) => StepAsync(input, c, (r, scope) => r.Complete(scope.Actor, input.CompletedOn, scope.Clock)))
            .Description("Records that a review is complete; after this it cannot change. The CCG's own IMR or HOR completes only once forwarded to the LSCB (DOR 4.15). Quality team, designated nurses and directors.");

        m.MutationField<RecordReviewEvaluationInput, Review>(conventions, "recordReviewEvaluation", "review", ReviewsModule.TypeName, i =>
                {
                    ReviewRef(i, "An external evaluation of the review.");
                    i.Field(x => x.Evaluator).Description("Who evaluated it: Ofsted, or the CQC for an IMR or the HOR.");
                    i.Field(x => x.Grade).Description("The grade they gave.");
                    i.Field(x => x.EvaluatedOn).Description("The day of the evaluation; not in the future nor before the decision date.");
                    i.Field(x => x.Summary).Description("What the evaluators said.");
                },
                UpdateErrors.With(ErrorCodes.ValidationFailed, ReviewErrorCodes.EvaluationNotApplicable, ErrorCodes.Duplicate,
                    ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange),
                (input, c) => StepAsync(input, c, (r, scope) => r.RecordEvaluation(scope.Actor, input.Evaluator, input.Grade, input.EvaluatedOn, input.Summary, scope.Clock)))
            .Description("Records Ofsted's or the Care Quality Commission's evaluation of a review with its grade (DOR 12.1); one per evaluator. Quality team, designated nurses and directors.");

        m.MutationField<RemoveReviewAuthorInput, Review>(conventions, "removeReviewAuthor", "review", ReviewsModule.TypeName, i =>
                {
                    ReviewRef(i, "The author to remove from the review.");
                    i.Field(x => x.PersonKey).Description("The author's `personKey`.");
                },
                UpdateErrors.With(Completed),
                (input, c) => StepAsync(input, c, (r, scope) => r.RemoveAuthor(scope.Actor, input.PersonKey)))
            .Description("Removes an author, for example one of two roles the same person must not hold on a case (DOR 4.10); appoint a replacement with `appointReviewAuthors`. The Director for the CCG's own IMR or HOR, otherwise the quality team, designated nurses and directors.");
    });

    private static void ReviewRef<T>(InputObjectTypeBuilder<T> i, string description) where T : ReviewStepInput
    {
        i.Description(description);
        i.Field(x => x.ReviewId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The review.");
        i.Field(x => x.ExpectedVersion).Description("The review's `version` when you read it; if it has changed since, nothing is changed.");
    }

    private static Task<Result<Review>> StepAsync(ReviewStepInput input, IResolveFieldContext context, Func<Review, MutationScope, Result> step) =>
        MutationPipeline.RunAsync<Review>(context, async scope =>
        {
            var loaded = await scope.LoadAsync<Review>(input.ReviewId, ReviewsModule.TypeName, input.ExpectedVersion).ConfigureAwait(false);
            return loaded.IsFailure ? loaded : step(loaded.Value, scope).Returning(loaded.Value);
        });
}

public sealed class AgreeReviewExtensionInput : ReviewStepInput
{
    public DateOnly NewTarget { get; set; }
    public string Reason { get; set; } = "";
}

public sealed class CompleteReviewInput : ReviewStepInput
{
    public DateOnly CompletedOn { get; set; }
}

public sealed class RecordReviewEvaluationInput : ReviewStepInput
{
    public Evaluator Evaluator { get; set; }
    public QualityGrade Grade { get; set; }
    public DateOnly EvaluatedOn { get; set; }
    public string Summary { get; set; } = "";
}

public sealed class RemoveReviewAuthorInput : ReviewStepInput
{
    public string PersonKey { get; set; } = "";
}
