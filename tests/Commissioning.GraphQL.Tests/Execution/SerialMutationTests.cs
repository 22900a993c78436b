using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.2.2: mutation root fields run one after another, each fully completed first.</summary>
public class SerialMutationTests
{
    private sealed class Counter
    {
        public int Value;
        public int Running;
        public int MaxRunning;
    }

    private static Schema BuildSchema(Counter counter) => SdlSchema.Build("""
        type Query { value: Int }
        type Mutation { add(by: Int!): Result! fail: Result! }
        type Result { value: Int, later: Int }
        """, new Dictionary<string, FieldResolver>
    {
        ["Mutation.add"] = async c =>
        {
            var running = Interlocked.Increment(ref counter.Running);
            counter.MaxRunning = Math.Max(counter.MaxRunning, running);
            await Task.Delay(5);
            counter.Value += c.GetArgument<int>("by");
            Interlocked.Decrement(ref counter.Running);
            return new Dictionary<string, object?> { ["value"] = counter.Value };
        },
        ["Mutation.fail"] = _ => throw new Errors.GraphQLError("cannot"),
        // Sub-fields of a mutation field complete before the next root field starts.
        ["Result.later"] = async _ =>
        {
            await Task.Delay(5);
            return counter.Value;
        },
    });

    [Fact]
    public async Task Root_fields_run_in_document_order_without_overlap()
    {
        var counter = new Counter();
        var json = await Run.Json(BuildSchema(counter), "mutation { a: add(by: 1) { value later } b: add(by: 10) { value later } c: add(by: 100) { value } }");
        Assert.Equal(Run.Expected("{'data':{'a':{'value':1,'later':1},'b':{'value':11,'later':11},'c':{'value':111}}}"), json);
        Assert.Equal(1, counter.MaxRunning);
    }

    [Fact]
    public async Task A_failing_non_null_root_field_nulls_data_and_stops_later_fields()
    {
        var counter = new Counter();
        var result = await Run.Execute(BuildSchema(counter), "mutation { a: add(by: 1) { value } fail { value } b: add(by: 10) { value } }");
        Assert.Equal(Run.Expected("{'errors':[{'message':'cannot','locations':[{'line':1,'column':36}],'path':['fail']}],'data':null}"), Run.Json(result));
        Assert.Equal(1, counter.Value);
    }
}
