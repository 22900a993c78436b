using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>DataLoaders through the executor: sibling resolvers queue their keys and share one fetch per level.</summary>
public class DataLoaderExecutionTests
{
    private sealed record Author(int Id, string Name);
    private sealed record Book(int Id, int AuthorId, string Title);

    private sealed class Database
    {
        public readonly List<int[]> BookFetches = [];
        public readonly List<int[]> AuthorFetches = [];
        public readonly Author[] Authors = Enumerable.Range(1, 20).Select(i => new Author(i, "A" + i)).ToArray();
        public Book[] Books => Authors.SelectMany(a => Enumerable.Range(1, 3).Select(j => new Book(a.Id * 10 + j, a.Id, $"B{a.Id}.{j}"))).ToArray();
    }

    private static Schema BuildSchema(Database db) => new SchemaBuilder()
        .Query(q => q.Field("authors", (_, _) => db.Authors))
        .Object<Author>("Author", a =>
        {
            a.Field("name", x => x.Name);
            // Task-returning lambdas, not async ones: an async lambda fits both FieldAsync overloads.
            a.FieldAsync("books", (author, c) => c.DataLoaders.Group<int, Book>("booksByAuthor", async (ids, _) =>
            {
                db.BookFetches.Add([.. ids]);
                await Task.Yield();
                return db.Books.Where(b => ids.Contains(b.AuthorId)).ToLookup(b => b.AuthorId);
            }).LoadAsync(author.Id));
        })
        .Object<Book>("Book", b =>
        {
            b.Field("title", x => x.Title);
            b.FieldAsync("author", (book, c) => c.DataLoaders.Batch<int, Author>("authorById", async (ids, _) =>
            {
                db.AuthorFetches.Add([.. ids]);
                await Task.Yield();
                return (IReadOnlyDictionary<int, Author>)db.Authors.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id);
            }).LoadAsync(book.AuthorId));
        })
        .Build();

    [Fact]
    public async Task Each_level_of_a_list_is_fetched_in_one_batch()
    {
        var db = new Database();
        var result = await Run.Execute(BuildSchema(db), "{ authors { name books { title author { name } } } }");

        Assert.Null(result.Errors);
        var json = Run.Json(result);
        Assert.Contains("{\"name\":\"A20\",\"books\":[{\"title\":\"B20.1\",\"author\":{\"name\":\"A20\"}}", json);
        Assert.Equal(Enumerable.Range(1, 20), Assert.Single(db.BookFetches));
        Assert.Equal(Enumerable.Range(1, 20), Assert.Single(db.AuthorFetches));
    }

    [Fact]
    public async Task The_request_executor_shares_its_scope_with_resolvers_and_request_data()
    {
        var db = new Database();
        object? seen = null;
        var schema = new SchemaBuilder()
            .Query(q => q.Field("same", (_, c) =>
            {
                seen = c.RequestData[RequestExecutor.DataLoaderScopeKey];
                return ReferenceEquals(seen, c.DataLoaders);
            }))
            .Build();
        var executor = new RequestExecutor(new RequestExecutorOptions { Schema = schema });
        var result = await executor.ExecuteAsync(new ExecutionRequest { Query = "{ same }", Services = new EmptyServices() }, default);
        Assert.Equal("{\"data\":{\"same\":true}}", Run.Json(result));
        Assert.NotNull(seen);
    }

    [Fact]
    public async Task Fields_started_by_a_resolver_resuming_after_its_io_share_one_batch()
    {
        // The root field awaits I/O, as a mutation's write does, and resumes on the thread that completes it (here
        // the test's, inside SetResult), outside any dispatch. That continuation then starts the fields of every author (§6.3 ExecuteSelectionSet), each queuing a key. The first author's
        // field stays busy after queuing its key until a fetch starts: a driver that dispatches while sibling fields
        // are still being started sends that key alone. The wait is bounded because a correct driver never starts the
        // fetch then; it is the only time this test spends.
        var io = new TaskCompletionSource();
        var authors = Enumerable.Range(1, 50).Select(i => new Author(i, "A" + i)).ToArray();
        var fetches = new List<int[]>();
        using var fetchStarted = new ManualResetEventSlim();
        var schema = new SchemaBuilder()
            .Query(q => q.FieldAsync("authors", async (_, _) =>
            {
                await io.Task.ConfigureAwait(false);
                return authors;
            }))
            .Object<Author>("Author", a => a.FieldAsync("same", (author, c) =>
            {
                var loaded = c.DataLoaders.Batch<int, Author>("authorById", (ids, _) =>
                {
                    lock (fetches) fetches.Add([.. ids]);
                    fetchStarted.Set();
                    return Task.FromResult((IReadOnlyDictionary<int, Author>)authors.Where(x => ids.Contains(x.Id)).ToDictionary(x => x.Id));
                }).LoadAsync(author.Id);
                if (author.Id == 1) fetchStarted.Wait(TimeSpan.FromMilliseconds(250));
                return loaded;
            }))
            .Build();

        var pending = Run.Execute(schema, "{ authors { same { name } } }");
        io.SetResult();
        var result = await pending.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(result.Errors);
        Assert.Equal(Enumerable.Range(1, 50), Assert.Single(fetches));
    }

    [Fact]
    public async Task Fields_awaiting_one_shared_task_queue_their_next_keys_in_one_batch_on_a_busy_thread_pool()
    {
        // Two sibling fields of every author await one task (the author's "shelf", loaded once) and then load the
        // author's books. Awaited directly, the runtime resumes the second awaiter on the thread pool, where the driver
        // cannot see it until it starts: with the pool kept busy it starts after the books batch has gone, and its key
        // goes into a batch of its own (one per author). Through SharedTask.Follow both resume inside the dispatch.
        var db = new Database();
        var shelves = new System.Collections.Concurrent.ConcurrentDictionary<int, Lazy<Task<int>>>();
        Task<int> Shelf(Author author, IResolveFieldContext c) => SharedTask.Follow(shelves.GetOrAdd(author.Id, _ => new Lazy<Task<int>>(async () =>
            (await c.DataLoaders.Batch<int, Author>("authorById", (ids, _) =>
                Task.FromResult((IReadOnlyDictionary<int, Author>)db.Authors.Where(a => ids.Contains(a.Id)).ToDictionary(a => a.Id)))
                .LoadAsync(author.Id).ConfigureAwait(false))!.Id)).Value);
        // Each field loads through a loader of its own, so neither finds its keys already loaded by the other.
        var fetches = new System.Collections.Concurrent.ConcurrentDictionary<string, List<int[]>>();
        async Task<int> BooksOnShelf(Author author, IResolveFieldContext c, string loader)
        {
            var id = await Shelf(author, c).ConfigureAwait(false);
            var books = await c.DataLoaders.Group<int, Book>(loader, (ids, _) =>
            {
                var list = fetches.GetOrAdd(loader, _ => []);
                lock (list) list.Add([.. ids]);
                return Task.FromResult(db.Books.Where(b => ids.Contains(b.AuthorId)).ToLookup(b => b.AuthorId));
            }).LoadAsync(id).ConfigureAwait(false);
            return books.Length;
        }
        var schema = new SchemaBuilder()
            .Query(q => q.Field("authors", (_, _) => db.Authors))
            .Object<Author>("Author", a =>
            {
                a.FieldAsync("first", (author, c) => BooksOnShelf(author, c, "first"));
                a.FieldAsync("second", (author, c) => BooksOnShelf(author, c, "second"));
            })
            .Build();

        using var busy = new CancellationTokenSource();
        // Blocking work items: the pool grows by a thread now and then, so queued continuations wait their turn.
        var blockers = Enumerable.Range(0, 4 * Environment.ProcessorCount).Select(_ => Task.Run(async () =>
        {
            while (!busy.IsCancellationRequested)
            {
                Thread.Sleep(20);
                await Task.Yield();
            }
        })).ToArray();
        try
        {
            for (var round = 0; round < 3; round++)
            {
                fetches.Clear();
                shelves.Clear();
                var result = await Run.Execute(schema, "{ authors { first second } }").WaitAsync(TimeSpan.FromSeconds(60));
                Assert.Null(result.Errors);
                Assert.Equal(Enumerable.Range(1, 20), Assert.Single(fetches["first"]));
                Assert.Equal(Enumerable.Range(1, 20), Assert.Single(fetches["second"]));
            }
        }
        finally
        {
            await busy.CancelAsync();
            await Task.WhenAll(blockers);
        }
    }

    private sealed class EmptyServices : IServiceProvider
    {
        public object? GetService(Type serviceType) => null;
    }
}
