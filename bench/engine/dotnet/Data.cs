namespace Commissioning.Bench.Engine;

public sealed record Book(string Id, string Title, int Year, double Rating, string[] Tags);

public sealed record Author(string Id, string Name, int Born, Book[] Books);

/// <summary>The benchmark's in-memory data; the same formulas as bench/engine/node/server.mjs, so both servers answer alike.</summary>
public static class Data
{
    public static IReadOnlyList<Author> Authors { get; } = Enumerable.Range(0, 200).Select(a => new Author(
        $"A{a}",
        $"Author {a}",
        1900 + a * 37 % 100,
        Enumerable.Range(0, 10).Select(b => new Book(
            $"B{a}-{b}",
            $"Book {b} by {a}",
            1950 + (a * 7 + b * 13) % 70,
            (a * 31 + b * 17) % 50 / 10.0,
            [$"t{(a + b) % 5}", $"t{a * b % 7}"])).ToArray())).ToArray();
}
