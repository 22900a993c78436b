using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>Spec §6.4.3 list completion: any .NET sequence, nested lists, and non-sequences as field errors.</summary>
public class ListCompletionTests
{
    private sealed record Book(string Title);

    private static readonly Schema Schema = SdlSchema.Build("""
        type Query { numbers: [Int] matrix: [[Int]] books: [Book] notAList: [Int] asyncItems: [Book] }
        type Book { title: String }
        """, new Dictionary<string, FieldResolver>
    {
        ["Query.numbers"] = _ => new(Enumerable.Range(1, 3).Select(i => i * 2)),
        ["Query.matrix"] = _ => new(new[] { new[] { 1, 2 }, new[] { 3 } }),
        ["Query.books"] = _ => new(new HashSet<Book> { new("A") }),
        ["Query.notAList"] = _ => new("123"),
        ["Query.asyncItems"] = async _ => { await Task.Yield(); return new List<Book> { new("x"), new("y") }; },
    });

    [Fact]
    public async Task Lazy_sequences_arrays_and_sets_complete_as_lists()
    {
        var json = await Run.Json(Schema, "{ numbers matrix books { title } asyncItems { title } }");
        Assert.Equal(Run.Expected("{'data':{'numbers':[2,4,6],'matrix':[[1,2],[3]],'books':[{'title':'A'}],'asyncItems':[{'title':'x'},{'title':'y'}]}}"), json);
    }

    [Fact]
    public async Task A_string_is_not_a_list()
    {
        var result = await Run.Execute(Schema, "{ notAList }");
        var error = Assert.Single(result.Errors!);
        Assert.Equal("Expected Iterable, but did not find one for field \"Query.notAList\".", error.Message);
        Assert.Equal(["notAList"], error.Path);
    }

    [Fact]
    public async Task Lists_are_written_as_arrays_in_the_result_tree()
    {
        var result = await Run.Execute(Schema, "{ numbers }");
        var data = Assert.IsType<Commissioning.GraphQL.Execution.ResultMap>(result.Data);
        Assert.IsType<object?[]>(data["numbers"]);
    }
}
