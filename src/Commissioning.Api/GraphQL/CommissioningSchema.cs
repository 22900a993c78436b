using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.Api.GraphQL;

/// <summary>The commissioning schema: the conventions plus every module, built and validated once.</summary>
public static class CommissioningSchema
{
    public const string Description =
        "Safeguarding commissioning: the providers a commissioner funds, their contracts and Section 11 " +
        "schedules, and the incidents, reviews and action plans that follow. Quality teams and designated " +
        "nurses assure providers here, provider staff report their own progress, and dashboards read the " +
        "figures. Lists are Relay connections with `where` and `order`; objects with an `id` can be " +
        "fetched again with `node(id:)`.";

    /// <param name="connections">Page sizes of every connection; the conventions' defaults (20, at most 100) when null.</param>
    public static Schema Build(IEnumerable<ISchemaModule> modules, ConnectionOptions? connections = null)
    {
        var builder = new SchemaBuilder().Description(Description);
        var conventions = new GraphQLConventions(builder, connections);
        builder.AddConnectionCosts(conventions.ConnectionOptions);
        var context = new SchemaModuleContext(builder, conventions);
        foreach (var module in modules) module.Configure(context);

        builder.Query(query =>
        {
            query.Description("Everything you can read. Start from a list such as `providers`, from `node(id:)`, or from `me`.");
            query.NodeFields(context.Nodes);
            foreach (var fields in context.QueryFields) fields(query);
        });
        if (context.MutationFields.Count > 0)
            builder.Mutation(mutation =>
            {
                mutation.Description("Everything you can change. Each mutation returns a payload whose `errors` list the business rules that stopped it.");
                foreach (var fields in context.MutationFields) fields(mutation);
            });
        Authorization.AccessPolicy.Apply(new Authorization.AccessRules(builder));
        return builder.Build();
    }

    /// <summary>The SDL of the schema of <see cref="SchemaModules.All"/>, as held in schema/schema.graphql.</summary>
    public static string PrintSdl() => PrintSdl(Build(SchemaModules.All));

    public static string PrintSdl(Schema schema) => SchemaPrinter.Print(schema) + "\n";
}
