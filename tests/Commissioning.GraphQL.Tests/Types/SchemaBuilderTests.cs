using System.ComponentModel;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Types;

/// <summary>The code-first API, shown on a small library schema.</summary>
public class SchemaBuilderTests
{
    public enum Genre
    {
        ScienceFiction,
        [Description("Made up")] Fiction,
        [Obsolete("Use Fiction")] Novel,
    }

    public interface IEntity
    {
        string Id { get; }
    }

    public sealed record Author(string Id, string Name) : IEntity;

    public sealed record Book(string Id, string Title, string? Subtitle, int Pages, Genre Genre, string AuthorId, IReadOnlyList<string> Tags) : IEntity;

    public sealed class BookFilter
    {
        public string? Title { get; set; }
        public Genre? Genre { get; set; }
    }

    private static readonly Author Le = new("a1", "Ursula K. Le Guin");
    private static readonly Book[] Books =
    [
        new("b1", "The Dispossessed", null, 387, Genre.ScienceFiction, "a1", ["anarchy"]),
        new("b2", "A Wizard of Earthsea", null, 183, Genre.Fiction, "a1", []),
    ];

    private static Schema Library()
    {
        var dateScalar = new ScalarType("Date", v => ((DateOnly)v!).ToString("O"), v => DateOnly.Parse((string)v!))
        {
            SpecifiedByUrl = "https://scalars.graphql.org/andimarek/local-date",
        };
        return new SchemaBuilder()
            .Scalar(dateScalar, typeof(DateOnly))
            .Enum<Genre>()
            .Interface<IEntity>("Entity", i => i.Field("id", (IEntity e) => e.Id).Type(Scalars.ID.NonNull()).Description("Opaque id"))
            .Object<Author>("Author", t =>
            {
                t.Implements<IEntity>().Description("Someone who writes");
                t.Field("name", (Author a) => a.Name);
                t.Field("books", (a, ctx) => Books.Where(b => b.AuthorId == a.Id).ToList()).Type(new TypeReference[] { "Book" }[0].NonNull().List().NonNull());
            })
            .Object<Book>("Book", t =>
            {
                t.Implements("Entity");
                t.Field("title", b => b.Title);
                t.Field("subtitle", b => b.Subtitle);
                t.Field("pages", b => b.Pages).Metadata("cost", 2);
                t.Field("genre", b => b.Genre);
                t.Field("tags", b => b.Tags);
                t.Field("isbn", b => b.Id).Deprecated("Use `id`.");
                t.FieldAsync("author", async (b, ctx) =>
                {
                    await Task.Yield();
                    return b.AuthorId == Le.Id ? Le : null;
                }).Type("Author");
            })
            .Union("SearchResult", "Books or authors", "Book", "Author")
            .InputObject<BookFilter>("BookFilter", i =>
            {
                i.Field(f => f.Title).Description("Substring of the title");
                i.Field(f => f.Genre);
            })
            .Query(q =>
            {
                q.Field("books", (_, ctx) =>
                {
                    var filter = ctx.GetArgument<BookFilter?>("where");
                    var first = ctx.GetArgument<int>("first");
                    return Books.Where(b => filter?.Title is null || b.Title.Contains(filter.Title))
                        .Where(b => filter?.Genre is null || b.Genre == filter.Genre).Take(first).ToList();
                })
                    .Argument<int>("first", a => a.Default(10).Description("Page size"))
                    .Argument("where", "BookFilter");
                q.Field("search", (_, ctx) => new List<object> { Books[0], Le }).Type(TypeReference.Named("SearchResult").List());
                q.Field("today", (_, _) => new DateOnly(2024, 5, 1)).Nullable();
            })
            .Build();
    }

    [Fact]
    public void Builds_the_schema_it_describes()
    {
        var sdl = SchemaPrinter.Print(Library());
        Assert.Contains("scalar Date @specifiedBy(url: \"https://scalars.graphql.org/andimarek/local-date\")", sdl);
        Assert.Contains("enum Genre {\n  SCIENCE_FICTION\n\n  \"\"\"Made up\"\"\"\n  FICTION\n  NOVEL @deprecated(reason: \"Use Fiction\")\n}", sdl);
        Assert.Contains("interface Entity {\n  \"\"\"Opaque id\"\"\"\n  id: ID!\n}", sdl);
        Assert.Contains("\"\"\"Someone who writes\"\"\"\ntype Author implements Entity {\n  name: String!\n  books: [Book!]!\n\n  \"\"\"Opaque id\"\"\"\n  id: ID!\n}", sdl);
        Assert.Contains("  subtitle: String\n  pages: Int!\n  genre: Genre!\n  tags: [String!]!\n  isbn: String! @deprecated(reason: \"Use `id`.\")\n  author: Author\n", sdl);
        Assert.Contains("\"\"\"Books or authors\"\"\"\nunion SearchResult = Book | Author", sdl);
        Assert.Contains("input BookFilter {\n  \"\"\"Substring of the title\"\"\"\n  title: String\n  genre: Genre\n}", sdl);
        Assert.Contains("books(\n    \"\"\"Page size\"\"\"\n    first: Int! = 10\n    where: BookFilter\n  ): [Book]", sdl);
        Assert.Contains("today: Date\n", sdl);
    }

