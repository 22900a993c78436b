using Commissioning.Api.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Commissioning.Api.Tests.Data;

/// <summary>A real SQLite file in a fresh temporary folder, deleted with the test.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        Folder = Path.Combine(Path.GetTempPath(), "commissioning-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Folder);
        FilePath = Path.Combine(Folder, "commissioning.db");
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString();
    }

    public string Folder { get; }

    public string FilePath { get; }

    public string ConnectionString { get; }

    public CommissioningDbContext NewContext() =>
        new(new DbContextOptionsBuilder<CommissioningDbContext>().UseSqlite(ConnectionString).Options);

    /// <summary>A database built by the hand-written migrations, as the application builds it.</summary>
    public static TestDatabase Migrated()
    {
        var database = new TestDatabase();
        using var db = database.NewContext();
        db.Database.Migrate();
        return database;
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on a slow machine is left for the OS to clean; it holds only test data.
        }
    }
}
