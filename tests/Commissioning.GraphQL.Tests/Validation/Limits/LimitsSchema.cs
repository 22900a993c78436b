using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Tests.Execution;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Validation;
using Commissioning.GraphQL.Validation.Limits;

namespace Commissioning.GraphQL.Tests.Validation.Limits;

/// <summary>A small schema with a Relay-style connection, a plain list and costed fields, and helpers to measure and run against it.</summary>
internal static class LimitsSchema
{
    public const string Sdl = """
        directive @cost(weight: String!) on FIELD_DEFINITION
        directive @listSize(assumedSize: Int, slicingArguments: [String!], slicingArgumentDefaultValue: Int, sizedFields: [String!], requireOneSlicingArgument: Boolean! = true) on FIELD_DEFINITION

        type Query {
          books(first: Int, last: Int): BookConnection! @cost(weight: "10") @listSize(assumedSize: 100, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 20, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)
          shelves: [Shelf!]!
          top(count: Int!): [Book!]! @listSize(slicingArguments: ["count"])
          answer: Int
          expensive: Int @cost(weight: "7.5")
          item: Item
          pick(first: Int, last: Int): [Book!]! @listSize(slicingArguments: ["first", "last"])
        }

        type BookConnection { edges: [BookEdge!]! nodes: [Book!]! totalCount: Int! }
        type BookEdge { cursor: String! node: Book! }
        type Book { title: String! author: Author! }
        type Author { name: String! books(first: Int, last: Int): BookConnection! @cost(weight: "10") @listSize(assumedSize: 100, slicingArguments: ["first", "last"], slicingArgumentDefaultValue: 20, sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false) }
        type Shelf { label: String! books: [Book!]! }
        union Item = Book | Author
        """;

    public static Schema Schema { get; } = SdlSchema.Build(Sdl);

    public static OperationMeasure Measure(string query, IReadOnlyDictionary<string, object?>? variables = null, OperationLimits? limits = null)
    {
        var document = Parser.Parse(query);
        Assert.Empty(DocumentValidator.Validate(Schema, document));
        var operation = Executor.GetOperation(document, null);
        var coerced = new Executor(Schema).CoerceVariableValues(operation, variables);
        Assert.False(coerced.HasErrors);
        return new OperationMeasurer(Schema, document, limits ?? new OperationLimits(), coerced.Coerced!).Measure(operation);
    }
}
