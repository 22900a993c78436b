using Commissioning.GraphQL.Authorization;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Authorization;

/// <summary>
/// The executor enforces @authorize through the host's handler before anything guarded resolves; a
/// denial is a field error (§6.4.4) with code AUTH_NOT_AUTHENTICATED or AUTH_NOT_AUTHORIZED.
/// </summary>
public class AuthorizationExecutionTests
{
    public sealed record Case(string Title, string Notes);

    /// <summary>Counts resolver calls, so a test can show a denied resolver never ran.</summary>
    private sealed class Calls
    {
        public int Cases;
        public int Notes;
        public int Titles;
    }

    private static Schema Build(Calls calls, bool nonNullNotes = false) => new SchemaBuilder()
        .Object<Case>("Case", t =>
        {
            t.Field("title", (c, _) => { Interlocked.Increment(ref calls.Titles); return c.Title; });
            var notes = t.Field("notes", (c, _) => { Interlocked.Increment(ref calls.Notes); return c.Notes; }).Authorize("NURSE");
            if (nonNullNotes) notes.NonNull();
        })
        .Object<Case>("SealedCase", t =>
        {
            t.Authorize("DIRECTOR");
            t.Field("title", (c, _) => { Interlocked.Increment(ref calls.Titles); return c.Title; });
        })
        .Query(q =>
        {
            q.Field("cases", (_, _) => { Interlocked.Increment(ref calls.Cases); return Cases; })
                .Type(TypeReference.Named("Case").NonNull().List().NonNull()).Authorize();
            q.Field("sealedCases", (_, _) => Cases).Type(TypeReference.Named("SealedCase").List());
            q.Field("sealedCase", (_, _) => Cases[0]).Type(TypeReference.Named("SealedCase").NonNull());
            q.Field("open", (_, _) => "yes");
        })
        .Build();

    private static readonly List<Case> Cases = [new("First", "Sensitive one"), new("Second", "Sensitive two")];

    /// <summary>The host's handler: the caller's role is in the request data; no role means no caller.</summary>
    private static AuthorizationResult ByRole(AuthorizationContext context)
    {
        if (context.Field.RequestData.TryGetValue("role", out var value) is false || value is not string role) return AuthorizationResult.NotAuthenticated;
        if (context.Rule.Policy is not null) return AuthorizationResult.NotAuthorized;
        return context.Rule.Roles.Count == 0 || context.Rule.Roles.Contains(role) ? AuthorizationResult.Allowed : AuthorizationResult.NotAuthorized;
    }

