using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>
/// A field declared with a selector (<c>t.Field("name", x => x.Name)</c>) is read without a resolver context, and
/// behaves as a resolver would: its value is completed by its type, and what it throws is a located, masked error.
/// </summary>
public class SelectorFieldTests
{
    public sealed record Item(string Name, int Rank);

    private static readonly Schema Schema = new SchemaBuilder()
        .Object<Item>("Item", t =>
        {
            t.Field("name", i => i.Name);
            t.Field("rank", i => i.Rank);
            t.Field("initial", i => i.Name.Substring(10, 1));
        })
        .Query(q => q.Field("items", (_, _) => new[] { new Item("a", 1), new Item("b", 2) }).Type(TypeReference.Named("Item").NonNull().List()))
        .Build();

    [Fact]
    public async Task A_selector_reads_the_source_and_its_type_follows_the_member()
    {
        var json = await Run.Json(Schema, "{ items { name rank } }");

        Assert.Equal(Run.Expected("{'data':{'items':[{'name':'a','rank':1},{'name':'b','rank':2}]}}"), json);
        Assert.Contains("rank: Int!", Commissioning.GraphQL.Utilities.SchemaPrinter.Print(Schema));
    }

    [Fact]
    public async Task What_a_selector_throws_is_masked_and_located_at_its_position()
    {
        var json = await Run.Json(Schema, "{ items { name initial } }");

        // initial is String! (a non-nullable string member), so the error nulls the Item!, and so the list (§6.4.4).
        Assert.Equal(Run.Expected("""
            {'errors':[
              {'message':'Unexpected Execution Error','locations':[{'line':1,'column':16}],'path':['items',0,'initial'],'extensions':{'code':'INTERNAL_SERVER_ERROR'}}],
             'data':{'items':null}}
            """), json);
    }
}
