using Commissioning.Api.GraphQL.Modules;

namespace Commissioning.Api.GraphQL;

/// <summary>Every module of the schema, in the order their root fields appear. Add one line per module.</summary>
public static class SchemaModules
{
    public static IReadOnlyList<ISchemaModule> All { get; } =
    [
        new ViewerModule(),
        new OrganisationsModule(),
        new ContractsModule(),
        new SchedulesModule(),
        new IndicatorReturnsModule(),
        new AuditsModule(),
        new IncidentsModule(),
        new ReviewsModule(),
        new ActionPlansModule(),
        new ExceptionsModule(),
        new ComplianceModule(),
        new ReportsModule(),
        new AuditTrailModule(),
        new ProviderMutations(),
        new ContractMutations(),
        new ScheduleMutations(),
        new SelfAssessmentMutations(),
        new AuditMutations(),
        new IndicatorReturnMutations(),
        new MeetingsModule(),
    ];
}
