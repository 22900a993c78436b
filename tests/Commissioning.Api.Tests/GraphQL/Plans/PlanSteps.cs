using System.Text.Json;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.GraphQL.Plans;

/// <summary>Moves one plan through its life over the API, keeping the version each step returns.</summary>
internal sealed class PlanSteps(PlansWorld world)
{
    public const string PlanFields = "id version status";

    public string Id { get; private set; } = "";
    public int Version { get; private set; }
    public string Status { get; private set; } = "";
    public List<string> ActionIds { get; } = [];

    public object Ref => new { actionPlanId = Id, expectedVersion = Version };

    public static async Task<string> RaiseIncidentAsync(PlansWorld world, Actor caller) =>
        (await world.SucceedAsync("raiseIncident", "incident", "id", new
        {
            providerId = world.ProviderId, type = "SUI", reportedOn = PlansWorld.Day(PlansWorld.DaysAgo(20)),
            externalReference = "2025/1234", summary = "A child was discharged without a safeguarding check.",
        }, caller)).GetProperty("id").GetString()!;

    /// <summary>A DRAFT plan for the world's provider, copied to both LSCBs (out of county) unless told otherwise.</summary>
    public async Task<PlanSteps> CreateAsync(bool outOfCounty = true)
    {
        var incident = await RaiseIncidentAsync(world, world.Staff);
        Apply(await world.SucceedAsync("createActionPlan", "actionPlan", PlanFields, new
        {
            providerId = world.ProviderId, source = "SUI", sourceRecordId = incident, title = "Discharge checks",
            raisedOn = PlansWorld.Day(PlansWorld.DaysAgo(10)),
            lscbIds = outOfCounty ? new[] { world.LscbId, world.HostLscbId } : new[] { world.LscbId },
        }, world.Staff));
        return this;
    }

    public async Task<PlanSteps> AddActionAsync(string description = "Audit every discharge for a safeguarding check")
    {
        var plan = Apply(await world.SucceedAsync("addAction", "actionPlan", PlanFields + " actions { id }", ActionInput(description), world.Staff));
        ActionIds.Clear();
        ActionIds.AddRange(plan.GetProperty("actions").EnumerateArray().Select(a => a.GetProperty("id").GetString()!));
        return this;
    }

    public object ActionInput(string description, string? actionId = null, DateOnly? due = null) => actionId is null
        ? new { actionPlanId = Id, expectedVersion = Version, description, owner = "Ward manager", dueDate = PlansWorld.Day(due ?? PlansWorld.DaysAgo(-60)),
            intendedOutcome = "No discharge without a check", howReviewed = "Monthly audit", category = "PRACTICE" }
        : new { actionPlanId = Id, expectedVersion = Version, actionId, description, owner = "Ward manager", dueDate = PlansWorld.Day(due ?? PlansWorld.DaysAgo(-60)),
            intendedOutcome = "No discharge without a check", howReviewed = "Monthly audit", category = "PRACTICE" };

    public async Task<PlanSteps> AppointManagerAsync() =>
        Step(await world.SucceedAsync("appointAccountableManager", "actionPlan", PlanFields,
            new { actionPlanId = Id, expectedVersion = Version, name = "Sam Senior", jobTitle = "Chief Nurse" }, world.Staff));

    public async Task<PlanSteps> SubmitAsync() => Step(await world.SucceedAsync("submitActionPlan", "actionPlan", PlanFields, Ref, world.Staff));

    public async Task<PlanSteps> ScrutiniseAsync(string outcome) =>
        Step(await world.SucceedAsync("scrutiniseActionPlan", "actionPlan", PlanFields,
            new { actionPlanId = Id, expectedVersion = Version, outcome, advice = "Add a training action.", scrutinisedOn = PlansWorld.Day(PlansWorld.DaysAgo(0)) },
            PlansWorld.Nurse));

    public async Task<PlanSteps> SubmitToLscbAsync() =>
        Step(await world.SucceedAsync("submitActionPlanToLscb", "actionPlan", PlanFields,
            new { actionPlanId = Id, expectedVersion = Version, lscbIds = new[] { world.LscbId, world.HostLscbId } }, world.Staff));

    public async Task<PlanSteps> StartAsync() => Step(await world.SucceedAsync("startActionPlan", "actionPlan", PlanFields, Ref, world.Staff));

    public object ProgressInput(string status, string narrative = "Audit running on every ward.", string? quarter = null) => new
    {
        actionPlanId = Id, expectedVersion = Version, quarter = quarter ?? CurrentQuarter, overallNarrative = "On track.",
        actions = ActionIds.Select(a => new { actionId = a, status, narrative }).ToArray(),
    };

    public async Task<JsonElement> ReportAsync(string status, string narrative = "Audit running on every ward.")
    {
        var plan = await world.SucceedAsync("submitQuarterlyProgress", "actionPlan",
            PlanFields + " progressUpdates { totalCount nodes { quarter revision isCorrection overallNarrative actions { status narrative action { id status } } } }",
            ProgressInput(status, narrative), world.Staff);
        Apply(plan);
        return plan;
    }

    /// <summary>A plan in progress with one action: everything before quarterly reporting done.</summary>
    public async Task<PlanSteps> InProgressAsync()
    {
        await CreateAsync();
        await AddActionAsync();
        await AppointManagerAsync();
        await SubmitAsync();
        await ScrutiniseAsync("ACCEPTED");
        await SubmitToLscbAsync();
        return await StartAsync();
    }

    public static string CurrentQuarter => Domain.FinancialQuarter.FromDate(PlansWorld.DaysAgo(1)).ToString();

    public JsonElement Apply(JsonElement plan)
    {
        Id = plan.GetProperty("id").GetString()!;
        Version = plan.GetProperty("version").GetInt32();
        Status = plan.GetProperty("status").GetString()!;
        return plan;
    }

    private PlanSteps Step(JsonElement plan)
    {
        Apply(plan);
        return this;
    }
}
