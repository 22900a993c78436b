using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Common;
using Commissioning.Domain.Organisations;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Text sorts and matches the same on SQLite and on PostgreSQL, whatever collation the PostgreSQL
/// database was created with: ordinally (by code point, capitals before small letters) and
/// case-sensitively, as SQLite does and as the in-memory paging of computed lists does. A dashboard
/// paging through providers by name on one engine sees the same pages on the other.
/// </summary>
public sealed class TextComparisonTests : IDisposable
{
    private static readonly Actor QualityTeam = new("qt", "Quinn Quality", Role.QualityTeam);

    // Ordinal order: capitals, then '_', then small letters, then letters beyond ASCII.
    private static readonly string[] Ordinal = ["Beta Trust", "Zeta Trust", "_Gamma Trust", "alpha Trust", "Émile Trust"];

    private readonly GraphQLApi _api = GraphQLApi.Start(db =>
    {
        var code = 0;
        foreach (var name in new[] { "alpha Trust", "Émile Trust", "Zeta Trust", "Beta Trust", "_Gamma Trust" })
        {
            db.Providers.Add(Provider.Register(Guid.NewGuid(), name, ProviderType.NhsTrust, $"T{++code:D2}", _ => false, QualityTeam).Value);
        }
    });

    [Fact]
    public async Task Names_sort_by_code_point_in_both_directions()
    {
        var response = await _api.PostAsync("""
            { up: providers(order: [{ name: ASC }]) { nodes { name } }
              down: providers(order: [{ name: DESC }]) { nodes { name } } }
            """, caller: QualityTeam);

        response.AssertNoErrors();
        Assert.Equal(Ordinal, response.At("data", "up", "nodes").Names());
        Assert.Equal(Ordinal.Reverse(), response.At("data", "down", "nodes").Names());
    }

    [Fact]
    public async Task Keyset_pages_by_name_follow_the_same_order()
    {
        const string Page = """
            query($after: String) { providers(first: 2, after: $after, order: [{ name: ASC }]) {
              nodes { name } pageInfo { hasNextPage endCursor } } }
            """;
        var names = new List<string>();
        string? after = null;
        do
        {
            var response = await _api.PostAsync(Page, new { after }, QualityTeam);
            response.AssertNoErrors();
            var connection = response.At("data", "providers");
            names.AddRange(connection.At("nodes").Names());
            after = connection.At("pageInfo", "hasNextPage").GetBoolean() ? connection.At("pageInfo", "endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.Equal(Ordinal, names);
    }

    [Theory]
    [InlineData("{ name: { eq: \"beta trust\" } }", new string[0])]
    [InlineData("{ name: { startsWith: \"b\" } }", new string[0])]
    [InlineData("{ name: { startsWith: \"B\" } }", new[] { "Beta Trust" })]
    [InlineData("{ name: { contains: \"TRUST\" } }", new string[0])]
    [InlineData("{ name: { endsWith: \"TRUST\" } }", new string[0])]
    [InlineData("{ name: { nstartsWith: \"b\" } }", new[] { "Beta Trust", "Zeta Trust", "_Gamma Trust", "alpha Trust", "Émile Trust" })]
    [InlineData("{ name: { endsWith: \"a Trust\" } }", new[] { "Beta Trust", "Zeta Trust", "_Gamma Trust", "alpha Trust" })]
    [InlineData("{ name: { in: [\"beta trust\", \"Émile Trust\"] } }", new[] { "Émile Trust" })]
    public async Task Text_filters_are_case_sensitive(string where, string[] expected)
    {
        var response = await _api.PostAsync($$"""{ providers(where: {{where}}, order: [{ name: ASC }]) { nodes { name } } }""", caller: QualityTeam);

        response.AssertNoErrors();
        Assert.Equal(expected, response.At("data", "providers", "nodes").Names());
    }

    public void Dispose() => _api.Dispose();
}
