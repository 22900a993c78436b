using System.Text;
using System.Text.Json;
using Commissioning.Api.GraphQL.Conventions;
using Commissioning.Domain;
using Commissioning.Domain.Common;
using Commissioning.GraphQL.Execution;
using Commissioning.GraphQL.Http;
using Commissioning.GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Commissioning.Api.Tests.Conventions;

/// <summary>A schema over <see cref="WidgetDb"/> built only from the conventions, and a way to run requests against it.</summary>
public sealed class ConventionsHarness : IDisposable
{
    public const int WidgetCount = 30;

    // The engine's code-first builders share a NullabilityInfoContext, which is not thread-safe, and
    // test classes build their schemas in parallel; a process builds its schema once, so only tests need this.
    internal static readonly Lock SchemaBuilding = new();

    private readonly RequestExecutor _executor;

    public ConventionsHarness()
    {
        Seed();
        lock (SchemaBuilding) Schema = BuildSchema();
        _executor = new RequestExecutor(new RequestExecutorOptions { Schema = Schema });
    }

    private Schema BuildSchema()
    {
        var builder = new SchemaBuilder();
        var conventions = new GraphQLConventions(builder);
        conventions.Nodes.Add<Widget, int>("Widget", FetchWidgets).Add<Maker, int>("Maker", FetchMakers);
        builder.Enum<Priority>();

        var widgets = conventions.Queryable<Widget, int>("Widget", w => w.Id, q => q
            .FilterById("id", w => w.Id, "Widget")
            .FilterById("maker", w => w.MakerId, "Maker")
            .FilterAndSort("name", w => w.Name)
            .Filter("notes", w => w.Notes)
            .FilterAndSort("count", w => w.Count)
            .Filter("big", w => w.Big)
            .FilterAndSort("price", w => w.Price)
            .FilterAndSort("updatedAt", w => w.UpdatedAt)
            .FilterAndSort("due", w => w.Due)
            .FilterAndSort("quarter", w => w.Quarter)
            .Filter("active", w => w.Active)
            .Filter("reference", w => w.Reference)
            .FilterAndSort("priority", w => w.Priority));
        var makers = conventions.Queryable<Maker, int>("Maker", m => m.Id, q => q.FilterAndSort("name", m => m.Name).OrderByDefault("name"));

        builder.Object<Widget>("Widget", w =>
        {
            w.NodeId(x => x.Id);
            w.Field("name", x => x.Name);
            w.Field("notes", x => x.Notes);
            w.Field("count", x => x.Count);
            w.Field("big", x => x.Big);
            w.Field("price", x => x.Price);
            w.Field("updatedAt", x => x.UpdatedAt);
            w.Field("due", x => x.Due);
            w.Field("quarter", x => x.Quarter);
            w.Field("active", x => x.Active);
            w.Field("reference", x => x.Reference);
            w.Field("priority", x => x.Priority);
            w.FieldAsync("maker", (x, c) => NodeRegistry.Loader<Maker, int>(c, "Maker", FetchMakers).LoadAsync(x.MakerId)).Type("Maker");
        });
        builder.Object<Maker>("Maker", m =>
        {
            m.NodeId(x => x.Id);
            m.Field("name", x => x.Name);
        });
        builder.Query(q =>
        {
            q.NodeFields(conventions.Nodes);
            q.Connection("widgets", conventions, widgets, (_, c) => Db(c).Widgets);
            q.Connection("makers", conventions, makers, (_, c) => Db(c).Makers);
            q.Connection("smallWidgets", conventions, widgets, (_, c) => Db(c).Widgets, new ConnectionOptions { DefaultPageSize = 2, MaxPageSize = 5 });
            q.Field("echo", (_, c) => c.Arguments["value"]).Type(TypeReference.Named("String"))
                .Argument("value", TypeReference.Named("String"));
            foreach (var (scalar, _) in ConventionScalars.All)
            {
                var name = scalar.Name;
                q.Field("echo" + name, (_, c) => c.Arguments["value"]).Type(TypeReference.Of(scalar))
                    .Argument("value", TypeReference.Of(scalar));
            }
        });
        builder.Mutation(m => m.MutationField<RenameWidgetInput, Widget>(conventions, "renameWidget", "widget", "Widget",
            i => { i.Field(x => x.Id).Type(TypeReference.Of(new NonNullType(Scalars.ID))); i.Field(x => x.Name); },
            [ErrorCodes.NotFound, ErrorCodes.ValidationFailed], RenameAsync));
        return builder.Build();
    }

