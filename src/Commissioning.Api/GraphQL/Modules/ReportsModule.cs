using Commissioning.Api.CommitteeReport;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Api.Reporting;
using Commissioning.Domain;
using Commissioning.Domain.Exceptions;
using Commissioning.GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// The reports the CCG owes (DOR 6.1, 12.2, 13.1): the Audit and Quality Committee assurance report
/// with its six-monthly (Governing Board) and annual (compliance review) variants.
/// </summary>
public sealed class ReportsModule : ISchemaModule
{
    private static readonly ExceptionEngine Engine = new();
    private static readonly TypeReference Id = TypeReference.Of(Scalars.ID);
    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    public void Configure(SchemaModuleContext schema)
    {
        var types = schema.Types;
        types.DescribedEnum("AssuranceReportVariant", "Which report the assurance data is for (DOR 6.1, 13.1).", new Dictionary<AssuranceReportVariant, string>
        {
            [AssuranceReportVariant.Quarterly] = "The 3-monthly assurance report to the Audit and Quality Committee: one quarter.",
            [AssuranceReportVariant.SixMonthly] = "The 6-monthly safeguarding report to the Governing Board: the quarter and the one before.",
            [AssuranceReportVariant.Annual] = "The final report of the financial year: the year to date, with the annual compliance review.",
        });
        DeclareTypes(types);

        schema.Query(query => query.FieldAsync("assuranceReport", async (_, context) =>
            {
                var snapshot = await ReportingRequest.SnapshotAsync(context).ConfigureAwait(false);
                var clock = ReportingRequest.Clock(context);
                var commissioner = context.RequestServices.GetService<IOptions<CommitteeReportOptions>>()?.Value.CommissionerName
                    ?? new CommitteeReportOptions().CommissionerName;
                return AssuranceReport.Build(context.GetArgument<AssuranceReportVariant>("variant"), context.GetArgument<FinancialQuarter>("quarter"),
                    clock.Now, clock.Today, snapshot, Engine, ReportingRequest.Options(context), commissioner);
            })
            .Type(TypeReference.Named("AssuranceReport").NonNull())
            .Argument("quarter", TypeReference.Clr(typeof(FinancialQuarter)).NonNull(), a => a.Description("The last quarter the report covers."))
            .Argument("variant", TypeReference.Clr(typeof(AssuranceReportVariant)).NonNull(),
                a => a.Default(AssuranceReportVariant.Quarterly).Description("Which report; default the quarterly one."))
            .Description("The data of the Audit and Quality Committee assurance report (DOR 6.1, 12.2): provider compliance, audit outcomes, " +
                "Ofsted/CQC evaluations of reviews, exceptions and action-plan status, for the quarterly, six-monthly or annual report."));
    }

