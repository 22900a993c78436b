using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Tests.Validation.Limits;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>@cost and @listSize declared in code or SDL, and printed in the SDL clients build against.</summary>
public class CostDirectivesTests
{
    private sealed record Shelf(string Label);

    [Fact]
    public void Code_first_fields_print_their_cost_and_list_size_and_the_schema_defines_both_directives()
    {
        var schema = new SchemaBuilder()
            .AddCostDirectives()
            .Object<Shelf>("Shelf", s => s.Field("label", x => x.Label))
            .Query(q =>
            {
                q.Field("shelves", (_, _) => Array.Empty<Shelf>()).Type(TypeReference.Named("Shelf").NonNull().List().NonNull())
                    .Argument("first", Scalars.Int)
                    .Cost(10)
                    .ListSize(new ListSize { AssumedSize = 100, SlicingArguments = ["first"], SlicingArgumentDefaultValue = 20, RequireOneSlicingArgument = false });
                q.Field("count", (_, _) => 1).Cost(2.5);
            })
            .Build();

        var sdl = SchemaPrinter.Print(schema);
        Assert.Contains("""shelves(first: Int): [Shelf!]! @cost(weight: "10") @listSize(assumedSize: 100, slicingArguments: ["first"], slicingArgumentDefaultValue: 20, requireOneSlicingArgument: false)""", sdl);
        Assert.Contains("""count: Int! @cost(weight: "2.5")""", sdl);
        Assert.Contains("directive @cost(", sdl);
        Assert.Contains("requireOneSlicingArgument: Boolean! = true\n) on FIELD_DEFINITION", sdl);
    }

    [Fact]
    public void Sdl_directives_become_the_same_metadata_and_print_back_unchanged()
    {
        var books = LimitsSchema.Schema.QueryType!.Fields["books"]!;
        Assert.Equal(new FieldCost(10), books.Metadata[CostDirectives.CostKey]);
        var listSize = Assert.IsType<ListSize>(books.Metadata[CostDirectives.ListSizeKey]);
        Assert.Equal(["edges", "nodes"], listSize.SizedFields);
        Assert.Equal(20, listSize.SlicingArgumentDefaultValue);
        Assert.False(listSize.RequireOneSlicingArgument);

        var printed = SchemaPrinter.Print(LimitsSchema.Schema);
        Assert.Equal(printed, SchemaPrinter.Print(SdlSchema.Build(printed)));
        Assert.Contains("""expensive: Int @cost(weight: "7.5")""", printed);
    }
}
