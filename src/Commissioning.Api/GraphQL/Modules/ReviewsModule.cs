using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Domain.ActionPlans;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;
using Commissioning.Domain.Reviews;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// Serious case reviews, IMRs and overview reports: <c>reviews</c>, their authors, the CCG's sign-off
/// chain (DOR 4.15) and external evaluations, and the mutations that move them along.
/// </summary>
public sealed class ReviewsModule : ISchemaModule
{
    public const string TypeName = "Review";

    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    private static readonly string[] ChainErrors =
        [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ConcurrencyConflict, ReviewErrorCodes.NotCcgAuthored, ErrorCodes.InvalidStateTransition];

    public void Configure(SchemaModuleContext schema)
    {
        DeclareEnums(schema.Types);
        schema.Nodes.Add<Review, Guid>(TypeName, CaseRecordLoaders.FetchReviews);
        var reviews = schema.Conventions.Queryable<Review, Guid>(TypeName, r => r.Id, q => q
            .FilterById("id", r => r.Id, TypeName)
            .FilterAndSort("kind", r => r.Kind)
            .FilterAndSort("caseReference", r => r.CaseReference)
            .FilterAndSort("decisionDate", r => r.DecisionDate)
            .FilterById("leadLscb", r => r.LeadLscbId, "Lscb")
            .OrderByDefault("decisionDate", SortEnumType.Desc));
        DeclareTypes(schema.Types);
        schema.Query(q => q.Connection("reviews", schema.Conventions, reviews, (_, c) => Visible(c))
            .Description("Reviews, most recently decided first unless you say otherwise; provider staff see reviews of their own provider only."));
        schema.Mutation(m => DeclareMutations(m, schema.Conventions));
    }

    private static void DeclareTypes(SchemaBuilder types)
    {
        types.Object<Review>(TypeName, t =>
        {
            t.Description("A review of a case: a serious case review, an audit, an IMR or an overview report.");
            t.NodeId(x => x.Id);
            t.Field("kind", x => x.Kind).Description("What kind of review this is.");
            t.Field("caseReference", x => x.CaseReference).Description("The case all reviews of one child share; author conflicts are checked across it.");
            t.Field("leadLscbId", (x, _) => NodeId.Encode("Lscb", x.LeadLscbId)).Type(NonNullId).Description("The id of the LSCB leading the review.");
            t.Field("secondLscbId", (x, _) => x.SecondLscbId is { } id ? NodeId.Encode("Lscb", id) : null).Type(TypeReference.Of(Scalars.ID))
                .Description("For an out-of-county case, the id of the host LSCB; null otherwise.");
            t.Field("subjectProviderId", (x, _) => x.SubjectProviderId is { } id ? NodeId.Encode("Provider", id) : null).Type(TypeReference.Of(Scalars.ID))
                .Description("For a provider IMR, the id of the provider under review.");
            t.FieldAsync("leadLscb", (x, c) => Loaders.Lscb(c).LoadAsync(x.LeadLscbId)).Type(TypeReference.Named("Lscb").NonNull())
                .Description("The LSCB leading the review.");
            t.FieldAsync("secondLscb", async (x, c) => x.SecondLscbId is { } id ? await Loaders.Lscb(c).LoadAsync(id).ConfigureAwait(false) : null).Type("Lscb")
                .Description("For an out-of-county case, the host LSCB.");
            t.FieldAsync("subjectProvider", async (x, c) => x.SubjectProviderId is { } id ? await Loaders.Provider(c).LoadAsync(id).ConfigureAwait(false) : null).Type("Provider")
                .Description("For a provider IMR, the provider under review.");
            t.Field("decisionDate", x => x.DecisionDate).Description("The day the review was commissioned.");
            t.Field("targetCompletionDate", x => x.TargetCompletionDate).Description("The day it should be complete by, after any agreed extensions.");
            t.Field("timescaleExtensions", x => x.Extensions).Description("Extensions of the target completion date agreed so far, oldest first.");
            t.Field("isTimescaleBreached", (x, c) => x.IsTimescaleBreachedOn(c.Clock().Today))
                .Description("Whether the review is still open after its target completion date.");
            t.Field("completedOn", x => x.CompletedOn).Description("The day it was completed; null while open.");
            t.Field("signOffStatus", x => x.SignOff).Description("Where the CCG's own IMR or HOR is in its sign-off chain; null for reviews the CCG does not sign off.");
            t.Field("signOffChain", x => x.SignOffSteps).Description("Each sign-off step taken, oldest first.");
            t.Field("authors", x => x.Authors).Description("The review's authors, in order of appointment.");
            t.Field("evaluations", x => x.Evaluations).Description("External evaluations of the review by Ofsted or the Care Quality Commission.");
            t.Field("version", x => x.Version).Description("Changes with every edit; send it back as `expectedVersion` when you change the review.");
            t.FieldAsync("actionPlans", (x, c) => CaseRecordLoaders.PlansFromSource(c, x.Id))
                .Type(TypeReference.Named(ActionPlansModule.TypeName).NonNull().List().NonNull())
                .Description("The action plans raised from this review.");
            t.FieldAsync("forwardedActionPlans", async (x, c) =>
                    (await Task.WhenAll(x.ForwardedActionPlanIds.Select(id => CaseRecordLoaders.Plan(c, id))).ConfigureAwait(false)).OfType<ActionPlan>().ToList())
                .Type(TypeReference.Named(ActionPlansModule.TypeName).NonNull().List().NonNull())
                .Description("The agreed action plans that went to the LSCB with the signed-off IMR or HOR.");
        });
        types.Object<ReviewAuthor>("ReviewAuthor", t =>
        {
            t.Description("Someone appointed to write a review, who declared their independence of the case.");
            t.Field("name", x => x.Name).Description("The author's name.");
            t.Field("personKey", x => x.PersonKey).Description("What identifies the person across reviews (e.g. a staff or registration number).");
            t.Field("role", x => x.Role).Description("What the author writes.");
            t.Field("independenceDeclared", x => x.IndependenceDeclared).Description("Whether the author declared they were not involved with the child or family.");
            t.Field("appointedAt", x => x.AppointedAt).Description("When the author was appointed.");
        });
        types.Object<SignOffStep>("ReviewSignOffStep", t =>
        {
            t.Description("One step of the CCG's sign-off chain.");
            t.Field("status", x => x.To).Description("The status this step reached.");
            t.Field("at", x => x.At).Description("When the step was taken.");
            t.Field("byName", x => x.ByName).Description("Who took it.");
            t.Field("byRole", x => x.ByRole).Description("The role they took it in.");
        });
        types.Object<TimescaleExtension>("ReviewTimescaleExtension", t =>
        {
            t.Description("An agreed extension of a review's target completion date.");
            t.Field("from", x => x.From).Description("The target before the extension; null when there was none.");
            t.Field("to", x => x.To).Description("The new target.");
            t.Field("reason", x => x.Reason).Description("Why more time was agreed.");
            t.Field("agreedAt", x => x.AgreedAt).Description("When it was agreed.");
        });
        types.Object<ExternalEvaluation>("ReviewEvaluation", t =>
        {
            t.Description("An external evaluation of the review's quality.");
            t.Field("evaluator", x => x.Evaluator).Description("Who evaluated it.");
            t.Field("grade", x => x.Grade).Description("The grade they gave.");
            t.Field("evaluatedOn", x => x.EvaluatedOn).Description("The day of the evaluation.");
            t.Field("summary", x => x.Summary).Description("What the evaluators said.");
        });
    }

