using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 CompleteValue and §6.4.4 Handling Execution Errors: null propagation, paths, locations, order.</summary>
public class NullPropagationTests
{
    private static FieldResolver Throws(string message) => _ => throw new GraphQLError(message);
    private static FieldResolver Async(object? value) => async _ => { await Task.Yield(); return value; };

    private static readonly Schema Schema = SdlSchema.Build("""
        type Query {
          nullable: Obj
          nonNull: Obj!
          list: [Obj]
          nonNullItems: [Obj!]
          scalarItems: [Int!]
          leaf: String!
        }
        type Obj {
          ok: String
          fails: String
          failsNonNull: String!
          nullNonNull: String!
          asyncNull: String!
          child: Obj
          nonNullChild: Obj!
        }
        """, new Dictionary<string, FieldResolver>
    {
        ["Obj.fails"] = Throws("fails"),
        ["Obj.failsNonNull"] = Throws("failsNonNull"),
        ["Obj.asyncNull"] = Async(null),
    });

    private static readonly object? Root = Run.Data("""
        { 'nullable': { 'ok': 'x', 'child': { 'ok': 'y', 'nonNullChild': { 'ok': 'w' } }, 'nonNullChild': { 'ok': 'z' } },
          'nonNull': { 'ok': 'x' },
          'list': [{ 'ok': 'a' }, null, { 'ok': 'c' }],
          'nonNullItems': [{ 'ok': 'a' }, null],
          'scalarItems': [1, null, 3],
          'leaf': null }
        """);

    [Fact]
    public async Task A_failing_nullable_field_is_null_with_an_error_at_its_path()
    {
        var json = await Run.Json(Schema, "{ nullable { ok fails } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'fails','locations':[{'line':1,'column':17}],'path':['nullable','fails']}],
             'data':{'nullable':{'ok':'x','fails':null}}}
            """), json);
    }

    [Fact]
    public async Task A_failing_non_null_field_nulls_its_nearest_nullable_parent()
    {
        var json = await Run.Json(Schema, "{ nullable { ok failsNonNull } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'failsNonNull','locations':[{'line':1,'column':17}],'path':['nullable','failsNonNull']}],
             'data':{'nullable':null}}
            """), json);
    }

    [Fact]
    public async Task A_null_non_null_field_reports_cannot_return_null_and_propagates_through_non_null_parents()
    {
        var json = await Run.Json(Schema, "{ nullable { child { nonNullChild { nullNonNull } } } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Cannot return null for non-nullable field Obj.nullNonNull.','locations':[{'line':1,'column':37}],
                        'path':['nullable','child','nonNullChild','nullNonNull']}],
             'data':{'nullable':{'child':null}}}
            """), json);
    }

    [Fact]
    public async Task Propagation_to_the_root_makes_data_null()
    {
        var json = await Run.Json(Schema, "{ nonNull { failsNonNull } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'failsNonNull','locations':[{'line':1,'column':13}],'path':['nonNull','failsNonNull']}],'data':null}
            """), json);
    }

    [Fact]
    public async Task A_null_leaf_for_a_non_null_root_field_makes_data_null()
    {
        var json = await Run.Json(Schema, "{ leaf }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Cannot return null for non-nullable field Query.leaf.','locations':[{'line':1,'column':3}],'path':['leaf']}],'data':null}
            """), json);
    }

    [Fact]
    public async Task Errors_inside_list_items_carry_the_item_index()
    {
        var json = await Run.Json(Schema, "{ list { failsNonNull } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[
               {'message':'failsNonNull','locations':[{'line':1,'column':10}],'path':['list',0,'failsNonNull']},
               {'message':'failsNonNull','locations':[{'line':1,'column':10}],'path':['list',2,'failsNonNull']}],
             'data':{'list':[null,null,null]}}
            """), json);
    }

    [Fact]
    public async Task A_null_item_in_a_list_of_non_null_nulls_the_whole_list()
    {
        var json = await Run.Json(Schema, "{ nonNullItems { ok } scalarItems }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[
               {'message':'Cannot return null for non-nullable field Query.nonNullItems.','locations':[{'line':1,'column':3}],'path':['nonNullItems',1]},
               {'message':'Cannot return null for non-nullable field Query.scalarItems.','locations':[{'line':1,'column':23}],'path':['scalarItems',1]}],
             'data':{'nonNullItems':null,'scalarItems':null}}
            """), json);
    }

    [Fact]
    public async Task Asynchronous_null_for_a_non_null_field_propagates_like_a_synchronous_one()
    {
        var json = await Run.Json(Schema, "{ nullable { ok asyncNull } list { ok } }", Root);
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Cannot return null for non-nullable field Obj.asyncNull.','locations':[{'line':1,'column':17}],'path':['nullable','asyncNull']}],
             'data':{'nullable':null,'list':[{'ok':'a'},null,{'ok':'c'}]}}
            """), json);
    }

    [Fact]
    public async Task Errors_are_listed_in_response_order_whatever_order_async_fields_finish_in()
    {
        var gate = new TaskCompletionSource();
        var schema = SdlSchema.Build("type Query { first: String second: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.first"] = async _ => { await gate.Task; throw new GraphQLError("first"); },
            ["Query.second"] = async _ => { await Task.Yield(); gate.SetResult(); throw new GraphQLError("second"); },
        });
        var result = await Run.Execute(schema, "{ first second }");
        Assert.Equal(["first", "second"], result.Errors!.Select(e => e.Message));
    }

    [Fact]
    public async Task A_field_merged_from_several_nodes_reports_every_location()
    {
        var json = await Run.Json(Schema, "{ nullable { fails } nullable { fails } }", Root);
        Assert.Contains("'locations':[{'line':1,'column':14},{'line':1,'column':33}]".Replace('\'', '"'), json);
    }
}
