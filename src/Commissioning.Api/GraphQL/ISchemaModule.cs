namespace Commissioning.Api.GraphQL;

/// <summary>
/// One area of the commissioning schema (organisations, schedules, incidents...). A module declares its
/// types, filters and node types on <see cref="SchemaModuleContext.Types"/> and
/// <see cref="SchemaModuleContext.Conventions"/>, and adds its root fields through
/// <see cref="SchemaModuleContext.Query"/> and <see cref="SchemaModuleContext.Mutation"/>.
/// Register a new module with one line in <see cref="SchemaModules.All"/>.
/// </summary>
public interface ISchemaModule
{
    void Configure(SchemaModuleContext schema);
}
