using Commissioning.GraphQL.Types;

namespace Commissioning.Bench.Engine;

/// <summary>bench/engine/schema.graphql, code first; Program checks the printed SDL matches the file.</summary>
public static class BenchSchema
{
    public static Schema Build() => new SchemaBuilder()
        .Query(q =>
        {
            q.Field("authors", (_, ctx) => Data.Authors.Take(ctx.GetArgument<int>("first")).ToArray())
                .Type(TypeReference.Named("Author").NonNull().List().NonNull())
                .Argument("first", "Int", a => a.Default(20));
            q.Field("author", (_, ctx) => Data.Authors.FirstOrDefault(a => a.Id == ctx.GetArgument<string>("id")))
                .Type("Author")
                .Argument("id", TypeReference.Named("ID").NonNull());
        })
        .Object<Author>("Author", o =>
        {
            o.Field("id", a => a.Id).Type(TypeReference.Named("ID").NonNull());
            o.Field("name", a => a.Name);
            o.Field("born", a => a.Born);
            o.Field("books", a => a.Books).Type(TypeReference.Named("Book").NonNull().List().NonNull());
        })
        .Object<Book>("Book", o =>
        {
            o.Field("id", b => b.Id).Type(TypeReference.Named("ID").NonNull());
            o.Field("title", b => b.Title);
            o.Field("year", b => b.Year);
            o.Field("rating", b => b.Rating);
            o.Field("tags", b => b.Tags);
        })
        .Build();
}
