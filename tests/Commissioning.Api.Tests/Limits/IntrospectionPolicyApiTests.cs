using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.Api.Tests.Limits;

/// <summary>Commissioning:GraphQL:Introspection: Authenticated (the default), Anyone or Disabled.</summary>
public sealed class IntrospectionPolicyApiTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    private static GraphQLApi Start(string? policy = null) => GraphQLApi.Start(settings: policy is null
        ? new Dictionary<string, string?>()
        : new Dictionary<string, string?> { ["Commissioning:GraphQL:Introspection"] = policy });

    [Fact]
    public async Task By_default_signed_in_callers_may_introspect_and_anonymous_ones_may_not()
    {
        using var api = Start();
        var signedIn = await api.PostAsync(Introspection, caller: TestData.Quality);
        Assert.Equal("Query", signedIn.At("data", "__schema", "queryType", "name").GetString());

        var anonymous = await api.PostAsync(Introspection);
        Assert.Equal(OperationLimitCodes.IntrospectionNotAllowed, anonymous.ErrorCode());
        Assert.False(anonymous.TryGetProperty("data", out _));
        Assert.Equal(OperationLimitCodes.IntrospectionNotAllowed, (await api.PostAsync("{ __type(name: \"Provider\") { name } }")).ErrorCode());
    }

    [Fact]
    public async Task Typename_is_not_introspection()
    {
        using var api = Start();
        Assert.Equal("Query", (await api.PostAsync("{ __typename }")).At("data", "__typename").GetString());
    }

    [Fact]
    public async Task Anyone_lets_anonymous_callers_introspect()
    {
        using var api = Start("Anyone");
        Assert.Equal("Query", (await api.PostAsync(Introspection)).At("data", "__schema", "queryType", "name").GetString());
    }

    [Fact]
    public async Task Disabled_refuses_signed_in_callers_too()
    {
        using var api = Start("Disabled");
        Assert.Equal(OperationLimitCodes.IntrospectionNotAllowed, (await api.PostAsync(Introspection, caller: TestData.Quality)).ErrorCode());
    }
}