    private static void DeclareMutations(ComplexTypeBuilder<object?> m, GraphQLConventions conventions)
    {
        m.MutationField<CreateReviewInput, Review>(conventions, "createReview", "review", TypeName, i =>
            {
                i.Description("A review the commissioner has been asked to take part in.");
                i.Field(x => x.Kind).Description("What kind of review it is.");
                i.Field(x => x.CaseReference).Description("The case reference all reviews of this child share.");
                i.Field(x => x.LeadLscbId).Type(NonNullId).Description("The LSCB leading the review.");
                i.Field(x => x.SecondLscbId).Type(TypeReference.Of(Scalars.ID)).Description("For an out-of-county case, the host LSCB.");
                i.Field(x => x.SubjectProviderId).Type(TypeReference.Of(Scalars.ID)).Description("For a provider IMR, the provider under review.");
                i.Field(x => x.DecisionDate).Description("The day the review was commissioned; not in the future.");
                i.Field(x => x.TargetCompletionDate).Description("When it should be complete; a serious case review defaults to six months on.");
            },
            [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ValidationFailed, ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange], CreateAsync)
            .Description("Opens a review. Quality team, designated nurses and directors only.");

        m.MutationField<AppointReviewAuthorsInput, Review>(conventions, "appointReviewAuthors", "review", TypeName, i =>
            {
                ReviewRef(i);
                i.Description("Authors to appoint to one review, all or none.");
                i.Field(x => x.Authors).Type(TypeReference.Named("ReviewAuthorInput").NonNull().List().NonNull()).Description("The authors to appoint.");
            },
            [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ConcurrencyConflict, ReviewErrorCodes.ReviewCompleted, ReviewErrorCodes.NoAuthorRole,
             ErrorCodes.ValidationFailed, ReviewErrorCodes.AuthorNotIndependent, ErrorCodes.Duplicate, ErrorCodes.AuthorConflict], AppointAuthorsAsync)
            .Description("Appoints authors. The same professional cannot write a provider's IMR and the HOR of one case (DOR 4.10); the Director appoints the CCG's own authors.");

        m.MutationField<RecommendReviewSignOffInput, Review>(conventions, "recommendReviewSignOff", "review", TypeName, ReviewRef,
                [.. ChainErrors, ErrorCodes.ValidationFailed],
                (input, c) => StepAsync(input, c, (r, a, clock) => r.RecommendSignOff(a, clock)))
            .Description("The Director recommends the CCG's IMR or HOR for sign-off.");
        m.MutationField<SignOffReviewInput, Review>(conventions, "signOffReview", "review", TypeName, ReviewRef, ChainErrors,
                (input, c) => StepAsync(input, c, (r, a, clock) => r.SignOffByChiefExecutive(a, clock)))
            .Description("The Chief Executive signs off the CCG's IMR or HOR after the Director's recommendation.");

        m.MutationField<ForwardReviewToLscbInput, Review>(conventions, "forwardReviewToLscb", "review", TypeName, i =>
            {
                ReviewRef(i);
                i.Description("The signed-off review and the action plans that go with it.");
                i.Field(x => x.AgreedActionPlanIds).Type(NonNullId.List().NonNull()).Description("The agreed action plans that go with it.");
            },
            [.. ChainErrors, ReviewErrorCodes.NotSignedOff, ReviewErrorCodes.NoActionPlans], ForwardAsync)
            .Description("Forwards the signed-off IMR or HOR to the LSCB with its agreed action plans (DOR 4.15).");
    }

