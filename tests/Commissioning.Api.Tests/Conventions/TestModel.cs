using System.Data.Common;
using Commissioning.Api.Tests.Data;
using Commissioning.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Commissioning.Api.Tests.Conventions;

public enum Priority
{
    Low,
    High,
}

/// <summary>An entity with a property of every filterable type.</summary>
public sealed class Widget
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string? Notes { get; set; }
    public int Count { get; set; }
    public long Big { get; set; }
    public decimal Price { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateOnly Due { get; set; }
    public FinancialQuarter Quarter { get; set; }
    public bool Active { get; set; }
    public Guid Reference { get; set; }
    public Priority Priority { get; set; }
    public int MakerId { get; set; }
}

public sealed class Maker
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
}

public sealed class WidgetDb(DbContextOptions<WidgetDb> options) : DbContext(options)
{
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<Maker> Makers => Set<Maker>();

    protected override void OnModelCreating(ModelBuilder model)
    {
        // SQLite has no native ordering for these types; the conversions keep SQL comparisons order-preserving.
        model.Entity<Widget>().Property(w => w.Quarter).HasConversion(q => q.Ordinal, o => FinancialQuarter.FromOrdinal(o));
        model.Entity<Widget>().Property(w => w.UpdatedAt).HasConversion(d => d.UtcTicks, t => new DateTimeOffset(t, TimeSpan.Zero));
        model.Entity<Widget>().Property(w => w.Price).HasConversion<double>();
        if (Database.IsNpgsql())
        {
            // As the application's model does: text compares by code point on both engines.
            model.Entity<Widget>().Property(w => w.Name).UseCollation("C");
            model.Entity<Widget>().Property(w => w.Notes).UseCollation("C");
            model.Entity<Maker>().Property(m => m.Name).UseCollation("C");
        }
    }
}

/// <summary>
/// Counts the SQL statements a context sends and keeps their text. Asynchronous commands take a little while, as
/// they would against a database across a network (SQLite in memory answers synchronously), so code that
/// overlapped two operations on one context would fail here as it would in production.
/// </summary>
public sealed class CommandLog : DbCommandInterceptor
{
    // Long enough that a second operation started meanwhile on the same context reliably overlaps.
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(10);
    private readonly List<string> _commands = [];

    public IReadOnlyList<string> Commands
    {
        get { lock (_commands) return [.. _commands]; }
    }

    public void Clear()
    {
        lock (_commands) _commands.Clear();
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        await Task.Delay(Latency, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        await Task.Delay(Latency, cancellationToken);
        return result;
    }

    private void Record(DbCommand command)
    {
        lock (_commands) _commands.Add(command.CommandText);
    }
}

/// <summary>
/// A SQLite in-memory database that lives as long as its open connection; in the PostgreSQL run
/// (see <see cref="TestDatabase"/>) a schema of its own on that server instead, so the conventions'
/// SQL translation is proved on both engines.
/// </summary>
public sealed class WidgetDatabase : IDisposable
{
    private readonly SqliteConnection? _sqlite;
    private readonly TestDatabase? _postgres;

    public WidgetDatabase()
    {
        if (TestDatabase.IsPostgresRun)
        {
            _postgres = new TestDatabase();
        }
        else
        {
            _sqlite = new SqliteConnection("Data Source=:memory:");
            _sqlite.Open();
        }
        using var db = NewContext();
        // Not EnsureCreated: on PostgreSQL it skips creation when any schema of the database has tables.
        db.GetService<IRelationalDatabaseCreator>().CreateTables();
    }

    public CommandLog Log { get; } = new();

    public WidgetDb NewContext()
    {
        var options = new DbContextOptionsBuilder<WidgetDb>();
        if (_postgres is not null)
        {
            options.UseNpgsql(_postgres.ConnectionString);
        }
        else
        {
            options.UseSqlite(_sqlite!);
        }
        return new WidgetDb(options.AddInterceptors(Log).Options);
    }

    public void Dispose()
    {
        _sqlite?.Dispose();
        _postgres?.Dispose();
    }
}
