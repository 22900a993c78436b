using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.Domain.Indicators;
using Commissioning.Domain.Schedules;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Commissioning.Api.GraphQL.Mutations;
using static Commissioning.Api.GraphQL.Modules.NodeTypeNames;
using static Commissioning.Api.GraphQL.Mutations.MutationErrors;
using static Commissioning.Api.GraphQL.Mutations.MutationScope;

namespace Commissioning.Api.GraphQL.Modules;

/// <summary>
/// <c>submitIndicatorReturn</c>: provider staff report their schedule's indicators for one financial
/// quarter, once. Each value is rated GREEN, AMBER or RED against the target; indicators left out are GREY.
/// </summary>
public sealed class IndicatorReturnMutations : ISchemaModule
{
    public void Configure(SchemaModuleContext schema)
    {
        schema.Types.InputObject<IndicatorValueInput>("IndicatorValueInput", i =>
        {
            i.Description("The value of one indicator in a return.");
            i.Field(x => x.IndicatorCode).Description("The indicator's code in the schedule, e.g. TRAINING_L1.");
            i.Field(x => x.Value).Description("The measurement (a percentage 0-100, a whole count, or 1/0 for yes/no); null when it cannot be reported.");
            i.Field(x => x.Comment).Description("Context for the value, if any.");
        });

        schema.Mutation(m => m.MutationField<SubmitIndicatorReturnInput, IndicatorReturn>(schema.Conventions,
                "submitIndicatorReturn", "indicatorReturn", IndicatorReturnNode, i =>
                {
                    i.Description("A schedule's indicator values for one financial quarter.");
                    i.Field(x => x.ScheduleId).Type(TypeReference.Of(new NonNullType(Scalars.ID))).Description("Your organisation's Section 11 schedule.");
                    i.Field(x => x.Quarter).Description("The financial quarter reported, e.g. 2025/26-Q2; it must have started.");
                    i.Field(x => x.Values).Description("At least one indicator value.");
                },
                Codes(ErrorCodes.NotFound, ErrorCodes.Forbidden, ErrorCodes.QuarterNotOpen, ErrorCodes.Duplicate, ErrorCodes.UnknownIndicator, ErrorCodes.ValidationFailed),
                SubmitAsync)
            .Description("Submits the provider's indicator return for a quarter; a quarter has one return, and once submitted it cannot change. Staff of the schedule's provider only."));
    }

    private static Task<Result<IndicatorReturn>> SubmitAsync(SubmitIndicatorReturnInput input, IResolveFieldContext context) =>
        MutationPipeline.RunAsync<IndicatorReturn>(context, async scope =>
        {
            var (actor, clock, db) = (scope.Actor, scope.Clock, scope.Db);
            var scheduleId = Key(input.ScheduleId, ScheduleNode);
            var schedule = (await scope.FindAsync<Section11Schedule>(scheduleId)).VisibleTo(actor, s => s.ProviderId);
            if (schedule is null) return DomainError.NotFound("Section 11 schedule", input.ScheduleId);
            var exists = await db.IndicatorReturns.AnyAsync(r => r.ScheduleId == scheduleId && r.Quarter == input.Quarter, scope.CancellationToken);
            var started = IndicatorReturn.Start(Guid.CreateVersion7(), schedule, input.Quarter, exists, actor, clock);
            if (started.IsFailure) return started.Error;
            var indicatorReturn = started.Value;
            var outcome = Result.Success();
            foreach (var value in input.Values)
                outcome = outcome.Then(() => indicatorReturn.RecordValue(schedule, value.IndicatorCode, value.Value, value.Comment, actor));
            outcome = outcome.Then(() => indicatorReturn.Submit(actor, clock));
            if (outcome.IsSuccess) db.IndicatorReturns.Add(indicatorReturn);
            return outcome.Returning(indicatorReturn);
        });
}

public sealed class SubmitIndicatorReturnInput
{
    public string ScheduleId { get; set; } = "";
    public FinancialQuarter Quarter { get; set; }
    public List<IndicatorValueInput> Values { get; set; } = [];
}

public sealed class IndicatorValueInput
{
    public string IndicatorCode { get; set; } = "";
    public decimal? Value { get; set; }
    public string? Comment { get; set; }
}
