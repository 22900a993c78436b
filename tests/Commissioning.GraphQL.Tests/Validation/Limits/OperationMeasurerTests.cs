using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.GraphQL.Tests.Validation.Limits;

/// <summary>Depth, aliases, root fields and field cost of an operation, as <see cref="OperationMeasurer"/> documents them.</summary>
public class OperationMeasurerTests
{
    private static OperationMeasure Measure(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        LimitsSchema.Measure(query, variables);

    [Fact]
    public void A_scalar_field_costs_nothing_and_a_declared_weight_is_used_as_written()
    {
        Assert.Equal(0, Measure("{ answer }").FieldCost);
        Assert.Equal(7.5, Measure("{ expensive }").FieldCost);
    }

    [Fact]
    public void A_connection_without_first_or_last_is_sized_by_its_default_page()
    {
        // books @cost 10, and nodes is a sized field: 20 books of weight 1.
        Assert.Equal(10 + 20 * 1, Measure("{ books { nodes { title } } }").FieldCost);
    }

    [Fact]
    public void First_sizes_edges_and_nodes_but_not_total_count()
    {
        // edges: 5 × (edge 1 + node 1 + author 1)
        Assert.Equal(10 + 5 * 3, Measure("{ books(first: 5) { edges { node { title author { name } } } totalCount } }").FieldCost);
        Assert.Equal(10 + 7 * 1, Measure("{ books(last: 7) { nodes { title } } }").FieldCost);
    }

    [Fact]
    public void A_slicing_argument_given_as_a_variable_is_measured_at_its_value()
    {
        const string query = "query($n: Int) { books(first: $n) { nodes { title } } }";
        Assert.Equal(10 + 50, Measure(query, new Dictionary<string, object?> { ["n"] = 50L }).FieldCost);
        Assert.Equal(10 + 20, Measure(query).FieldCost);
    }

    [Fact]
    public void Nested_lists_multiply()
    {
        // inner: 10 + 10 × 1 = 20; author: 1 + 20; outer nodes: 10 × (1 + 21); outer books: 10 + 220.
        const string query = "{ books(first: 10) { nodes { author { books(first: 10) { nodes { title } } } } } }";
        Assert.Equal(230, Measure(query).FieldCost);
    }

    [Fact]
    public void A_list_without_list_size_is_assumed_to_hold_the_default_list_size()
    {
        Assert.Equal(new OperationLimits().DefaultListSize * 1, Measure("{ shelves { label } }").FieldCost);
        Assert.Equal(3, Measure("{ top(count: 3) { title } }").FieldCost);
    }

    [Fact]
    public void Fragments_are_costed_where_they_are_spread_including_the_sizes_their_parent_gives()
    {
        const string query = """
            { ...Root }
            fragment Root on Query { books(first: 2) { ...Page } }
            fragment Page on BookConnection { nodes { title } }
            """;
        Assert.Equal(10 + 2, Measure(query).FieldCost);
    }

    [Fact]
    public void Every_type_condition_of_an_abstract_selection_adds_up()
    {
        Assert.Equal(1 + 1, Measure("{ item { ... on Book { title author { name } } ... on Author { name } } }").FieldCost);
    }

    [Fact]
    public void A_field_that_requires_one_slicing_argument_reports_none_or_two()
    {
        Assert.Empty(Measure("{ pick(first: 2) { title } }").Errors);
        var none = Assert.Single(Measure("{ pick { title } }").Errors);
        Assert.Equal(OperationLimitCodes.SlicingArgumentRequired, none.Code);
        Assert.Equal(OperationLimitCodes.SlicingArgumentRequired, Assert.Single(Measure("{ pick(first: 1, last: 1) { title } }").Errors).Code);
    }

    [Fact]
    public void Depth_counts_fields_and_expands_fragments()
    {
        Assert.Equal(1, Measure("{ answer }").Depth);
        Assert.Equal(5, Measure("{ books { edges { node { author { name } } } } }").Depth);
        Assert.Equal(4, Measure("{ books { ...Edges } } fragment Edges on BookConnection { edges { node { title } } }").Depth);
        Assert.Equal(3, Measure("{ books { ... on BookConnection { nodes { title } } } }").Depth);
    }

    [Fact]
    public void Introspection_is_left_out_of_depth_cost_and_root_fields()
    {
        var measure = Measure("{ __typename __schema { types { fields { type { name } } } } answer }");
        Assert.Equal(1, measure.Depth);
        Assert.Equal(0, measure.FieldCost);
        Assert.Equal(1, measure.RootFields);
    }

    [Fact]
    public void Root_fields_are_distinct_response_keys_and_aliases_are_counted_everywhere()
    {
        var measure = Measure("{ answer again: answer answer ...More } fragment More on Query { answer x: __typename }");
        Assert.Equal(2, measure.RootFields);
        Assert.Equal(2, measure.Aliases);
    }

    [Fact]
    public void A_fragment_counts_its_aliases_each_time_it_is_spread()
    {
        var text = new System.Text.StringBuilder("{ books { nodes { ...F30 } } }\nfragment F0 on Book { a: title b: title }\n");
        for (var i = 1; i <= 30; i++) text.Append($"fragment F{i} on Book {{ ...F{i - 1} ... on Book {{ ...F{i - 1} }} }}\n");
        // Measured per fragment once: 2^31 aliases are counted without expanding 2^30 copies.
        Assert.Equal(Math.Pow(2, 31), Measure(text.ToString()).Aliases);
    }
}