    private static void ReviewRef<T>(InputObjectTypeBuilder<T> i) where T : ReviewStepInput
    {
        i.Description("The review to change, at the version you read.");
        i.Field(x => x.ReviewId).Type(NonNullId).Description("The review.");
        i.Field(x => x.ExpectedVersion).Description("The review's `version` when you read it.");
    }

    private static IQueryable<Review> Visible(IResolveFieldContext context)
    {
        var reviews = context.Db().Reviews.AsNoTracking();
        return context.Caller() is { IsProvider: true, ProviderId: { } own } ? reviews.Where(r => r.SubjectProviderId == own) : reviews;
    }

    private static Task<Result<Review>> CreateAsync(CreateReviewInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Review>(context, async scope =>
        {
            var lead = NodeId.Decode<Guid>(input.LeadLscbId, "Lscb");
            var second = input.SecondLscbId is { } s ? NodeId.Decode<Guid>(s, "Lscb") : (Guid?)null;
            var subject = input.SubjectProviderId is { } p ? NodeId.Decode<Guid>(p, "Provider") : (Guid?)null;
            var missing = await scope.RequireExistsAsync<Lscb>(lead, "Lscb", "leadLscbId").ConfigureAwait(false)
                ?? (second is { } sid ? await scope.RequireExistsAsync<Lscb>(sid, "Lscb", "secondLscbId").ConfigureAwait(false) : null)
                ?? (subject is { } pid ? await scope.RequireExistsAsync<Provider>(pid, "Provider", "subjectProviderId").ConfigureAwait(false) : null);
            if (missing is not null) return missing;
            var opened = Review.Open(scope.Actor, input.Kind, input.CaseReference, lead, second, subject, input.DecisionDate, input.TargetCompletionDate,
                scope.Options, scope.Clock);
            if (opened.IsSuccess) scope.Db.Reviews.Add(opened.Value);
            return opened;
        });

    private static Task<Result<Review>> AppointAuthorsAsync(AppointReviewAuthorsInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Review>(context, async scope =>
        {
            var loaded = await scope.LoadAsync<Review>(input.ReviewId, TypeName, input.ExpectedVersion).ConfigureAwait(false);
            if (loaded.IsFailure) return loaded;
            var review = loaded.Value;
            var onCase = await scope.Db.Reviews.Where(r => r.CaseReference == review.CaseReference && r.Id != review.Id)
                .ToListAsync(scope.CancellationToken).ConfigureAwait(false);
            foreach (var author in input.Authors)
            {
                var appointed = review.AppointAuthor(scope.Actor, author.PersonKey, author.Name, author.IndependenceDeclared, onCase, scope.Clock);
                if (appointed.IsFailure) return appointed.Error;
            }
            return review;
        });

    private static Task<Result<Review>> StepAsync(ReviewStepInput input, IResolveFieldContext context, Func<Review, Actor, IClock, Result> step) =>
        MutationPipeline.RunAsync<Review>(context, async scope =>
        {
            var loaded = await scope.LoadAsync<Review>(input.ReviewId, TypeName, input.ExpectedVersion).ConfigureAwait(false);
            return loaded.IsFailure ? loaded : step(loaded.Value, scope.Actor, scope.Clock).Returning(loaded.Value);
        });

    private static Task<Result<Review>> ForwardAsync(ForwardReviewToLscbInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<Review>(context, async scope =>
        {
            var plans = input.AgreedActionPlanIds.Select(id => NodeId.Decode<Guid>(id, ActionPlansModule.TypeName)).ToList();
            foreach (var plan in plans)
            {
                if (await scope.RequireExistsAsync<ActionPlan>(plan, ActionPlansModule.TypeName, "agreedActionPlanIds")
                        .ConfigureAwait(false) is { } missing)
                    return missing;
            }
            var loaded = await scope.LoadAsync<Review>(input.ReviewId, TypeName, input.ExpectedVersion).ConfigureAwait(false);
            return loaded.IsFailure ? loaded : loaded.Value.ForwardToLscb(scope.Actor, plans, scope.Clock).Returning(loaded.Value);
        });

    private static void DeclareEnums(SchemaBuilder types)
    {
        types.DescribedEnum("ReviewKind", "What kind of review a review is.", new Dictionary<ReviewKind, string>
        {
            [ReviewKind.SeriousCaseReview] = "A serious case review commissioned by an LSCB.",
            [ReviewKind.SeriousCaseAudit] = "A serious case audit, below the threshold of a full review.",
            [ReviewKind.ProviderImr] = "An individual management review written by a provider.",
            [ReviewKind.CcgPrimaryCareImr] = "The CCG's own individual management review of primary care.",
            [ReviewKind.HealthOverviewReport] = "The health overview report the CCG writes across all health IMRs.",
            [ReviewKind.ScrOverviewReport] = "The LSCB's overview report of a serious case review.",
        });
        types.DescribedEnum("AuthorRole", "What a review author writes.", new Dictionary<AuthorRole, string>
        {
            [AuthorRole.ImrAuthor] = "Writes an individual management review.",
            [AuthorRole.HorAuthor] = "Writes the health overview report.",
            [AuthorRole.OverviewAuthor] = "Writes the serious case review's overview report.",
        });
        types.DescribedEnum("SignOffStatus", "Where the CCG's own IMR or HOR is in its sign-off chain (DOR 4.15).", new Dictionary<SignOffStatus, string>
        {
            [SignOffStatus.Draft] = "Being written.",
            [SignOffStatus.DirectorRecommended] = "The Director has recommended it for sign-off.",
            [SignOffStatus.ChiefExecutiveSignedOff] = "The Chief Executive has signed it off.",
            [SignOffStatus.ForwardedToLscb] = "Sent to the LSCB with its agreed action plans.",
        });
        types.DescribedEnum("Evaluator", "Who evaluates reviews from outside.", new Dictionary<Evaluator, string>
        {
            [Evaluator.Ofsted] = "Ofsted.",
            [Evaluator.CareQualityCommission] = "The Care Quality Commission.",
        });
        types.DescribedEnum("QualityGrade", "The grade an external evaluation gives.", new Dictionary<QualityGrade, string>
        {
            [QualityGrade.Outstanding] = "Outstanding.",
            [QualityGrade.Good] = "Good.",
            [QualityGrade.Adequate] = "Adequate.",
            [QualityGrade.Inadequate] = "Inadequate.",
        });
        types.InputObject<ReviewAuthorInput>("ReviewAuthorInput", i =>
        {
            i.Description("An author to appoint.");
            i.Field(x => x.PersonKey).Description("What identifies the person across reviews (e.g. a staff or registration number).");
            i.Field(x => x.Name).Description("The author's name.");
            i.Field(x => x.IndependenceDeclared).Description("The author declares they were not involved with the child or family, nor line-manage those who were.");
        });
    }
}

public sealed class CreateReviewInput
{
    public ReviewKind Kind { get; set; }
    public string CaseReference { get; set; } = "";
    public string LeadLscbId { get; set; } = "";
    public string? SecondLscbId { get; set; }
    public string? SubjectProviderId { get; set; }
    public DateOnly DecisionDate { get; set; }
    public DateOnly? TargetCompletionDate { get; set; }
}

/// <summary>Names a review at the version the client read; every review change starts from one.</summary>
public abstract class ReviewStepInput
{
    public string ReviewId { get; set; } = "";
    public int ExpectedVersion { get; set; }
}

public sealed class RecommendReviewSignOffInput : ReviewStepInput;

public sealed class SignOffReviewInput : ReviewStepInput;

public sealed class AppointReviewAuthorsInput : ReviewStepInput
{
    public List<ReviewAuthorInput> Authors { get; set; } = [];
}

public sealed class ReviewAuthorInput
{
    public string PersonKey { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IndependenceDeclared { get; set; }
}

public sealed class ForwardReviewToLscbInput : ReviewStepInput
{
    public List<string> AgreedActionPlanIds { get; set; } = [];
}
