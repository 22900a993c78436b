using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain.ActionPlans;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// Action plans with their actions, accountable senior manager, status history, quarterly progress
/// updates (each correction a new revision) and scrutinies: <c>actionPlans</c> and, through
/// <see cref="ActionPlanMutations"/>, every step of the plan's life.
/// </summary>
public sealed class ActionPlansModule : ISchemaModule
{
    public const string TypeName = "ActionPlan";
    public const string ActionTypeName = "PlanAction";
    public const string ProgressUpdateTypeName = "ProgressUpdate";
    public const string ScrutinyTypeName = "Scrutiny";

    private static readonly TypeReference NonNullId = TypeReference.Of(new NonNullType(Scalars.ID));

    public void Configure(SchemaModuleContext schema)
    {
        ActionPlanEnums.Declare(schema.Types);
        ActionPlanMutations.DeclareInputs(schema.Types);
        schema.Nodes
            .Add<ActionPlan, Guid>(TypeName, CaseRecordLoaders.FetchPlans)
            .Add<PlanAction, Guid>(ActionTypeName, CaseRecordLoaders.FetchActions)
            .Add<ProgressUpdateView, Guid>(ProgressUpdateTypeName, CaseRecordLoaders.FetchProgressUpdates)
            .Add<Scrutiny, Guid>(ScrutinyTypeName, CaseRecordLoaders.FetchScrutinies);

        var plans = schema.Conventions.Queryable<ActionPlan, Guid>(TypeName, p => p.Id, q => q
            .FilterById("id", p => p.Id, TypeName)
            .FilterById("provider", p => p.ProviderId, "Provider")
            .FilterAndSort("status", p => p.Status)
            .FilterAndSort("source", p => p.Source)
            .FilterAndSort("title", p => p.Title)
            .FilterAndSort("raisedOn", p => p.RaisedOn)
            .OrderByDefault("raisedOn", SortEnumType.Desc)
            .ReadPageWith(ActionPlanHeaders.ReadAsync)
            .OnPageLoaded(ActionPlanParts.LoadPageAsync));
        // Declares ProgressUpdateConnection for the nested connection; a plan's revisions are paged in memory.
        schema.Conventions.Queryable<ProgressUpdateView, Guid>(ProgressUpdateTypeName, u => u.Id, _ => { });

        DeclarePlan(schema.Types, schema.Conventions.ConnectionOptions);
        DeclareParts(schema.Types);
        schema.Query(q => q.Connection("actionPlans", schema.Conventions, plans, (_, c) => Visible(c))
            .Description("Action plans, most recently raised first unless you say otherwise; provider staff see their own provider's only."));
        schema.Mutation(m => ActionPlanMutations.Declare(m, schema.Conventions));
    }

    /// <summary>
    /// The plans alone: their parts load for the whole page, and only when selected (<see cref="ActionPlanParts"/>);
    /// their history and LSCB lists only when selected too (<see cref="ActionPlanHeaders"/>).
    /// </summary>
    private static IQueryable<ActionPlan> Visible(IResolveFieldContext context)
    {
        var plans = context.Db().ActionPlans.AsNoTracking().IgnoreAutoIncludes();
        return context.Caller() is { IsProvider: true, ProviderId: { } own } ? plans.Where(p => p.ProviderId == own) : plans;
    }

