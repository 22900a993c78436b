using System.Text.Json.Nodes;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Validation;
using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Conformance;

/// <summary>
/// The validation corpus (tests/conformance/corpus/*.graphql, one document per file, all against corpus/schema.graphql):
/// for every document graphql-js and our parser and <see cref="DocumentValidator"/> must agree on whether it is
/// valid, and on every error's message and locations (spec §5; graphql-js wording).
/// </summary>
public class ValidationCorpusTests
{
    private static readonly string CorpusDirectory = Path.Combine(GraphQLJsOracle.ConformanceDirectory, "corpus");
    private static readonly string SchemaSdl = File.ReadAllText(Path.Combine(CorpusDirectory, "schema.graphql"));
    private static readonly Lazy<Dictionary<string, Verdict>> GraphQLJsVerdicts = new(AskGraphQLJs);

    /// <summary>A syntax error, or the validation errors (empty: valid), each as "message @ line:column, ...".</summary>
    private sealed record Verdict(string? SyntaxError, IReadOnlyList<string> Errors)
    {
        public override string ToString() =>
            SyntaxError is not null ? "syntax error: " + SyntaxError
            : Errors.Count == 0 ? "valid" : string.Join("\n", Errors);
    }

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var name in DocumentNames()) data.Add(name);
        return data;
    }

    private static IEnumerable<string> DocumentNames() =>
        Directory.EnumerateFiles(CorpusDirectory, "*.graphql")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name != "schema")
            .Order(StringComparer.Ordinal)!;

    private static string Text(string name) => File.ReadAllText(Path.Combine(CorpusDirectory, name + ".graphql"));

    [Theory]
    [MemberData(nameof(Documents))]
    public void Our_validator_agrees_with_graphql_js(string document)
    {
        var expected = GraphQLJsVerdicts.Value[document];
        var actual = OurVerdict(Text(document));
        Assert.True(expected.ToString() == actual.ToString(),
            $"{document}.graphql\n--- graphql-js:\n{expected}\n--- ours:\n{actual}");
    }

    [Fact]
    public void The_corpus_has_valid_invalid_and_unparseable_documents()
    {
        var verdicts = GraphQLJsVerdicts.Value.Values.ToList();
        Assert.True(verdicts.Count >= 150, $"only {verdicts.Count} documents");
        Assert.True(verdicts.Count(v => v.SyntaxError is null && v.Errors.Count == 0) >= 40);
        Assert.True(verdicts.Count(v => v.Errors.Count > 0) >= 100);
        Assert.Contains(verdicts, v => v.SyntaxError is not null);
    }

    private static Verdict OurVerdict(string text)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(text);
        }
        catch (GraphQLError e)
        {
            return new Verdict(Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column))), []);
        }
        var errors = DocumentValidator.Validate(Schema.Value, document);
        return new Verdict(null, Sorted(errors.Select(e => Describe(e.Message, e.Locations.Select(l => (l.Line, l.Column))))));
    }

    private static readonly Lazy<Commissioning.GraphQL.Types.Schema> Schema = new(() => BuildAstSchema.Build(SchemaSdl));

    private static Dictionary<string, Verdict> AskGraphQLJs()
    {
        var cases = new JsonArray();
        foreach (var name in DocumentNames())
            cases.Add(new JsonObject { ["id"] = name, ["schema"] = SchemaSdl, ["document"] = Text(name) });
        var answers = GraphQLJsOracle.Ask(new JsonObject { ["mode"] = "validate", ["cases"] = cases }).AsArray();
        return answers.ToDictionary(a => a!["id"]!.GetValue<string>(), a =>
        {
            if (a!["syntaxError"] is JsonObject syntax) return new Verdict(Describe(syntax), []);
            return new Verdict(null, Sorted(a["errors"]!.AsArray().Select(e => Describe(e!.AsObject()))));
        });
    }

    private static string Describe(JsonObject error) =>
        Describe(error["message"]!.GetValue<string>(),
            error["locations"]!.AsArray().Select(l => (l!["line"]!.GetValue<int>(), l["column"]!.GetValue<int>())));

    private static string Describe(string message, IEnumerable<(int Line, int Column)> locations) =>
        message + " @ " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}"));

    // The rules run in graphql-js's order, but each rule's errors need not come out in the same order; compare sets.
    private static List<string> Sorted(IEnumerable<string> errors) => errors.Order(StringComparer.Ordinal).ToList();
}