    [Fact]
    public async Task Resolvers_read_sources_arguments_and_await()
    {
        var schema = Library();
        var query = schema.QueryType!;
        var book = (ObjectType)schema.GetType("Book")!;
        var all = (List<Book>)(await TestResolveContext.Resolve(schema, query, "books", null))!;
        Assert.Equal(2, all.Count);
        var filtered = (List<Book>)(await TestResolveContext.Resolve(schema, query, "books", null, new Dictionary<string, object?>
        {
            ["where"] = new Dictionary<string, object?> { ["genre"] = Genre.Fiction },
        }))!;
        Assert.Equal(["A Wizard of Earthsea"], filtered.Select(b => b.Title));
        Assert.Equal("The Dispossessed", await TestResolveContext.Resolve(schema, book, "title", Books[0]));
        Assert.Same(Le, await TestResolveContext.Resolve(schema, book, "author", Books[0]));
        Assert.Equal("b1", await TestResolveContext.Resolve(schema, book, "id", Books[0]));
        Assert.Equal(2, book.Fields["pages"]!.Metadata["cost"]);
        Assert.Equal("SCIENCE_FICTION", ((EnumType)schema.GetType("Genre")!).Serialize(Genre.ScienceFiction));
        Assert.Equal("2024-05-01", ((ScalarType)schema.GetType("Date")!).Serialize(new DateOnly(2024, 5, 1)));
    }

    [Fact]
    public void Abstract_types_resolve_the_object_type_from_the_CLR_type()
    {
        var schema = Library();
        var union = (UnionType)schema.GetType("SearchResult")!;
        var ctx = new TestResolveContext { Schema = schema, FieldDefinition = schema.QueryType!.Fields["search"]!, ParentType = schema.QueryType };
        Assert.Same(schema.GetType("Author"), union.ResolveType!(Le, ctx, union));
        var entity = (InterfaceType)schema.GetType("Entity")!;
        Assert.Same(schema.GetType("Book"), entity.ResolveType!(Books[1], ctx, entity));
        Assert.True(((ObjectType)schema.GetType("Book")!).IsTypeOf!(Books[0], ctx));
    }

    [Fact]
    public void Invalid_descriptions_fail_at_build_with_the_spec_rule()
    {
        var builder = new SchemaBuilder().Query(q => q.Field("n", (_, _) => 1).Argument<int>("req", a => a.Deprecated()));
        var error = Assert.Throws<SchemaValidationException>(() => builder.Build());
        Assert.Equal("Required argument Query.n(req:) cannot be deprecated.", error.Message);
    }

    [Fact]
    public void Default_resolver_reads_properties_case_insensitively_and_dictionaries()
    {
        var field = new FieldDefinition("title", Scalars.String);
        Assert.Equal("The Dispossessed", DefaultFieldResolver.GetValue(Books[0], field));
        Assert.Equal("x", DefaultFieldResolver.GetValue(new Dictionary<string, object?> { ["title"] = "x" }, field));
        Assert.Null(DefaultFieldResolver.GetValue(Le, field));
        Assert.Null(DefaultFieldResolver.GetValue(null, field));
    }

    [Theory]
    [InlineData("OnHold", "ON_HOLD")]
    [InlineData("HTTPStatus", "HTTP_STATUS")]
    [InlineData("Q4", "Q4")]
    [InlineData("Red", "RED")]
    public void Enum_names_become_screaming_case(string clr, string graphQL) => Assert.Equal(graphQL, NameConventions.ToScreamingCase(clr));

    [Fact]
    public void Custom_scalar_failures_surface_as_coercion_errors()
    {
        var schema = Library();
        var date = (ScalarType)schema.GetType("Date")!;
        var error = Assert.Throws<GraphQLError>(() => ValueCoercion.CoerceInputValue("not a date", date));
        Assert.StartsWith("Invalid value \"not a date\": Expected type \"Date\".", error.Message);
    }
}
