using System.Text;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>Documents built to be expensive still validate, with ordinary errors, within the parser's limits.</summary>
public class HostileDocumentValidationTests
{
    [Fact]
    public void A_chain_of_two_thousand_fragments_under_introspection_is_rejected_without_exhausting_the_stack()
    {
        const int count = 2000;
        var text = new StringBuilder("{ __schema { types { ...F0 } } }\n");
        for (var i = 0; i < count; i++)
            text.Append($"fragment F{i} on __Type {{ fields {{ type {{ ...F{i + 1} }} }} }}\n");
        text.Append($"fragment F{count} on __Type {{ name }}\n");

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(text.ToString(), new ParserOptions { MaxTokens = 100000 }));

        Assert.Equal(["Maximum introspection depth exceeded @ 1:3"], errors.Select(ValidationHarness.Describe));
    }

    [Fact]
    public void A_long_fragment_cycle_is_reported_once()
    {
        const int count = 2000;
        var text = new StringBuilder("{ dog { ...F0 } }\n");
        for (var i = 0; i < count; i++)
            text.Append($"fragment F{i} on Dog {{ ...F{(i + 1) % count} }}\n");

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(text.ToString(), new ParserOptions { MaxTokens = 100000 }));

        var error = Assert.Single(errors);
        Assert.StartsWith("Cannot spread fragment \"F0\" within itself via \"F1\", \"F2\",", error.Message);
        Assert.Equal(count, error.Locations.Count);
    }

    [Fact]
    public void Many_errors_stop_at_the_limit()
    {
        var text = "{ dog { " + string.Concat(Enumerable.Range(0, 300).Select(i => $"f{i} ")) + "} }";

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse(text));

        Assert.Equal(101, errors.Count);
        Assert.Equal("Too many validation errors, error limit reached. Validation aborted.", errors[^1].Message);
    }
}
