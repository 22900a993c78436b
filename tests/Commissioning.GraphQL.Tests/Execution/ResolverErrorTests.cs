using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>What clients see when resolvers throw: GraphQL errors as written, anything else masked; cancellation aborts.</summary>
public class ResolverErrorTests
{
    [Fact]
    public async Task A_graphql_error_keeps_its_message_and_extensions()
    {
        var schema = SdlSchema.Build("type Query { a: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.a"] = _ => throw new GraphQLError("Not allowed here", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }),
        });
        var json = await Run.Json(schema, "{ a }");
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Not allowed here','locations':[{'line':1,'column':3}],'path':['a'],'extensions':{'code':'FORBIDDEN'}}],'data':{'a':null}}
            """), json);
    }

    [Fact]
    public async Task Other_exceptions_are_masked_logged_and_reported_to_the_callback()
    {
        var secret = new InvalidOperationException("connection string Password=hunter2");
        var schema = SdlSchema.Build("type Query { a: String b: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.a"] = async _ => { await Task.Yield(); throw secret; },
        });
        var reported = new List<UnexpectedExecutionError>();
        var options = new ExecutorOptions
        {
            OnUnexpectedError = e =>
            {
                reported.Add(e);
                e.Extensions["correlationId"] = "abc";
            },
        };
        var result = await Run.Execute(schema, "{ a b }", Run.Data("{ 'b': 'B' }"), options: options);
        var json = Run.Json(result);

        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Unexpected Execution Error','locations':[{'line':1,'column':3}],'path':['a'],
                        'extensions':{'code':'INTERNAL_SERVER_ERROR','correlationId':'abc'}}],
             'data':{'a':null,'b':'B'}}
            """), json);
        Assert.DoesNotContain("hunter2", json);
        var report = Assert.Single(reported);
        Assert.Same(secret, report.Exception);
        Assert.Equal(["a"], report.Path);
    }

    [Fact]
    public async Task A_failing_leaf_serialization_is_a_field_error()
    {
        var schema = SdlSchema.Build("type Query { n: Int s: String }");
        var json = await Run.Json(schema, "{ n s }", new Dictionary<string, object?> { ["n"] = "not a number", ["s"] = "fine" });
        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'Int cannot represent non-integer value: \u0022not a number\u0022','locations':[{'line':1,'column':3}],'path':['n']}],
             'data':{'n':null,'s':'fine'}}
            """), json);
    }

    [Fact]
    public async Task An_enum_value_the_enum_does_not_define_is_a_field_error()
    {
        var schema = SdlSchema.Build("type Query { e: Color } enum Color { RED GREEN }");
        var result = await Run.Execute(schema, "{ e }", new Dictionary<string, object?> { ["e"] = "BLUE" });
        Assert.Equal("Enum \"Color\" cannot represent value: \"BLUE\"", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public async Task Cancelling_the_request_stops_execution_with_an_exception_for_the_caller()
    {
        using var cancellation = new CancellationTokenSource();
        var schema = SdlSchema.Build("type Query { slow: String }", new Dictionary<string, FieldResolver>
        {
            ["Query.slow"] = async c =>
            {
                cancellation.Cancel();
                await Task.Delay(Timeout.Infinite, c.CancellationToken);
                return "never";
            },
        });
        var executor = new Executor(schema);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => executor.ExecuteAsync(new ExecutionArgs
        {
            Document = Commissioning.GraphQL.Language.Parser.Parse("{ slow }"),
            CancellationToken = cancellation.Token,
        }));
    }
}
