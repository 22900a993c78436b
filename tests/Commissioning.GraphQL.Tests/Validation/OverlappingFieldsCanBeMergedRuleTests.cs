using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation;
using Commissioning.GraphQL.Validation.Rules;
using static Commissioning.GraphQL.Tests.Validation.ValidationHarness;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>§5.3.2 Field Selection Merging: conflicting names, arguments and shapes, nested conflicts with their reasons, fragments, inline fragments and mutually exclusive parents, with graphql-js's messages and locations; large documents stay cheap.</summary>
public class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();
    private static readonly Schema Spec = SpecExampleSchema.Schema;

    // graphql-js's schema for return-shape conflicts: boxes holding scalars of different types.
    private static readonly Schema Boxes = BuildAstSchema.Build("""
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
          someField(a: String, b: String, arg: Input): String
        }

        input Input {
          a: String
          b: String
        }
        """);

    private const string Hint = " Use different aliases on the fields to fetch both if this was intentional.";

    [Fact]
    public void A_thousand_fragments_are_all_checked()
    {
        // Each fragment is spread under its own alias, so only the fragments' own fields meet.
        var query = "{\n" + string.Join("\n", Enumerable.Range(0, 1000).Select(i => $"  d{i}: dog {{ ...F{i} }}")) + "\n}\n"
            + string.Join("\n", Enumerable.Range(0, 1000).Select(i =>
                i < 999 ? $"fragment F{i} on Dog {{ name nickname }}" : $"fragment F{i} on Dog {{ name: nickname name }}"));

        // Beyond the parser's default token limit, so parsed with a higher one.
        var document = Parser.Parse(query, new ParserOptions { MaxTokens = 100_000 });

        var errors = DocumentValidator.Validate(TestSchema, document, [Rule]);

        Assert.Equal(
            ["Fields \"name\" conflict because \"nickname\" and \"name\" are different fields." + Hint + " @ 2002:24, 2002:39"],
            errors.Select(Describe));
    }

    [Fact]
    public void Six_hundred_repeated_fields_merge()
    {
        ExpectValid(Rule, "{ dog { " + string.Concat(Enumerable.Repeat("name ", 600)) + "} }");
    }

    [Fact]
    public void A_thousand_repeated_fields_exceed_the_work_budget_and_abort_validation()
    {
        // Half a million pairs: graphql-js 16.15 gives up with the same error rather than occupy the server.
        var errors = Validate(Rule, "{ dog { " + string.Concat(Enumerable.Repeat("name ", 1000)) + "} }");

        Assert.Equal(["Validation aborted. @ "], errors.Select(Describe));
    }

    [Fact]
    public void Each_pair_of_fragments_is_compared_once_and_long_reasons_are_cut()
    {
        // Twenty sibling fields spreading the same twenty fragments, the last of which conflicts with the
        // others: reported once, at the first pair of sibling fields, with the reason cut at 1,000
        // characters and at most 20 nodes a side (the enclosing field, then the innermost ones).
        const int n = 20;
        var spreads = string.Join(" ", Enumerable.Range(0, n).Select(i => $"...F{i}"));
        var query = "{\n" + string.Concat(Enumerable.Repeat($"  dog {{ {spreads} }}\n", n)) + "}\n"
            + string.Join("\n", Enumerable.Range(0, n).Select(i =>
                i < n - 1 ? $"fragment F{i} on Dog {{ name barkVolume }}" : $"fragment F{i} on Dog {{ name: nickname }}"));

        var reason = string.Join(" and ", Enumerable.Repeat(
            "subfields \"name\" conflict because \"name\" and \"nickname\" are different fields", n - 1));
        var locations = new List<(int, int)> { (2, 3) };
        locations.AddRange(Enumerable.Range(0, n - 1).Select(i => (23 + i, i < 10 ? 22 : 23)));
        locations.Add((3, 3));
        locations.AddRange(Enumerable.Repeat((42, 23), n - 1));

        ExpectErrors(Rule, query, Error("Fields \"dog\" conflict because " + reason[..1000] + "..." + "." + Hint, [.. locations]));
    }

    [Fact]
    public void Very_long_response_names_are_abbreviated()
    {
        var name = new string('a', 1001);
        ExpectErrors(Rule, $"{{ dog {{ {name}: name {name}: nickname }} }}",
            Error($"Fields \"{name[..1000]}...\" conflict because \"name\" and \"nickname\" are different fields." + Hint, (1, 9), (1, 1017)));
    }

    [Fact]
    public void Is_part_of_the_specified_rules() =>
        Assert.Contains(SpecifiedRules.All, r => r is OverlappingFieldsCanBeMergedRule);

    [Fact]
    public void Fragment_chains_deeper_than_the_stack_allows_abort_validation_instead_of_the_process()
    {
        // Two chains of 650 fragments, each nesting one level deeper, compared to the bottom. The walk
        // runs on a small stack so that the depth certainly exceeds it.
        const int n = 650;
        string Chain(string prefix, string leaf) => string.Join("\n", Enumerable.Range(0, n).Select(i => i < n - 1
            ? $"fragment {prefix}{i} on Dog {{ mother {{ ...{prefix}{i + 1} }} }}"
            : $"fragment {prefix}{i} on Dog {{ x: {leaf} }}"));
        var document = Parser.Parse("{ a: dog { ...F0 } a: dog { ...G0 } }\n" + Chain("F", "name") + "\n" + Chain("G", "nickname"));

        IReadOnlyList<string> errors = [];
        var thread = new Thread(() => errors = DocumentValidator.Validate(TestSchema, document, [Rule]).Select(Describe).ToList(), 256 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(["Validation aborted. @ "], errors);
    }
    // §5.3.2 examples
    [Fact]
    public void Spec_identical_fields_merge() => ExpectValid(Rule, """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }

        fragment mergeIdenticalAliasesAndFields on Dog {
          otherName: name
          otherName: name
        }
        """, Spec);

    [Fact]
    public void Spec_an_alias_may_not_hide_another_field() => ExpectErrors(Rule, """
        fragment conflictingBecauseAlias on Dog {
          name: nickname
          name
        }
        """,
        [
            Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        ],
        Spec);

    [Fact]
    public void Spec_identical_arguments_merge() => ExpectValid(Rule, """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }

        fragment mergeIdenticalFieldsWithIdenticalValues on Dog {
          doesKnowCommand(dogCommand: $dogCommand)
          doesKnowCommand(dogCommand: $dogCommand)
        }
        """, Spec);

    [Fact]
    public void Spec_differing_arguments_do_not_merge() => ExpectErrors(Rule, """
        fragment conflictingArgsOnValues on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }

        fragment conflictingArgsValueAndVar on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: $dogCommand)
        }

        fragment conflictingArgsWithVars on Dog {
          doesKnowCommand(dogCommand: $varOne)
          doesKnowCommand(dogCommand: $varTwo)
        }

        fragment differingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        [
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (7, 3), (8, 3)),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (12, 3), (13, 3)),
            Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (18, 3)),
        ],
        Spec);

    [Fact]
    public void Spec_fields_on_different_object_types_never_meet() => ExpectValid(Rule, """
        fragment safeDifferingFields on Pet {
          ... on Dog {
            volume: barkVolume
          }
          ... on Cat {
            volume: meowVolume
          }
        }

        fragment safeDifferingArgs on Pet {
          ... on Dog {
            doesKnowCommand(dogCommand: SIT)
          }
          ... on Cat {
            doesKnowCommand(catCommand: JUMP)
          }
        }
        """, Spec);

    [Fact]
    public void Spec_but_their_shapes_must_agree() => ExpectErrors(Rule, """
        fragment conflictingDifferingResponses on Pet {
          ... on Dog {
            someValue: nickname
          }
          ... on Cat {
            someValue: meowVolume
          }
        }
        """,
        [
            Error("Fields \"someValue\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (6, 5)),
        ],
        Spec);

    [Fact]
    public void Unique_fields() => ExpectValid(Rule, """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void Identical_fields_with_identical_directives() => ExpectValid(Rule, """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Different_args_with_different_aliases() => ExpectValid(Rule, """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void Different_directives_with_different_aliases() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          nameIfTrue: name @include(if: true)
          nameIfFalse: name @include(if: false)
        }
        """);

    // directives are not compared, as in graphql-js
    [Fact]
    public void Different_skip_and_include_directives_are_accepted() => ExpectValid(Rule, """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void Same_aliases_with_different_field_targets() => ExpectErrors(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Same_aliases_allowed_on_non_overlapping_fields() => ExpectValid(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            name
          }
          ... on Cat {
            name: nickname
          }
        }
        """);

    [Fact]
    public void Alias_masking_direct_field_access() => ExpectErrors(Rule, """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        Error("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_adds_an_argument() => ExpectErrors(Rule, """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Different_args_second_missing_an_argument() => ExpectErrors(Rule, """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        Error("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Conflicting_arg_names() => ExpectErrors(Rule, """
        fragment conflictingArgs on Dog {
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        Error("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Allows_different_args_where_no_conflict_is_possible() => ExpectValid(Rule, """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
          }
          ... on Cat {
            name
          }
        }
        """);

    [Fact]
    public void Allows_a_different_order_of_args() => ExpectValid(Rule, """
        {
          someField(a: null, b: null)
          someField(b: null, a: null)
        }
        """, Boxes);

    [Fact]
    public void Allows_a_different_order_of_input_object_fields() => ExpectValid(Rule, """
        {
          someField(arg: { a: null, b: null })
          someField(arg: { b: null, a: null })
        }
        """, Boxes);

    // as graphql-js compares them
    [Fact]
    public void A_block_string_and_a_quoted_string_are_different_arguments() => ExpectErrors(Rule, """"
        {
          someField(a: "x")
          someField(a: """x""")
        }
        """",
        [
            Error("Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)),
        ],
        Boxes);

    [Fact]
    public void Encounters_a_conflict_in_fragments() => ExpectErrors(Rule, """
        {
          ...A
          ...B
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));

    [Fact]
    public void Reports_each_conflict_once() => ExpectErrors(Rule, """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        Error("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
        Error("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));

    [Fact]
    public void Deep_conflict() => ExpectErrors(Rule, """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Deep_conflict_with_multiple_issues() => ExpectErrors(Rule, """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Very_deep_conflict() => ExpectErrors(Rule, """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        Error("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Reports_a_deep_conflict_at_the_nearest_common_ancestor() => ExpectErrors(Rule, """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        Error("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Reports_a_deep_conflict_at_the_nearest_common_ancestor_in_fragments() => ExpectErrors(Rule, """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }
        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        Error("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Reports_a_deep_conflict_in_nested_fragments() => ExpectErrors(Rule, """
        {
          field {
            ...F
          }
          field {
            ...I
          }
        }
        fragment F on T {
          x: a
          ...G
        }
        fragment G on T {
          y: c
        }
        fragment I on T {
          y: d
          ...J
        }
        fragment J on T {
          x: b
        }
        """,
        Error("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (10, 3), (14, 3), (5, 3), (21, 3), (17, 3)));

    [Fact]
    public void Ignores_unknown_fragments() => ExpectValid(Rule, """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void Conflicting_return_types_which_potentially_overlap() => ExpectErrors(Rule, """
        {
          someBox {
            ...on IntBox {
              scalar
            }
            ...on NonNullStringBox1 {
              scalar
            }
          }
        }
        """,
        [
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)),
        ],
        Boxes);

    [Fact]
    public void Compatible_return_shapes_on_different_return_types() => ExpectValid(Rule, """
        {
          someBox {
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """, Boxes);

    [Fact]
    public void Disallows_differing_return_types_despite_no_overlap() => ExpectErrors(Rule, """
        {
          someBox {
            ... on IntBox {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        [
            Error("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)),
        ],
        Boxes);

    // the fragment-pair memo must not let the first comparison hide the second
    [Fact]
    public void Reports_a_non_exclusive_conflict_that_follows_an_exclusive_one() => ExpectErrors(Rule, """
        {
          someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...Y
              }
            }
          }
          other: someBox {
            ...X
          }
          other: someBox {
            ...Y
          }
        }
        fragment X on SomeBox {
          scalar
        }
        fragment Y on SomeBox {
          scalar: unrelatedField
        }
        """,
        [
            Error("Fields \"memoed\" conflict because subfields \"deepBox\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (16, 3), (18, 7), (38, 3), (23, 3), (25, 7), (41, 3)),
        ],
        Boxes);

    [Fact]
    public void Disallows_differing_return_type_nullability_despite_no_overlap() => ExpectErrors(Rule, """
        {
          someBox {
            ... on NonNullStringBox1 {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        [
            Error("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)),
        ],
        Boxes);

    [Fact]
    public void Disallows_differing_return_type_list_despite_no_overlap() => ExpectErrors(Rule, """
        {
          someBox {
            ... on IntBox {
              box: listStringBox {
                scalar
              }
            }
            ... on StringBox {
              box: stringBox {
                scalar
              }
            }
          }
        }
        """,
        [
            Error("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)),
        ],
        Boxes);

    [Fact]
    public void Disallows_differing_return_type_list_the_other_way() => ExpectErrors(Rule, """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: listStringBox {
                scalar
              }
            }
          }
        }
        """,
        [
            Error("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)),
        ],
        Boxes);

    [Fact]
    public void Disallows_differing_deep_return_types_despite_no_overlap() => ExpectErrors(Rule, """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: intBox {
                scalar
              }
            }
          }
        }
        """,
        [
            Error("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9)),
        ],
        Boxes);

    [Fact]
    public void Allows_non_conflicting_overlapping_types() => ExpectValid(Rule, """
        {
          someBox {
            ... on IntBox {
              scalar: unrelatedField
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """, Boxes);

    [Fact]
    public void Same_wrapped_scalar_return_types() => ExpectValid(Rule, """
        {
          someBox {
            ...on NonNullStringBox1 {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """, Boxes);

    [Fact]
    public void Allows_inline_fragments_without_type_condition() => ExpectValid(Rule, """
        {
          a
          ... {
            a
          }
        }
        """, Boxes);

    [Fact]
    public void Compares_deep_types_including_lists() => ExpectErrors(Rule, """
        {
          connection {
            ...edgeID
            edges {
              node {
                id: name
              }
            }
          }
        }

        fragment edgeID on Connection {
          edges {
            node {
              id
            }
          }
        }
        """,
        [
            Error("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)),
        ],
        Boxes);

    [Fact]
    public void Ignores_unknown_types() => ExpectValid(Rule, """
        {
          someBox {
            ...on UnknownType {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """, Boxes);

    [Fact]
    public void Does_not_loop_on_a_recursive_fragment() => ExpectValid(Rule, """
        {
          ...fragA
        }

        fragment fragA on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void Does_not_loop_on_an_immediately_recursive_fragment() => ExpectValid(Rule, """
        {
          ...fragA
        }

        fragment fragA on Human { name, ...fragA }
        """);

    [Fact]
    public void Does_not_loop_on_recursive_fragments_separated_by_fields() => ExpectValid(Rule, """
        {
          ...fragA
          ...fragB
        }

        fragment fragA on Human { name, relatives { name, ...fragB } }
        fragment fragB on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void Does_not_loop_on_a_transitively_recursive_fragment() => ExpectValid(Rule, """
        {
          ...fragA
          ...fragB
        }

        fragment fragA on Human { name, ...fragB }
        fragment fragB on Human { name, ...fragC }
        fragment fragC on Human { name, ...fragA }
        """);

    [Fact]
    public void Finds_an_invalid_case_even_with_an_immediately_recursive_fragment() => ExpectErrors(Rule, """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          ...sameAliasesWithDifferentFieldTargets
          fido: name
          fido: nickname
        }
        """,
        Error("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 3), (4, 3)));

    [Fact]
    public void Finds_a_conflict_between_a_field_and_a_fragment_spread_in_a_sub_selection() => ExpectErrors(Rule, """
        {
          dog {
            name
            ...DogName
          }
        }

        fragment DogName on Dog {
          name: nickname
        }
        """,
        Error("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (9, 3)));

    [Fact]
    public void Finds_a_conflict_between_fragments_spread_in_two_sub_selections() => ExpectErrors(Rule, """
        {
          dog {
            ...A
          }
          dog {
            ...B
          }
        }

        fragment A on Dog {
          n: name
        }

        fragment B on Dog {
          n: nickname
        }
        """,
        Error("Fields \"dog\" conflict because subfields \"n\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (11, 3), (5, 3), (15, 3)));
}
