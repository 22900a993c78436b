using Commissioning.Api.GraphQL.Conventions;

namespace Commissioning.Api.Tests.Conventions;

/// <summary>Mutation conventions: input object in, payload with the changed object or typed domain errors out.</summary>
public sealed class MutationPayloadTests : IClassFixture<ConventionsHarness>
{
    private const string Selection = """
        { widget { id name } errors { __typename ... on Error { message code } ... on ValidationFailedError { field } } }
        """;

    private readonly ConventionsHarness _harness;

    public MutationPayloadTests(ConventionsHarness harness) => _harness = harness;

    [Fact]
    public async Task Success_returns_the_changed_object_and_no_errors()
    {
        var id = NodeId.Encode("Widget", 3);
        var response = await _harness.ExecuteAsync($"mutation {{ renameWidget(input: {{ id: \"{id}\", name: \"Sprocket\" }}) {Selection} }}");
        response.AssertNoErrors();
        Assert.Equal("Sprocket", response.At("data", "renameWidget", "widget", "name").GetString());
        Assert.Equal(id, response.At("data", "renameWidget", "widget", "id").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data", "renameWidget", "errors").ValueKind);
    }

    [Fact]
    public async Task A_domain_rule_saying_no_is_a_typed_error_in_the_payload()
    {
        var response = await _harness.ExecuteAsync($"mutation {{ renameWidget(input: {{ id: \"{NodeId.Encode("Widget", 4)}\", name: \" \" }}) {Selection} }}");
        response.AssertNoErrors();
        var error = response.At("data", "renameWidget", "errors", 0);
        Assert.Equal("ValidationFailedError", error.GetProperty("__typename").GetString());
        Assert.Equal("VALIDATION_FAILED", error.GetProperty("code").GetString());
        Assert.Equal("A widget needs a name.", error.GetProperty("message").GetString());
        Assert.Equal("name", error.GetProperty("field").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.At("data", "renameWidget", "widget").ValueKind);
    }

    [Fact]
    public async Task Each_declared_code_has_its_own_error_type()
    {
        var response = await _harness.ExecuteAsync($"mutation {{ renameWidget(input: {{ id: \"{NodeId.Encode("Widget", 404)}\", name: \"X\" }}) {Selection} }}");
        response.AssertNoErrors();
        var error = response.At("data", "renameWidget", "errors", 0);
        Assert.Equal("NotFoundError", error.GetProperty("__typename").GetString());
        Assert.Equal("NOT_FOUND", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_malformed_id_is_a_GraphQL_error_not_a_payload_error()
    {
        var response = await _harness.ExecuteAsync($"mutation {{ renameWidget(input: {{ id: \"{NodeId.Encode("Maker", 1)}\", name: \"X\" }}) {Selection} }}");
        Assert.Equal(ConventionErrorCodes.NodeIdTypeMismatch, response.ErrorCode());
    }

    [Fact]
    public async Task The_schema_has_the_payload_input_and_error_union_shapes()
    {
        var response = await _harness.ExecuteAsync("""
            {
              u: __type(name: "RenameWidgetError") { kind possibleTypes { name interfaces { name } } }
              p: __type(name: "RenameWidgetPayload") { fields { name type { kind name ofType { kind name ofType { name } } } } }
              i: __type(name: "RenameWidgetInput") { kind inputFields { name } }
              m: __schema { mutationType { fields { name type { kind ofType { name } } args { name type { kind ofType { name } } } } } }
            }
            """);
        response.AssertNoErrors();
        var union = response.At("data", "u");
        Assert.Equal("UNION", union.GetProperty("kind").GetString());
        Assert.Equal(["NotFoundError", "ValidationFailedError"], union.GetProperty("possibleTypes").Names().Order());
        Assert.All(union.GetProperty("possibleTypes").EnumerateArray(), t => Assert.Equal("Error", t.At("interfaces", 0, "name").GetString()));
        var errors = response.At("data", "p", "fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "errors");
        Assert.Equal("LIST", errors.At("type", "kind").GetString());
        Assert.Equal("RenameWidgetError", errors.At("type", "ofType", "ofType", "name").GetString());
        Assert.Equal(["id", "name"], response.At("data", "i", "inputFields").Names());
        var field = response.At("data", "m", "mutationType", "fields", 0);
        Assert.Equal("RenameWidgetPayload", field.At("type", "ofType", "name").GetString());
        Assert.Equal("RenameWidgetInput", field.At("args", 0, "type", "ofType", "name").GetString());
    }
}
