using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.GraphQL.Mutations;
using Commissioning.Api.Reporting;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Exceptions;
using Commissioning.Domain.Organisations;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>The published exception report (DOR 4.19): its type, its node fetch and the publish mutation.</summary>
internal static class PublishedReportTypes
{
    public const string TypeName = "PublishedExceptionReport";

    public static void Declare(SchemaBuilder types, NodeRegistry nodes)
    {
        types.Object<PublishedExceptionReport>(TypeName, t =>
        {
            t.Description("An exception report as the Director published it to an LSCB: a snapshot that never changes when the records behind it do.");
            t.NodeId(r => r.Id);
            t.Field("quarter", r => r.Quarter).Description("The quarter reported on.");
            t.Field("lscbId", (r, _) => NodeId.Encode(ReportNodes.Lscb, r.LscbId)).Type(TypeReference.Of(new NonNullType(Scalars.ID)))
                .Description("The id of the LSCB it was published to.");
            t.FieldAsync("lscb", (r, c) => ReportNodes.ResolveAsync(nodes, c, ReportNodes.Lscb, r.LscbId)).Type(ReportNodes.Lscb)
                .Description("The LSCB it was published to.");
            t.Field("asOf", r => r.AsOf).Description("The day the exceptions were computed for.");
            t.Field("publishedByUserId", r => r.PublishedByUserId).Description("Who published it (user id).");
            t.Field("publishedByName", r => r.PublishedByName).Description("Who published it, by name.");
            t.Field("publishedAt", r => r.PublishedAt).Description("When it was published.");
            t.Field("lineCount", (r, _) => r.Lines.Count).Description("How many exceptions it lists.");
            t.Field("lines", (r, _) => r.Lines.Select((line, i) => new ExceptionItem(i, line, null)).ToList())
                .Type(TypeReference.Named("ExceptionLine").NonNull().List().NonNull())
                .Description("The exceptions as published, in report order.");
            t.Field("byCode", (r, _) => r.Counts().Select(kv => new ExceptionCodeCount(kv.Key.Code, kv.Key.Severity, kv.Value))
                    .OrderBy(c => c.Code).ToList())
                .Type(TypeReference.Named("ExceptionCodeCount").NonNull().List().NonNull())
                .Description("How many published lines carry each code (codes with none are left out).");
        });
        nodes.Add<PublishedExceptionReport, Guid>(TypeName, async (services, ids, ct) =>
            await services.GetRequiredService<Data.CommissioningDbContext>().PublishedExceptionReports.AsNoTracking()
                .Where(r => ids.Contains(r.Id)).ToDictionaryAsync(r => r.Id, ct).ConfigureAwait(false));
    }

    public static void DeclarePublish(ComplexTypeBuilder<object?> mutation, GraphQLConventions conventions, ExceptionEngine engine) =>
        mutation.MutationField<PublishExceptionReportInput, PublishedExceptionReport>(conventions, "publishExceptionReport", "report", TypeName,
                input =>
                {
                    input.Description("Which exception report to publish.");
                    input.Field(x => x.LscbId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("The LSCB to publish to.");
                    input.Field(x => x.Quarter).Description("The quarter reported on; it must have started.");
                    input.Field(x => x.AsOf).Description("The day to compute the exceptions for; default today. Not in the future, not before the quarter starts.");
                },
                [ErrorCodes.Forbidden, ErrorCodes.NotFound, ErrorCodes.ValidationFailed, ErrorCodes.QuarterNotOpen, ErrorCodes.DateInFuture, ErrorCodes.DateOutOfRange],
                (input, context) => PublishAsync(input, context, engine))
            .Description("Publishes the exception report for a quarter to an LSCB (Director only, DOR 4.19): the exceptions about the LSCB's " +
                "providers and the reviews it leads, as of `asOf`, kept as an immutable snapshot with who published it and when.");

    private static Task<Result<PublishedExceptionReport>> PublishAsync(PublishExceptionReportInput input, IResolveFieldContext context, ExceptionEngine engine) =>
        MutationPipeline.RunAsync<PublishedExceptionReport>(context, async scope =>
        {
            var allowed = scope.Actor.Require("publish an exception report to the LSCB", Role.Director);
            if (allowed.IsFailure) return allowed.Error;

            var lscbId = NodeId.Decode<Guid>(input.LscbId, ReportNodes.Lscb);
            if (!await scope.Db.Lscbs.AnyAsync(l => l.Id == lscbId, scope.CancellationToken).ConfigureAwait(false))
                return DomainError.NotFound("LSCB", input.LscbId);

            var asOf = input.AsOf ?? scope.Clock.Today;
            var snapshot = await ReportingRequest.SnapshotAsync(context).ConfigureAwait(false);
            var lines = engine.Compute(snapshot, asOf, scope.Options, input.Quarter)
                .Where(line => ConcernsLscb(line, lscbId, snapshot));
            var published = PublishedExceptionReport.Publish(scope.Actor, input.Quarter, lscbId, asOf, lines, scope.Clock);
            if (published.IsSuccess) scope.Db.PublishedExceptionReports.Add(published.Value);
            return published;
        });

    /// <summary>
    /// An LSCB is told about its member providers' exceptions, and about the reviews it leads or is the
    /// second LSCB of (an out-of-county child, DOR 4.16).
    /// </summary>
    private static bool ConcernsLscb(ExceptionLine line, Guid lscbId, ExceptionSnapshot snapshot)
    {
        if (line.ProviderId is { } providerId)
            return snapshot.Providers.FirstOrDefault(p => p.Id == providerId) is Provider provider && provider.LscbIds.Contains(lscbId);
        return line.SubjectType == ExceptionSubjects.Review
            && snapshot.Reviews.FirstOrDefault(r => r.Id == line.SubjectId) is { } review
            && (review.LeadLscbId == lscbId || review.SecondLscbId == lscbId);
    }
}

public sealed class PublishExceptionReportInput
{
    public string LscbId { get; set; } = "";

    public FinancialQuarter Quarter { get; set; }

    public DateOnly? AsOf { get; set; }
}
