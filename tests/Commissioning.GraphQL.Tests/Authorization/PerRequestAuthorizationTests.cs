using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Authorization;

/// <summary>
/// <see cref="ExecutorOptions.AuthorizationDependsOnRequestOnly"/>: a handler that answers from the request alone is
/// asked once per rule per request, and its answer still applies, located, at every position the rule guards.
/// </summary>
public class PerRequestAuthorizationTests
{
    public sealed record Note(string Text);

    private static readonly Note[] Notes = [new("one"), new("two"), new("three")];

    private static Schema Build() => new SchemaBuilder()
        .Object<Note>("Note", t =>
        {
            t.Authorize("NURSE");
            t.Field("text", n => n.Text);
            t.Field("secret", n => n.Text + "!").Authorize("DIRECTOR");
        })
        .Query(q =>
        {
            q.Field("notes", (_, _) => Notes).Type(TypeReference.Named("Note").NonNull().List());
            q.Field("more", (_, _) => Notes).Type(TypeReference.Named("Note").NonNull().List());
        })
        .Build();

    private static async Task<(string Json, int Asked)> Execute(string query, string role, bool perRequest)
    {
        var asked = 0;
        AuthorizationResult Decide(AuthorizationContext context)
        {
            Interlocked.Increment(ref asked);
            return context.Rule.Roles.Contains(role) ? AuthorizationResult.Allowed : AuthorizationResult.NotAuthorized;
        }
        var executor = new Executor(Build(), new ExecutorOptions { Authorize = Decide, AuthorizationDependsOnRequestOnly = perRequest });
        var result = await executor.ExecuteAsync(new ExecutionArgs { Document = Parser.Parse(query) });
        return (Run.Json(result), asked);
    }

    [Fact]
    public async Task A_type_rule_is_asked_once_for_every_object_of_the_request()
    {
        var (json, asked) = await Execute("{ notes { text } more { text } }", "NURSE", perRequest: true);

        Assert.Equal(Run.Expected("{'data':{'notes':[{'text':'one'},{'text':'two'},{'text':'three'}],'more':[{'text':'one'},{'text':'two'},{'text':'three'}]}}"), json);
        Assert.Equal(1, asked);
    }

    [Fact]
    public async Task Without_the_option_the_handler_is_asked_for_each_object()
    {
        var (_, asked) = await Execute("{ notes { text } more { text } }", "NURSE", perRequest: false);

        Assert.Equal(6, asked);
    }

    [Fact]
    public async Task A_remembered_denial_is_still_an_error_at_every_guarded_position()
    {
        var (json, asked) = await Execute("{ notes { text } }", "DASHBOARD", perRequest: true);

        // [Note!]: each refused Note is non-null, so the list itself becomes null, once per item error.
        Assert.Equal(Run.Expected("""
            {'errors':[
              {'message':'The current user is not authorized to access Note.','locations':[{'line':1,'column':3}],'path':['notes',0],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],
             'data':{'notes':null}}
            """), json);
        Assert.Equal(1, asked);
    }

    [Fact]
    public async Task Field_and_type_rules_are_remembered_separately()
    {
        var (json, asked) = await Execute("{ notes { text secret } }", "NURSE", perRequest: true);

        // The nurse may read notes but not their secret: three located denials from two questions.
        Assert.Equal(2, asked);
        Assert.Equal(3, json.Split("Note.secret").Length - 1);
        Assert.Contains("\"path\":[\"notes\",2,\"secret\"]", json);
        Assert.Contains("{\"text\":\"one\",\"secret\":null}", json);
    }
}