    public WidgetDatabase Database { get; } = new();
    public Schema Schema { get; }

    /// <summary>Runs a request with a fresh context and returns the JSON response.</summary>
    public async Task<JsonElement> ExecuteAsync(string query, IReadOnlyDictionary<string, object?>? variables = null)
    {
        await using var db = Database.NewContext();
        var services = new ServiceCollection().AddSingleton(db).BuildServiceProvider();
        var result = await _executor.ExecuteAsync(new ExecutionRequest { Query = query, Variables = variables, Services = services }, CancellationToken.None);
        using var stream = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(stream)) ResponseJsonWriter.Write(writer, result);
        return JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray())).RootElement.Clone();
    }

    public static string WidgetName(int id) => $"Widget {id:D2}";

    public void Dispose() => Database.Dispose();

    private void Seed()
    {
        using var db = Database.NewContext();
        db.Makers.AddRange(new Maker { Id = 1, Name = "Acme" }, new Maker { Id = 2, Name = "Bolt" }, new Maker { Id = 3, Name = "Cog" });
        for (var id = 1; id <= WidgetCount; id++)
        {
            db.Widgets.Add(new Widget
            {
                Id = id,
                Name = WidgetName(id),
                Notes = id % 5 == 0 ? null : id % 2 == 0 ? "even" : "odd",
                Count = id % 7,
                Big = 5_000_000_000L + id,
                Price = id * 1.25m,
                UpdatedAt = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(id),
                Due = new DateOnly(2025, 4, 1).AddDays(id),
                Quarter = new FinancialQuarter(2024, 1).AddQuarters(id % 8),
                Active = id % 3 == 0,
                Reference = new Guid(id, 0, 0, new byte[8]),
                Priority = id % 4 == 0 ? Priority.High : Priority.Low,
                MakerId = id % 3 + 1,
            });
        }
        db.SaveChanges();
        Database.Log.Clear();
    }

    private static WidgetDb Db(IResolveFieldContext context) => context.RequestServices.GetRequiredService<WidgetDb>();

    private static async Task<IReadOnlyDictionary<int, Widget>> FetchWidgets(IServiceProvider services, IReadOnlyList<int> ids, CancellationToken ct) =>
        await services.GetRequiredService<WidgetDb>().Widgets.Where(w => ids.Contains(w.Id)).ToDictionaryAsync(w => w.Id, ct);

    private static async Task<IReadOnlyDictionary<int, Maker>> FetchMakers(IServiceProvider services, IReadOnlyList<int> ids, CancellationToken ct) =>
        await services.GetRequiredService<WidgetDb>().Makers.Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);

    private static async Task<Result<Widget>> RenameAsync(RenameWidgetInput input, IResolveFieldContext context)
    {
        var id = NodeId.Decode<int>(input.Id, "Widget");
        if (string.IsNullOrWhiteSpace(input.Name)) return DomainError.Validation("A widget needs a name.", "name");
        var db = Db(context);
        var widget = await db.Widgets.FindAsync([id], context.CancellationToken);
        if (widget is null) return DomainError.NotFound("Widget", id);
        widget.Name = input.Name;
        await db.SaveChangesAsync(context.CancellationToken);
        return widget;
    }
}

public sealed class RenameWidgetInput
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

public static class JsonAssertions
{
    public static JsonElement At(this JsonElement element, params object[] path)
    {
        foreach (var step in path) element = step is int i ? element[i] : element.GetProperty((string)step);
        return element;
    }

    public static string[] Names(this JsonElement nodes) => nodes.EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    public static string? ErrorCode(this JsonElement response) =>
        response.TryGetProperty("errors", out var errors) && errors[0].TryGetProperty("extensions", out var ext) ? ext.GetProperty("code").GetString() : null;

    public static string ErrorMessage(this JsonElement response) => response.GetProperty("errors")[0].GetProperty("message").GetString()!;

    public static void AssertNoErrors(this JsonElement response) =>
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ValueKind == JsonValueKind.Undefined ? "" : errors.ToString());
}
