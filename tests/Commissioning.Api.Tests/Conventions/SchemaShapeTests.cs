using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.Api.Tests.Conventions;

/// <summary>The SDL the conventions produce is what HotChocolate clients expect to read.</summary>
public sealed class SchemaShapeTests : IClassFixture<ConventionsHarness>
{
    private readonly string _sdl;

    public SchemaShapeTests(ConventionsHarness harness) => _sdl = SchemaPrinter.Print(harness.Schema);

    [Theory]
    [InlineData("scalar DateTime @specifiedBy(url: \"https://scalars.graphql.org/andimarek/date-time\")")]
    [InlineData("scalar Date @specifiedBy(url: \"https://scalars.graphql.org/andimarek/local-date\")")]
    [InlineData("scalar UUID @specifiedBy(")]
    [InlineData("scalar Long @specifiedBy(")]
    [InlineData("scalar Decimal @specifiedBy(")]
    [InlineData("scalar FinancialQuarter @specifiedBy(")]
    [InlineData("interface Node {\n  \"\"\"The global, opaque id of the object.\"\"\"\n  id: ID!\n}")]
    [InlineData("type Widget implements Node {")]
    [InlineData("node(id: ID!): Node")]
    [InlineData("nodes(ids: [ID!]!): [Node]!")]
    [InlineData("widgets(\n")]
    [InlineData("where: WidgetFilterInput")]
    [InlineData("order: [WidgetSortInput!]")]
    [InlineData("): WidgetConnection!")]
    [InlineData("edges: [WidgetEdge!]")]
    [InlineData("nodes: [Widget!]")]
    [InlineData("pageInfo: PageInfo!")]
    [InlineData("totalCount: Int!")]
    [InlineData("cursor: String!")]
    [InlineData("node: Widget!")]
    [InlineData("hasNextPage: Boolean!")]
    [InlineData("startCursor: String\n")]
    [InlineData("enum SortEnumType {\n  \"\"\"Smallest, earliest or A first.\"\"\"\n  ASC\n\n  \"\"\"Largest, latest or Z first.\"\"\"\n  DESC\n}")]
    [InlineData("and: [WidgetFilterInput!]")]
    [InlineData("renameWidget(input: RenameWidgetInput!): RenameWidgetPayload!")]
    [InlineData("union RenameWidgetError = NotFoundError | ValidationFailedError")]
    [InlineData("type NotFoundError implements Error {")]
    [InlineData("errors: [RenameWidgetError!]")]
    public void The_schema_declares(string sdl) => Assert.Contains(sdl, _sdl);

    [Fact]
    public void A_nullable_sort_key_is_refused_when_declared_because_keyset_paging_would_lose_rows()
    {
        lock (ConventionsHarness.SchemaBuilding)
        {
            var conventions = new GraphQLConventions(new SchemaBuilder());
            var error = Assert.Throws<ArgumentException>(() => conventions.Queryable<Widget, int>("Widget", w => w.Id, q => q.Sort("notes", w => w.Notes)));
            Assert.Contains("nullable", error.Message);
            conventions.Queryable<Widget, int>("Maker", w => w.Id, q => q.Sort("notes", w => w.Notes ?? ""));
        }
    }

    [Fact]
    public void A_sort_key_without_an_order_is_refused_when_declared_rather_than_failing_on_the_second_page()
    {
        lock (ConventionsHarness.SchemaBuilding)
        {
            var conventions = new GraphQLConventions(new SchemaBuilder());
            var error = Assert.Throws<ArgumentException>(() => conventions.Queryable<Widget, int>("Widget", w => w.Id, q => q.Sort("active", w => w.Active)));
            Assert.Contains("cannot compare", error.Message);
            conventions.Queryable<Widget, int>("Maker", w => w.Id, q => q.Sort("priority", w => w.Priority).Sort("reference", w => w.Reference));
        }
    }
}