    private static void DeclareTypes(SchemaBuilder types)
    {
        types.Object<AssuranceReport>("AssuranceReport", t =>
        {
            t.Description("What the committee reads, for the variant's period.");
            t.Field("commissioner", r => r.Commissioner).Description("The commissioner whose report it is (configuration Commissioning:Reports:CommissionerName).");
            t.Field("generatedAt", r => r.GeneratedAt).Description("When these figures were computed.");
            t.Field("variant", r => r.Variant).Description("Which report this is.");
            t.Field("quarter", r => r.Quarter).Description("The last quarter covered.");
            t.Field("quarters", r => r.Quarters).Description("Every quarter covered, oldest first.");
            t.Field("periodStart", r => r.PeriodStart).Description("The first day covered.");
            t.Field("periodEnd", r => r.PeriodEnd).Description("The last day covered.");
            t.Field("asOf", r => r.AsOf).Description("The day the figures are as of: the period's end, or today while it runs.");
            t.Field("providerCompliance", r => r.ProviderCompliance).Description("Each provider's indicator and duty RAG in each quarter covered.");
            t.Field("auditOutcomes", r => r.AuditOutcomes).Description("Provider audits reported in the period, with their assurance level.");
            t.Field("evaluations", r => r.Evaluations).Description("Ofsted and CQC evaluations of reviews (IMRs and others) made in the period (DOR 12.2).");
            t.Field("exceptions", r => r.Exceptions).Description("Exceptions outstanding at the end of the period, for its last quarter.");
            t.Field("exceptionTrend", r => r.ExceptionTrend).Description("Exceptions outstanding at the end of each quarter covered.");
            t.Field("actionPlans", r => r.ActionPlans).Description("How many action plans are in each status now.");
            t.Field("overdueActions", r => r.OverdueActions).Description("How many actions were overdue at the end of the period.");
            t.Field("annualReview", r => r.AnnualReview).Description("The annual compliance review (DOR 13.1); only in the ANNUAL variant.");
        });
        types.Object<ProviderQuarterCompliance>("ProviderQuarterCompliance", t =>
        {
            t.Description("One provider's compliance in one quarter.");
            t.Field("providerId", (x, _) => NodeId.Encode(ReportNodes.Provider, x.ProviderId)).Type(NonNullId).Description("The provider's id.");
            t.Field("providerName", x => x.ProviderName).Description("The provider's name.");
            t.Field("quarter", x => x.Quarter).Description("The quarter.");
            t.Field("indicatorRag", x => x.IndicatorRag).Description("The worst indicator RAG in the quarter.");
            t.Field("dutyRag", x => x.DutyRag).Description("The worst Section 11 duty RAG.");
            t.Field("redIndicators", x => x.RedIndicators).Description("Indicators rated RED.");
            t.Field("amberIndicators", x => x.AmberIndicators).Description("Indicators rated AMBER.");
            t.Field("greenIndicators", x => x.GreenIndicators).Description("Indicators rated GREEN.");
            t.Field("greyIndicators", x => x.GreyIndicators).Description("Indicators with no value reported.");
        });
        types.Object<AuditOutcome>("AuditOutcome", t =>
        {
            t.Description("A provider audit reported in the period (DOR 12.2).");
            t.Field("providerId", (x, _) => NodeId.Encode(ReportNodes.Provider, x.ProviderId)).Type(NonNullId).Description("The provider's id.");
            t.Field("providerName", x => x.ProviderName).Description("The provider's name.");
            t.Field("auditId", (x, _) => NodeId.Encode("Audit", x.AuditId)).Type(NonNullId).Description("The audit's id.");
            t.Field("topic", x => x.Topic).Description("What was audited.");
            t.Field("plannedQuarter", x => x.PlannedQuarter).Description("The quarter it was planned for.");
            t.Field("assuranceLevel", x => x.AssuranceLevel).Description("The assurance it gave.");
            t.Field("reportedOn", x => x.ReportedOn).Description("When it was reported.");
            t.Field("actionPlanId", (x, _) => ReportNodes.Id("ActionPlan", x.ActionPlanId)).Type(Id)
                .Description("The action plan raised for its gaps; null when none is linked.");
        });
        types.Object<ReviewEvaluation>("AssuranceReviewEvaluation", t =>
        {
            t.Description("An Ofsted or CQC evaluation of a review (DOR 12.1).");
            t.Field("reviewId", (x, _) => NodeId.Encode("Review", x.ReviewId)).Type(NonNullId).Description("The review's id.");
            t.Field("kind", x => x.Kind).Description("The kind of review.");
            t.Field("caseReference", x => x.CaseReference).Description("The case it belongs to.");
            t.Field("providerId", (x, _) => ReportNodes.Id(ReportNodes.Provider, x.ProviderId)).Type(Id)
                .Description("The provider it reviews; null for a CCG review.");
            t.Field("evaluator", x => x.Evaluator).Description("Ofsted or the CQC.");
            t.Field("grade", x => x.Grade).Description("The quality grade given.");
            t.Field("evaluatedOn", x => x.EvaluatedOn).Description("When it was evaluated.");
        });
        types.Object<ActionPlanStatusCount>("ActionPlanStatusCount", t =>
        {
            t.Description("How many action plans are in one status.");
            t.Field("status", x => x.Status).Description("The status.");
            t.Field("count", x => x.Count).Description("How many plans; 0 when none.");
        });
        types.Object<RagCount>("RagCount", t =>
        {
            t.Description("How many ratings of one colour.");
            t.Field("rag", x => x.Rag).Description("The colour.");
            t.Field("count", x => x.Count).Description("How many.");
        });
        types.Object<RatingCount>("ComplianceRatingCount", t =>
        {
            t.Description("How many duty self-assessments gave one rating.");
            t.Field("rating", x => x.Rating).Description("The rating; null counts duties not yet assessed.");
            t.Field("count", x => x.Count).Description("How many.");
        });
        types.Object<AnnualComplianceReview>("AnnualComplianceReview", t =>
        {
            t.Description("The annual review of compliance with the policy (DOR 13.1), over the financial year to date.");
            t.Field("financialYear", x => x.FinancialYear).Description("The financial year, e.g. 2025/26.");
            t.Field("providers", x => x.Providers).Description("How many providers were reviewed.");
            t.Field("providersWithEveryReturn", x => x.ProvidersWithEveryReturn).Description("How many submitted an indicator return for every quarter covered.");
            t.Field("indicatorRatings", x => x.IndicatorRatings).Description("Indicator ratings over every provider and quarter, by colour.");
            t.Field("dutySelfAssessments", x => x.DutySelfAssessments).Description("Duty self-assessments by rating.");
            t.Field("dutiesChallenged", x => x.DutiesChallenged).Description("Self-assessments the commissioner challenged.");
            t.Field("auditAssurance", x => x.AuditAssurance).Description("Audits reported in the year by assurance: full GREEN, significant AMBER, limited or none RED.");
        });
    }
}
