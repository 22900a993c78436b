using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Validation;
using Commissioning.GraphQL.Validation.Rules;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>The validation driver (§5): all rules in one walk, error limit, descriptions ignored.</summary>
public class DocumentValidatorTests
{
    [Fact]
    public void A_valid_document_has_no_errors()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("query Q { dog { name } }"));
        Assert.Empty(errors);
    }

    [Fact]
    public void Validation_stops_after_the_error_limit_and_says_so()
    {
        var document = Parser.Parse(string.Join("\n", Enumerable.Range(0, 5).Select(_ => "{ dog { name } }")));

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, document, [new LoneAnonymousOperationRule()], maxErrors: 3);

        Assert.Equal(
            [
                "This anonymous operation must be the only defined operation.",
                "This anonymous operation must be the only defined operation.",
                "This anonymous operation must be the only defined operation.",
                "Too many validation errors, error limit reached. Validation aborted.",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Rules_run_side_by_side_and_report_in_document_order()
    {
        var document = Parser.Parse("""
            query A { dog { name } }
            { dog { name } }
            query A { dog { name } }
            """);

        var errors = DocumentValidator.Validate(ValidationHarness.TestSchema, document,
            [new UniqueOperationNamesRule(), new LoneAnonymousOperationRule()]);

        Assert.Equal(
            [
                "This anonymous operation must be the only defined operation. @ 2:1",
                "There can be only one operation named \"A\". @ 1:7, 3:7",
            ],
            errors.Select(ValidationHarness.Describe));
    }

    [Fact]
    public void A_rule_that_skips_a_subtree_does_not_stop_the_others()
    {
        var seen = new List<string>();
        var rules = new ValidationRule[] { new SkipEverythingRule(), new RecordFieldTypesRule(seen) };

        DocumentValidator.Validate(ValidationHarness.TestSchema, Parser.Parse("{ dog { name barkVolume } }"), rules);

        Assert.Equal(["QueryRoot.dog: Dog", "Dog.name: String", "Dog.barkVolume: Int"], seen);
    }

    [Fact]
    public void Descriptions_are_not_validated()
    {
        var seen = new List<string>();
        var document = Parser.Parse("\"\"\"Operation description\"\"\" query Q { dog { name } }");

        DocumentValidator.Validate(ValidationHarness.TestSchema, document, [new RecordStringsRule(seen)]);

        Assert.Empty(seen);
    }

    private sealed class SkipEverythingRule : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Skipper();

        private sealed class Skipper : SyntaxVisitor
        {
            public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors) =>
                node is DocumentNode ? VisitorAction.Continue : VisitorAction.Skip;
        }
    }

    private sealed class RecordFieldTypesRule(List<string> seen) : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Recorder(context, seen);

        private sealed class Recorder(ValidationContext context, List<string> seen) : SyntaxVisitor
        {
            public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
            {
                if (node is FieldNode field)
                    seen.Add($"{context.TypeInfo.ParentType}.{field.Name.Value}: {context.TypeInfo.Type}");
                return VisitorAction.Continue;
            }
        }
    }

    private sealed class RecordStringsRule(List<string> seen) : ValidationRule
    {
        public override ISyntaxVisitor CreateVisitor(ValidationContext context) => new Recorder(seen);

        private sealed class Recorder(List<string> seen) : SyntaxVisitor
        {
            public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
            {
                if (node is StringValueNode s) seen.Add(s.Value);
                return VisitorAction.Continue;
            }
        }
    }

    [Fact]
    public void Reported_errors_carry_the_nodes_they_are_about()
    {
        GraphQLError? reported = null;
        var document = Parser.Parse("{ dog { name } }");
        var context = new ValidationContext(ValidationHarness.TestSchema, document, new TypeInfo(ValidationHarness.TestSchema), e => reported = e);

        context.ReportError(new GraphQLError("x", [document.Definitions[0]]));

        Assert.Equal([new SourcePosition(1, 1)], reported!.Locations);
    }
}
