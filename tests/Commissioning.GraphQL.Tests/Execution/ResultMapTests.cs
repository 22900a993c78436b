using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>
/// Result maps of one selection share its keys (and their JSON encoding); a consumer that adds to one map, as a
/// host post-processing results may, changes that map only.
/// </summary>
public class ResultMapTests
{
    public sealed record Item(string Name);

    private static readonly Schema Schema = new SchemaBuilder()
        .Object<Item>("Item", t => t.Field("name", i => i.Name))
        .Query(q => q.Field("items", (_, _) => new[] { new Item("a"), new Item("b") }).Type(TypeReference.Named("Item").NonNull().List()))
        .Build();

    [Fact]
    public async Task Maps_of_one_selection_answer_with_their_own_values_under_the_aliases_asked_for()
    {
        var json = await Run.Json(Schema, "{ items { first: name second: name } }");

        Assert.Equal(Run.Expected("{'data':{'items':[{'first':'a','second':'a'},{'first':'b','second':'b'}]}}"), json);
    }

    [Fact]
    public async Task Adding_to_one_map_leaves_its_siblings_as_they_were()
    {
        var result = await Run.Execute(Schema, "{ items { name } }");
        var items = (object?[])((ResultMap)result.Data!)["items"]!;
        var first = (ResultMap)items[0]!;

        first.Add("extra", 1);

        Assert.Equal(["name", "extra"], first.Keys);
        Assert.Equal(["name"], ((ResultMap)items[1]!).Keys);
        Assert.Equal(Run.Expected("{'data':{'items':[{'name':'a','extra':1},{'name':'b'}]}}"), Run.Json(result));
    }
}