    private static async Task<string> Execute(Schema schema, string query, string? role, AuthorizationHandler? handler = null)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (role is not null) data["role"] = role;
        var executor = new Executor(schema, new ExecutorOptions { Authorize = handler ?? ByRole });
        return Run.Json(await executor.ExecuteAsync(new ExecutionArgs { Document = Parser.Parse(query), RequestData = data }));
    }

    [Fact]
    public async Task An_allowed_caller_reads_guarded_fields()
    {
        var calls = new Calls();

        var json = await Execute(Build(calls), "{ cases { title notes } }", "NURSE");

        Assert.Equal(Run.Expected("{'data':{'cases':[{'title':'First','notes':'Sensitive one'},{'title':'Second','notes':'Sensitive two'}]}}"), json);
    }

    [Fact]
    public async Task A_denied_field_is_null_with_an_error_and_its_resolver_never_runs()
    {
        var calls = new Calls();

        var json = await Execute(Build(calls), "{ cases { title notes } }", "DASHBOARD");

        Assert.Equal(Run.Expected("""
            {'errors':[
              {'message':'The current user is not authorized to access Case.notes.','locations':[{'line':1,'column':17}],'path':['cases',0,'notes'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}},
              {'message':'The current user is not authorized to access Case.notes.','locations':[{'line':1,'column':17}],'path':['cases',1,'notes'],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],
             'data':{'cases':[{'title':'First','notes':null},{'title':'Second','notes':null}]}}
            """), json);
        Assert.Equal(0, calls.Notes);
        Assert.Equal(2, calls.Titles);
    }

    [Fact]
    public async Task Without_a_caller_the_error_says_not_authenticated_and_nothing_guarded_runs()
    {
        var calls = new Calls();

        var json = await Execute(Build(calls), "{ open cases { title } }", role: null);

        Assert.Equal(Run.Expected("""
            {'errors':[{'message':'The current user is not authenticated; Query.cases needs a signed-in caller.','locations':[{'line':1,'column':8}],'path':['cases'],'extensions':{'code':'AUTH_NOT_AUTHENTICATED'}}],
             'data':null}
            """), json);
        Assert.Equal(0, calls.Cases);
        Assert.Equal(0, calls.Titles);
    }

    [Fact]
    public async Task A_denied_non_null_field_nulls_its_parent()
    {
        var calls = new Calls();

        var json = await Execute(Build(calls, nonNullNotes: true), "{ cases { title notes } }", "DASHBOARD");

        // cases is [Case!]!: a null Case propagates through the non-null list to data (§6.4.4).
        Assert.Contains("\"data\":null", json);
        Assert.Contains("AUTH_NOT_AUTHORIZED", json);
        Assert.Equal(0, calls.Notes);
    }

    [Fact]
    public async Task A_type_rule_refuses_each_object_of_the_type_before_any_of_its_fields_resolve()
    {
        var calls = new Calls();

        var json = await Execute(Build(calls), "{ sealedCases { title } }", "NURSE");

        Assert.Equal(Run.Expected("""
            {'errors':[
              {'message':'The current user is not authorized to access SealedCase.','locations':[{'line':1,'column':3}],'path':['sealedCases',0],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}},
              {'message':'The current user is not authorized to access SealedCase.','locations':[{'line':1,'column':3}],'path':['sealedCases',1],'extensions':{'code':'AUTH_NOT_AUTHORIZED'}}],
             'data':{'sealedCases':[null,null]}}
            """), json);
        Assert.Equal(0, calls.Titles);
    }

    [Fact]
    public async Task A_type_rule_lets_allowed_callers_through()
    {
        var json = await Execute(Build(new Calls()), "{ sealedCase { title } }", "DIRECTOR");

        Assert.Equal(Run.Expected("{'data':{'sealedCase':{'title':'First'}}}"), json);
    }

    [Fact]
    public async Task Every_rule_must_allow_the_caller()
    {
        var schema = new SchemaBuilder()
            .Query(q => q.Field("secret", (_, _) => "s").Authorize("NURSE").AuthorizePolicy("OwnCases"))
            .Build();

        var json = await Execute(schema, "{ secret }", "NURSE");

        Assert.Contains("AUTH_NOT_AUTHORIZED", json);
        Assert.Contains("\"data\":{\"secret\":null}", json);
    }

    [Fact]
    public async Task The_handler_is_told_the_rule_the_coordinate_and_the_object()
    {
        var seen = new List<(string Coordinate, string Roles, object? Value)>();
        AuthorizationResult Record(AuthorizationContext context)
        {
            lock (seen) seen.Add((context.Coordinate, string.Join(",", context.Rule.Roles), context.Value));
            return AuthorizationResult.Allowed;
        }

        await Execute(Build(new Calls()), "{ sealedCase { title } cases { notes } }", "NURSE", Record);

        Assert.Equal(
            [("SealedCase", "DIRECTOR", Cases[0]), ("Query.cases", "", null), ("Case.notes", "NURSE", null), ("Case.notes", "NURSE", null)],
            seen.OrderBy(s => s.Coordinate == "SealedCase" ? 0 : s.Coordinate == "Query.cases" ? 1 : 2).ToList());
    }

    [Fact]
    public async Task Without_a_handler_guarded_fields_are_refused_and_others_run()
    {
        var executor = new Executor(Build(new Calls()));

        var json = Run.Json(await executor.ExecuteAsync(new ExecutionArgs { Document = Parser.Parse("{ open cases { title } }") }));

        Assert.Contains("AUTH_NOT_AUTHORIZED", json);
        Assert.Contains("Query.cases", json);
    }

    [Fact]
    public async Task A_rule_on_the_root_type_guards_each_root_field_but_not_typename()
    {
        var schema = new SchemaBuilder()
            .Query(q =>
            {
                q.Authorize("NURSE");
                q.Field("a", (_, _) => "a");
                q.Field("b", (_, _) => "b");
            })
            .Build();

        var json = await Execute(schema, "{ __typename a b }", "DASHBOARD");

        Assert.Contains("\"path\":[\"a\"]", json);
        Assert.Contains("\"path\":[\"b\"]", json);
        Assert.Contains("\"data\":{\"__typename\":\"Query\",\"a\":null,\"b\":null}", json);
    }

    [Fact]
    public async Task Mutation_fields_are_refused_before_they_run_and_later_ones_still_run()
    {
        var ran = new List<string>();
        var schema = new SchemaBuilder()
            .Query(q => q.Field("open", (_, _) => "yes"))
            .Mutation(m =>
            {
                m.Field("close", (_, _) => { ran.Add("close"); return true; }).Authorize("DIRECTOR").Nullable();
                m.Field("note", (_, _) => { ran.Add("note"); return true; }).Authorize("NURSE").Nullable();
            })
            .Build();

        var json = await Execute(schema, "mutation { close note }", "NURSE");

        Assert.Equal(["note"], ran);
        Assert.Contains("\"data\":{\"close\":null,\"note\":true}", json);
    }
}