    private static void DeclarePlan(SchemaBuilder types, ConnectionOptions connectionOptions) =>
        types.Object<ActionPlan>(TypeName, t =>
        {
            t.Description("What a provider will do in response to an incident, review or audit, and how it is going.");
            t.NodeId(x => x.Id);
            t.Field("providerId", (x, _) => NodeId.Encode("Provider", x.ProviderId)).Type(NonNullId).Description("The id of the provider that owns the plan.");
            t.FieldAsync("provider", (x, c) => Loaders.Provider(c).LoadAsync(x.ProviderId)).Type(TypeReference.Named("Provider").NonNull())
                .Description("The provider that owns the plan and carries it out.");
            t.Field("title", x => x.Title).Description("What the plan is about.");
            t.Field("source", x => x.Source).Description("What the plan responds to.");
            t.FieldAsync("sourceIncident", async (x, c) => x.SourceRecordKind == SourceRecordKind.Incident ? await CaseRecordLoaders.Incident(c, x.SourceRecordId).ConfigureAwait(false) : null)
                .Type(IncidentsModule.TypeName).Description("The incident the plan responds to, when it responds to one.");
            t.FieldAsync("sourceReview", async (x, c) => x.SourceRecordKind == SourceRecordKind.Review ? await CaseRecordLoaders.Review(c, x.SourceRecordId).ConfigureAwait(false) : null)
                .Type(ReviewsModule.TypeName).Description("The review the plan responds to, when it responds to one.");
            t.Field("raisedOn", x => x.RaisedOn).Description("The day the plan was raised.");
            t.Field("status", x => x.Status).Description("Where the plan is in its life; it moves only by the mutations, one step at a time.");
            t.Field("accountableManager", x => x.AccountableManager)
                .Description("The senior manager accountable for the plan (DOR 4.9); it cannot be submitted without one.");
            t.Field("lscbIds", (x, _) => x.LscbIds.Select(id => NodeId.Encode("Lscb", id)).ToList()).Type(NonNullId.List().NonNull())
                .Description("The LSCBs the plan is copied to: the lead and, out of county, the host's.");
            t.FieldAsync("lscbs", async (x, c) => (await Loaders.Lscb(c).LoadManyAsync(x.LscbIds).ConfigureAwait(false)).OfType<Domain.Organisations.Lscb>().ToList())
                .Type(TypeReference.Named("Lscb").NonNull().List().NonNull())
                .Description("The LSCBs the plan is copied to.");
            t.Field("submittedToLscbIds", (x, _) => x.SubmittedToLscbIds.Select(id => NodeId.Encode("Lscb", id)).ToList()).Type(NonNullId.List().NonNull())
                .Description("The LSCBs the plan has been submitted to.");
            t.FieldValueTask("actions", (x, c) => ActionPlanParts.ActionsAsync(c, x)).Type(TypeReference.Named(ActionTypeName).NonNull().List().NonNull())
                .Description("The plan's actions.");
            t.Field("statusHistory", x => x.History).Description("Every status the plan has had, oldest first, with who moved it.");
            t.NestedConnection<ActionPlan, ProgressUpdateView>("progressUpdates", ProgressUpdateTypeName,
                    (x, c) => ActionPlanParts.ProgressUpdatesAsync(c, x), u => u.Id, connectionOptions,
                    c => c.GetArgument<Domain.FinancialQuarter?>("quarter") is { } q ? u => u.Quarter == q : null)
                .Argument("quarter", TypeReference.Named("FinancialQuarter"), a => a.Description("Only the revisions for this quarter."))
                .Description("Quarterly progress updates, latest quarter and revision first. A correction is a new revision; earlier revisions stay as they were.");
            t.FieldValueTask("scrutinies", (x, c) => ActionPlanParts.ScrutiniesAsync(c, x)).Type(TypeReference.Named(ScrutinyTypeName).NonNull().List().NonNull())
                .Description("The designated nurse's scrutinies of the plan and its updates, oldest first.");
            t.Field("version", x => x.Version).Description("Changes with every edit; send it back as `expectedVersion` when you change the plan.");
        });

