using Commissioning.Api.Tests.Conventions;
using Commissioning.Api.Tests.GraphQL;
using Commissioning.Domain.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Limits;

/// <summary>Unexpected failures reach the client as a fixed message with a correlation id; known errors keep their words.</summary>
public sealed class ErrorMaskingApiTests
{
    [Fact]
    public async Task A_database_failure_is_masked_with_a_correlation_id_and_no_exception_text()
    {
        using var api = GraphQLApi.Start(db => TestData.AddLscb(db, "North LSCB", "Northshire"));
        using (var db = api.NewContext())
        {
            // The table a query needs disappears: the resolver's query fails with a provider exception.
            var table = db.Model.FindEntityType(typeof(Lscb))!.GetTableName();
            var cascade = db.Database.ProviderName!.Contains("Sqlite", StringComparison.Ordinal) ? "" : " CASCADE";
#pragma warning disable EF1002 // the table name comes from the model, not from input
            db.Database.ExecuteSqlRaw($"DROP TABLE \"{table}\"{cascade}");
#pragma warning restore EF1002
        }

        var response = await api.PostAsync("{ lscbs { nodes { name } } }", caller: TestData.Quality);
        var text = response.GetRawText();

        Assert.Equal("Unexpected Execution Error", response.ErrorMessage());
        Assert.Equal("INTERNAL_SERVER_ERROR", response.ErrorCode());
        Assert.False(string.IsNullOrWhiteSpace(response.At("errors", 0, "extensions", "correlationId").GetString()));
        Assert.DoesNotContain("Exception", text);
        Assert.DoesNotContain("no such table", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("does not exist", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain(".cs:line", text);
    }

    [Fact]
    public async Task A_known_error_keeps_its_message_and_code()
    {
        using var api = GraphQLApi.Start();
        var response = await api.PostAsync("{ node(id: \"not an id\") { id } }", caller: TestData.Quality);
        Assert.Equal("INVALID_NODE_ID", response.ErrorCode());
        Assert.NotEqual("Unexpected Execution Error", response.ErrorMessage());
        Assert.False(response.At("errors", 0, "extensions").TryGetProperty("correlationId", out _));
    }
}
