using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.1 CoerceArgumentValues during execution: literals, variables, defaults, and failures as field errors.</summary>
public class ArgumentCoercionTests
{
    private static int _calls;

    private static readonly Schema Schema = SdlSchema.Build("""
        type Query {
          greet(name: String = "world", times: Int): String
          need(n: Int!): Int
          input(filter: Filter): String
          items: [Item]
        }
        input Filter { text: String!, limit: Int = 10 }
        type Item { label(upper: Boolean = false): String }
        """, new Dictionary<string, FieldResolver>
    {
        ["Query.greet"] = c => new($"hello {c.GetArgument<string>("name")} x{c.GetArgument<int?>("times")?.ToString() ?? "-"}"),
        ["Query.need"] = c => new(c.Arguments["n"]),
        ["Query.input"] = c =>
        {
            var filter = (IReadOnlyDictionary<string, object?>)c.Arguments["filter"]!;
            return new($"{filter["text"]}/{filter["limit"]}");
        },
        ["Item.label"] = c =>
        {
            Interlocked.Increment(ref _calls);
            var text = (string)((IReadOnlyDictionary<string, object?>)c.Source!)["text"]!;
            return new(c.GetArgument<bool>("upper") ? text.ToUpperInvariant() : text);
        },
    });

    [Fact]
    public async Task Literal_arguments_and_defaults_reach_the_resolver()
    {
        Assert.Equal(Run.Expected("{'data':{'greet':'hello world x-'}}"), await Run.Json(Schema, "{ greet }"));
        Assert.Equal(Run.Expected("{'data':{'greet':'hello ann x3'}}"), await Run.Json(Schema, "{ greet(name: \"ann\", times: 3) }"));
    }

    [Fact]
    public async Task Input_object_fields_get_their_defaults()
    {
        Assert.Equal(Run.Expected("{'data':{'input':'abc/10'}}"), await Run.Json(Schema, "{ input(filter: { text: \"abc\" }) }"));
    }

    [Fact]
    public async Task Variables_inside_arguments_are_coerced_per_request()
    {
        var document = Commissioning.GraphQL.Language.Parser.Parse("query($t: String!) { input(filter: { text: $t, limit: 2 }) }");
        var executor = new Commissioning.GraphQL.Execution.Executor(Schema);
        foreach (var text in new[] { "one", "two" })
        {
            var result = await executor.ExecuteAsync(new() { Document = document, VariableValues = new Dictionary<string, object?> { ["t"] = text } });
            Assert.Equal(Run.Expected($"{{'data':{{'input':'{text}/2'}}}}"), Run.Json(result));
        }
    }

    [Fact]
    public async Task A_variable_without_a_runtime_value_for_a_required_argument_is_a_field_error()
    {
        var json = await Run.Json(Schema, "query($n: Int) { need(n: $n) greet }");
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Argument \u0022n\u0022 of required type \u0022Int!\u0022 was provided the variable \u0022$n\u0022 which was not provided a runtime value.',
              'locations':[{'line':1,'column':26}],'path':['need']}],
             'data':{'need':null,'greet':'hello world x-'}}
            """), json);
    }

    [Fact]
    public async Task Arguments_of_list_items_are_the_same_for_every_item()
    {
        var root = Run.Data("{ 'items': [{ 'text': 'a' }, { 'text': 'b' }, { 'text': 'c' }] }");
        var json = await Run.Json(Schema, "{ items { label(upper: true) plain: label } }", root);
        Assert.Equal(Run.Expected("{'data':{'items':[{'label':'A','plain':'a'},{'label':'B','plain':'b'},{'label':'C','plain':'c'}]}}"), json);
    }
}
