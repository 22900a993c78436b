using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.GraphQL.Errors;

namespace Commissioning.Api.Tests.Conventions;

/// <summary>Global object identification: opaque ids, <c>node(id:)</c> and <c>nodes(ids:)</c>.</summary>
public sealed class NodeIdTests : IClassFixture<ConventionsHarness>
{
    private readonly ConventionsHarness _harness;

    public NodeIdTests(ConventionsHarness harness) => _harness = harness;

    [Fact]
    public void Ids_are_base64_of_type_name_and_key_as_HotChocolate_writes_them()
    {
        var id = NodeId.Encode("Widget", 42);
        Assert.Equal("Widget:42", Encoding.UTF8.GetString(Convert.FromBase64String(id)));
        Assert.Equal(("Widget", "42"), NodeId.Decode(id));
        Assert.Equal(42, NodeId.Decode<int>(id, "Widget"));
        var guid = Guid.NewGuid();
        Assert.Equal(guid, NodeId.Decode<Guid>(NodeId.Encode("Thing", guid), "Thing"));
    }

    [Theory]
    [InlineData("ActionPlan", "01352903-de30-8000-8000-001100000001")]
    [InlineData("Provider", "ffffffff-0000-4000-8000-000000000000")]
    [InlineData("A", "00000000-0000-0000-0000-000000000000")]
    public void A_guid_key_gives_the_same_id_by_either_overload(string typeName, string key)
    {
        var guid = Guid.Parse(key);
        var expected = Convert.ToBase64String(Encoding.UTF8.GetBytes(typeName + ":" + key));
        Assert.Equal(expected, NodeId.Encode(typeName, guid));
        Assert.Equal(expected, NodeId.Encode(typeName, (object)guid));
        var longName = new string('T', 700);
        Assert.Equal(Convert.ToBase64String(Encoding.UTF8.GetBytes(longName + ":" + key)), NodeId.Encode(longName, guid));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("V2lkZ2V0")] // "Widget": no key
    [InlineData("OjQy")] // ":42": no type
    public void Malformed_ids_are_errors_with_a_stable_code(string id)
    {
        var error = Assert.Throws<GraphQLError>(() => NodeId.Decode<int>(id, "Widget"));
        Assert.Equal(ConventionErrorCodes.InvalidNodeId, error.Code);
        Assert.Contains(id, error.Message);
    }

    [Fact]
    public void An_id_of_another_type_or_with_an_unparsable_key_is_refused()
    {
        var mismatch = Assert.Throws<GraphQLError>(() => NodeId.Decode<int>(NodeId.Encode("Maker", 1), "Widget"));
        Assert.Equal(ConventionErrorCodes.NodeIdTypeMismatch, mismatch.Code);
        Assert.Contains("is of type Maker, not Widget", mismatch.Message);
        var badKey = Assert.Throws<GraphQLError>(() => NodeId.Decode<int>(NodeId.Encode("Widget", "abc"), "Widget"));
        Assert.Equal(ConventionErrorCodes.InvalidNodeId, badKey.Code);
    }

    [Fact]
    public async Task Node_refetches_an_object_by_the_id_it_exposes()
    {
        var listed = await _harness.ExecuteAsync("{ widgets(first: 1) { nodes { id name maker { id name } } } }");
        var widget = listed.At("data", "widgets", "nodes", 0);
        var makerId = widget.At("maker", "id").GetString()!;

        var response = await _harness.ExecuteAsync(
            $"{{ w: node(id: \"{widget.GetProperty("id").GetString()}\") {{ __typename id ... on Widget {{ name }} }} m: node(id: \"{makerId}\") {{ __typename ... on Maker {{ name }} }} }}");
        response.AssertNoErrors();
        Assert.Equal("Widget", response.At("data", "w", "__typename").GetString());
        Assert.Equal(widget.GetProperty("name").GetString(), response.At("data", "w", "name").GetString());
        Assert.Equal(widget.GetProperty("id").GetString(), response.At("data", "w", "id").GetString());
        Assert.Equal("Maker", response.At("data", "m", "__typename").GetString());
        Assert.Equal(widget.At("maker", "name").GetString(), response.At("data", "m", "name").GetString());
    }

    [Fact]
    public async Task Node_is_null_for_an_id_nothing_has()
    {
        var response = await _harness.ExecuteAsync($"{{ node(id: \"{NodeId.Encode("Widget", 999)}\") {{ id }} }}");
        response.AssertNoErrors();
        Assert.Equal(JsonValueKind.Null, response.At("data", "node").ValueKind);
    }

    [Theory]
    [InlineData("garbage", ConventionErrorCodes.InvalidNodeId)]
    [InlineData("UGFnZUluZm86MQ==", ConventionErrorCodes.UnknownNodeType)] // PageInfo:1
    [InlineData("V2lkZ2V0OmFiYw==", ConventionErrorCodes.InvalidNodeId)] // Widget:abc
    public async Task Node_with_a_bad_id_is_a_field_error_with_a_code(string id, string code)
    {
        var response = await _harness.ExecuteAsync($"{{ node(id: \"{id}\") {{ id }} }}");
        Assert.Equal(code, response.ErrorCode());
        Assert.Equal("node", response.GetProperty("errors")[0].GetProperty("path")[0].GetString());
    }

    [Fact]
    public async Task Nodes_of_one_type_load_in_one_statement_in_the_order_asked()
    {
        var ids = Enumerable.Range(1, 30).Reverse().Select(i => NodeId.Encode("Widget", i)).Append(NodeId.Encode("Widget", 999)).ToList();
        _harness.Database.Log.Clear();
        var response = await _harness.ExecuteAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Widget { name } } }",
            new Dictionary<string, object?> { ["ids"] = ids.Cast<object?>().ToList() });
        response.AssertNoErrors();
        var nodes = response.At("data", "nodes");
        Assert.Equal(31, nodes.GetArrayLength());
        Assert.Equal(ConventionsHarness.WidgetName(30), nodes[0].GetProperty("name").GetString());
        Assert.Equal(ConventionsHarness.WidgetName(1), nodes[29].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, nodes[30].ValueKind);
        Assert.Single(_harness.Database.Log.Commands);
    }

    [Fact]
    public async Task Nodes_of_two_types_take_one_statement_per_type()
    {
        var ids = new object?[] { NodeId.Encode("Widget", 1), NodeId.Encode("Maker", 1), NodeId.Encode("Widget", 2), NodeId.Encode("Maker", 2) };
        _harness.Database.Log.Clear();
        var response = await _harness.ExecuteAsync("query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }",
            new Dictionary<string, object?> { ["ids"] = ids.ToList() });
        response.AssertNoErrors();
        Assert.Equal(["Widget", "Maker", "Widget", "Maker"], response.At("data", "nodes").EnumerateArray().Select(n => n.GetProperty("__typename").GetString()));
        Assert.Equal(2, _harness.Database.Log.Commands.Count);
    }
}
