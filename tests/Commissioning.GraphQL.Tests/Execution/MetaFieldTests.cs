using Commissioning.GraphQL.Execution;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §4.1 meta-fields as execution answers them: __typename everywhere, __schema and __type on the query root.</summary>
public class MetaFieldTests
{
    private static readonly Commissioning.GraphQL.Types.Schema Schema = SdlSchema.Build("""
        type Query { book: Book }
        type Mutation { touch: Book }
        "A book"
        type Book { title(upper: Boolean): String }
        """);

    [Fact]
    public async Task Typename_names_the_object_type_at_every_level_and_on_roots()
    {
        var json = await Run.Json(Schema, "{ __typename book { __typename t: __typename } }", Run.Data("{ 'book': {} }"));
        Assert.Equal(Run.Expected("{'data':{'__typename':'Query','book':{'__typename':'Book','t':'Book'}}}"), json);
        var mutation = await Run.Json(Schema, "mutation { __typename }");
        Assert.Equal(Run.Expected("{'data':{'__typename':'Mutation'}}"), mutation);
    }

    [Fact]
    public async Task Type_looks_a_type_up_by_name()
    {
        var json = await Run.Json(Schema, "{ __type(name: \"Book\") { kind name description fields { name args { name type { name } } } } missing: __type(name: \"Nope\") { name } }");
        Assert.Equal(Run.Expected("""
            {'data':{'__type':{'kind':'OBJECT','name':'Book','description':'A book','fields':[{'name':'title','args':[{'name':'upper','type':{'name':'Boolean'}}]}]},
                     'missing':null}}
            """), json);
    }

    [Fact]
    public async Task Schema_describes_the_root_types()
    {
        var json = await Run.Json(Schema, "{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }");
        Assert.Equal(Run.Expected("{'data':{'__schema':{'queryType':{'name':'Query'},'mutationType':{'name':'Mutation'},'subscriptionType':null}}}"), json);
    }

    [Fact]
    public async Task Schema_and_type_are_not_fields_of_other_types()
    {
        var result = await Run.Execute(Schema, "{ book { __schema { queryType { name } } title } }", Run.Data("{ 'book': { 'title': 't' } }"));
        Assert.Equal(Run.Expected("{'data':{'book':{'title':'t'}}}"), Run.Json(result));
    }
}
