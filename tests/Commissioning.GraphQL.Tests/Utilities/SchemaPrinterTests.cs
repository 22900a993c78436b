using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Utilities;

/// <summary>
/// The printed SDL must equal graphql-js v16 printSchema for the same schema. The expected file was
/// produced by graphql-js 16.15 from an equivalent programmatic schema.
/// </summary>
public class SchemaPrinterTests
{
    internal static Schema LibrarySchema(string queryName = "Query", string? description = null)
    {
        var node = new InterfaceType("Node").AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)));
        var status = new EnumType("Status") { Description = "Lifecycle of a book." }
            .AddValue("AVAILABLE", 0)
            .AddValue("ON_LOAN", 1, description: "Lent out")
            .AddValue("LOST", 2, deprecationReason: "No longer tracked");
        var dateTime = new ScalarType("DateTime") { SpecifiedByUrl = "https://scalars.graphql.org/andimarek/date-time" };
        var book = new ObjectType("Book") { Description = "A book in the library.\n\nIt may be lent out." }.Implements(node)
            .AddField(new FieldDefinition("id", new NonNullType(Scalars.ID)))
            .AddField(new FieldDefinition("title", new NonNullType(Scalars.String)) { Description = "The title" })
            .AddField(new FieldDefinition("status", status))
            .AddField(new FieldDefinition("isbn", Scalars.String) { DeprecationReason = "Use `identifiers`." })
            .AddField(new FieldDefinition("old", Scalars.String) { DeprecationReason = "No longer supported" })
            .AddField(new FieldDefinition("published", dateTime))
            .AddField(new FieldDefinition("tags", new ListType(new NonNullType(Scalars.String)))
                .AddArgument(new InputValueDefinition("first", Scalars.Int) { DefaultValue = 10 })
                .AddArgument(new InputValueDefinition("status", status) { DefaultValue = 1 }))
            .AddField(new FieldDefinition("related", Scalars.String)
                .AddArgument(new InputValueDefinition("by", Scalars.String) { Description = "How \"related\" is measured" })
                .AddArgument(new InputValueDefinition("limit", new NonNullType(Scalars.Int))));
        var author = new ObjectType("Author").AddField(new FieldDefinition("name", Scalars.String));
        var search = new UnionType("SearchResult", book, author);
        var filter = new InputObjectType("BookFilter")
            .AddField(new InputValueDefinition("title", Scalars.String) { Description = "Substring" })
            .AddField(new InputValueDefinition("tags", new ListType(Scalars.String)) { DefaultValue = new List<object?> { "a", "b" } })
            .AddField(new InputValueDefinition("minRating", Scalars.Float) { DefaultValue = 2.5, DeprecationReason = "gone" });
        var by = new InputObjectType("BookBy") { IsOneOf = true }
            .AddField(new InputValueDefinition("id", Scalars.ID))
            .AddField(new InputValueDefinition("isbn", Scalars.String));
        var query = new ObjectType(queryName)
            .AddField(new FieldDefinition("book", book).AddArgument(new InputValueDefinition("by", new NonNullType(by))))
            .AddField(new FieldDefinition("books", new NonNullType(new ListType(new NonNullType(book))))
                .AddArgument(new InputValueDefinition("filter", filter)
                {
                    DefaultValue = new Dictionary<string, object?> { ["title"] = "x", ["tags"] = new List<object?> { "c" } },
                }))
            .AddField(new FieldDefinition("search", new ListType(search)).AddArgument(new InputValueDefinition("term", new NonNullType(Scalars.String))))
            .AddField(new FieldDefinition("flag", Scalars.Boolean));
        var cost = new DirectiveDefinition("cost", Commissioning.GraphQL.Language.DirectiveLocation.FIELD_DEFINITION, Commissioning.GraphQL.Language.DirectiveLocation.OBJECT)
            {
                Description = "Relative cost",
                IsRepeatable = true,
            }
            .AddArgument(new InputValueDefinition("weight", new NonNullType(Scalars.Int)));
        return new Schema(new SchemaOptions
        {
            Query = query,
            Types = [author],
            Directives = [.. Directives.Specified, cost],
            Description = description,
        });
    }

    [Fact]
    public void Prints_like_graphql_js()
    {
        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "SchemaPrinterExpected.graphql"));
        Assert.Equal(expected, SchemaPrinter.Print(LibrarySchema()));
    }

    [Fact]
    public void Prints_the_schema_definition_when_roots_are_unconventionally_named_or_described()
    {
        var printed = SchemaPrinter.Print(LibrarySchema("Root", "The library"));
        Assert.StartsWith("\"\"\"The library\"\"\"\nschema {\n  query: Root\n}\n\n\"\"\"Relative cost\"\"\"\n", printed);
    }

    [Theory]
    [InlineData("simple", "\"\"\"simple\"\"\"")]
    [InlineData("ends with \"quote\"", "\"\"\"\nends with \"quote\"\n\"\"\"")]
    [InlineData(" leading space", "\"\"\" leading space\"\"\"")]
    [InlineData("has \"\"\" triple", "\"\"\"has \\\"\"\" triple\"\"\"")]
    public void Prints_descriptions_as_block_strings(string description, string expected) =>
        Assert.Equal(expected, ValuePrinter.PrintBlockString(description));

    [Fact]
    public void Falls_back_to_a_quoted_string_when_a_block_string_would_change_the_text()
    {
        Assert.False(ValuePrinter.IsPrintableAsBlockString("\n starts with newline"));
        Assert.False(ValuePrinter.IsPrintableAsBlockString("trailing\n"));
        Assert.Equal("\"\\n starts\\u0001\"", ValuePrinter.PrintString("\n starts\u0001"));
    }
}