    private static void DeclareParts(SchemaBuilder types)
    {
        types.Object<AccountableManager>("AccountableSeniorManager", t =>
        {
            t.Description("The provider's senior manager accountable for a plan.");
            t.Field("name", x => x.Name).Description("Their name.");
            t.Field("jobTitle", x => x.JobTitle).Description("Their job title.");
        });
        types.Object<PlanStatusChange>("ActionPlanStatusChange", t =>
        {
            t.Description("One move of a plan from one status to another.");
            t.Field("from", x => x.From).Description("The status before; null when the plan was raised.");
            t.Field("to", x => x.To).Description("The status after.");
            t.Field("at", x => x.At).Description("When the plan moved.");
            t.Field("byUserId", x => x.ByUserId).Description("Who moved it.");
            t.Field("byRole", x => x.ByRole).Description("The role they moved it in.");
        });
        types.Object<PlanAction>(ActionTypeName, t =>
        {
            t.Description("One thing a plan commits the provider to do, by a date.");
            t.NodeId(x => x.Id);
            t.Field("description", x => x.Description).Description("What will be done.");
            t.Field("owner", x => x.Owner).Description("Who will do it.");
            t.Field("dueDate", x => x.DueDate).Description("When it is due.");
            t.Field("intendedOutcome", x => x.IntendedOutcome).Description("What it should change.");
            t.Field("howReviewed", x => x.HowReviewed).Description("How the change will be checked.");
            t.Field("category", x => x.Category).Description("What kind of action it is.");
            t.Field("status", x => x.Status).Description("How far it has got, as last reported.");
            t.Field("completedOn", x => x.CompletedOn).Description("The day it was completed; null until then.");
            t.Field("evidence", x => x.Evidence).Description("The latest evidence reported for it.");
        });
        types.Object<ProgressUpdateView>(ProgressUpdateTypeName, t =>
        {
            t.Description("One revision of a plan's progress report for a quarter. Revisions are never changed; a correction is the next revision.");
            t.NodeId(x => x.Id);
            t.FieldAsync("actionPlan", (x, c) => CaseRecordLoaders.Plan(c, x.PlanId)).Type(TypeReference.Named(TypeName).NonNull())
                .Description("The plan reported on.");
            t.Field("quarter", x => x.Quarter).Description("The quarter reported on.");
            t.Field("revision", x => x.Revision).Description("1 for the first report for the quarter, 2 for its first correction, and so on.");
            t.Field("isCorrection", x => x.IsCorrection).Description("Whether this revision corrects an earlier one.");
            t.Field("overallNarrative", x => x.OverallNarrative).Description("The provider's account of the plan as a whole.");
            t.FieldAsync("actions", (x, c) => ActionPlanParts.EntriesAsync(c, x)).Type(TypeReference.Named("ActionProgressReport").NonNull().List().NonNull())
                .Description("What was reported for each action.");
            t.Field("submittedByName", x => x.SubmittedByName).Description("Who submitted it.");
            t.Field("submittedAt", x => x.SubmittedAt).Description("When it was submitted.");
        });
        types.Object<ActionProgress>("ActionProgressReport", t =>
        {
            t.Description("The progress one update reports for one action.");
            t.FieldAsync("action", (x, c) => CaseRecordLoaders.Action(c, x.ActionId)).Type(ActionTypeName).Description("The action reported on; null if it was later removed.");
            t.Field("status", x => x.Status).Description("The status reported.");
            t.Field("narrative", x => x.Narrative).Description("What was done.");
            t.Field("completedOn", x => x.CompletedOn).Description("The day it was completed, for a COMPLETE action.");
            t.Field("evidence", x => x.Evidence).Description("Evidence offered.");
        });
        types.Object<Scrutiny>(ScrutinyTypeName, t =>
        {
            t.Description("A designated nurse's scrutiny of a plan or of one progress update (DOR 4.17); never changed once recorded.");
            t.NodeId(x => x.Id);
            t.Field("subject", x => x.Subject).Description("Whether the plan or a progress update was scrutinised.");
            t.FieldAsync("progressUpdate", async (x, c) => x.ProgressUpdateId is { } id ? await CaseRecordLoaders.ProgressUpdate(c, id).ConfigureAwait(false) : null)
                .Type(ProgressUpdateTypeName).Description("The update scrutinised, when the subject is an update.");
            t.Field("outcome", x => x.Outcome).Description("The decision.");
            t.Field("advice", x => x.Advice).Description("The advice given to the provider.");
            t.Field("scrutinisedOn", x => x.ScrutinisedOn).Description("The day of the scrutiny.");
            t.Field("byName", x => x.ByName).Description("Who scrutinised.");
            t.Field("recordedAt", x => x.RecordedAt).Description("When it was recorded.");
        });
    }
}
