using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;
using Commissioning.GraphQL.Validation;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>An expected validation error: its message and its (line, column) locations in order.</summary>
public sealed record ExpectedError(string Message, params (int Line, int Column)[] Locations)
{
    public override string ToString() =>
        Message + " @ " + string.Join(", ", Locations.Select(l => $"{l.Line}:{l.Column}"));
}

/// <summary>
/// Runs single rules against a standard test schema, the pets-and-arguments world the validation
/// sections of the spec use in their examples (§5): Dog, Cat, Pet, Human, CatOrDog, ComplicatedArgs,
/// plus directives for every executable location.
/// </summary>
public static class ValidationHarness
{
    public const string TestSdl = """
        interface Mammal {
          mother: Mammal
          father: Mammal
        }

        interface Pet {
          name(surname: Boolean): String
        }

        interface Canine implements Mammal {
          name(surname: Boolean): String
          mother: Canine
          father: Canine
        }

        enum DogCommand {
          SIT
          HEEL
          DOWN
        }

        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }

        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }

        union CatOrDog = Cat | Dog

        type Human {
          name(surname: Boolean): String
          pets: [Pet]
          relatives: [Human]!
        }

        enum FurColor {
          BROWN
          BLACK
          TAN
          SPOTTED
          NO_FUR
          UNKNOWN
        }

        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }

        input OneOfInput @oneOf {
          stringField: String
          intField: Int
        }

        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }

        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }

        type MutationRoot {
          addPet(name: String): Pet
        }

        type Message {
          body: String
          sender: String
        }

        type SubscriptionRoot {
          newMessage: Message
          disallowedSecondRootField: Boolean
          catSubscribe: Cat
        }

        schema {
          query: QueryRoot
          mutation: MutationRoot
          subscription: SubscriptionRoot
        }

        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onSubscription on SUBSCRIPTION
        directive @onField on FIELD
        directive @onFragmentDefinition on FRAGMENT_DEFINITION
        directive @onFragmentSpread on FRAGMENT_SPREAD
        directive @onInlineFragment on INLINE_FRAGMENT
        directive @onVariableDefinition on VARIABLE_DEFINITION
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD | INLINE_FRAGMENT
        """;

    public static Schema TestSchema { get; } = BuildAstSchema.Build(TestSdl);

    /// <summary>The example schema of spec §5; see <see cref="SpecExampleSchema"/>.</summary>
    public static Schema SpecSchema => SpecExampleSchema.Schema;

    public static void ExpectSpecValid(ValidationRule rule, string query) => ExpectErrors(rule, query, [], SpecSchema);

    public static void ExpectSpecErrors(ValidationRule rule, string query, params ExpectedError[] expected) =>
        ExpectErrors(rule, query, expected, SpecSchema);

    public static IReadOnlyList<GraphQLError> Validate(ValidationRule rule, string query, Schema? schema = null) =>
        DocumentValidator.Validate(schema ?? TestSchema, Parser.Parse(query), [rule]);

    public static void ExpectValid(ValidationRule rule, string query, Schema? schema = null) =>
        ExpectErrors(rule, query, [], schema);

    public static void ExpectErrors(ValidationRule rule, string query, IReadOnlyList<ExpectedError> expected, Schema? schema = null)
    {
        var actual = Validate(rule, query, schema).Select(Describe).ToList();
        Assert.Equal(expected.Select(e => e.ToString()).ToList(), actual);
    }

    public static void ExpectErrors(ValidationRule rule, string query, params ExpectedError[] expected) =>
        ExpectErrors(rule, query, (IReadOnlyList<ExpectedError>)expected);

    public static ExpectedError Error(string message, params (int Line, int Column)[] locations) => new(message, locations);

    public static string Describe(GraphQLError error) =>
        error.Message + " @ " + string.Join(", ", error.Locations.Select(l => $"{l.Line}:{l.Column}"));
}
