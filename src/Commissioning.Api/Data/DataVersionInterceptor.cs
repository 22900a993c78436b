using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Api.Data;

/// <summary>
/// Advances <see cref="DataVersion"/> inside every transaction that saved changes, as its last statement before
/// COMMIT, so the counter and the rows become visible together, to every connection of every instance:
/// <list type="bullet">
/// <item>a SaveChanges with changes is made to run in a transaction even when EF would save a single statement
/// without one (<see cref="AutoTransactionBehavior.Always"/>);</item>
/// <item>the counter is advanced once per transaction, however many SaveChanges it held, when it is about to commit
/// (EF's own transaction for a plain SaveChanges, or the caller's from BeginTransaction); a rollback leaves it.</item>
/// </list>
/// Advancing last keeps the counter's row lock (PostgreSQL) as short as the commit itself, and since no transaction
/// waits for anything after taking it, two writers cannot deadlock on it; the row is one of
/// <see cref="DataVersion.Slots"/>, chosen at random, so concurrent commits seldom wait for each other at all. Registered by
/// <see cref="CommissioningDbContext"/> itself, so every context counts, however it was built. Writes made without
/// SaveChanges must advance it themselves: inside their transaction, before committing (the bulk demo writer,
/// <see cref="Demo.ModelRowWriter"/>, does for each batch), or after committing when they have none.
/// <para>
/// With the counter, the same transaction writes one <see cref="DataChange"/> entry naming the providers whose records
/// it changed (<see cref="ChangedProviders"/>, gathered at each SaveChanges from the tracked entries), or none in
/// particular (null) for a change that is not per provider and for every write made without SaveChanges, so that the
/// exception snapshot can reload just those providers. A transaction that mixes SaveChanges with writes of its own
/// must call <see cref="AdvanceAsync(DbContext, DbTransaction, CancellationToken)"/> too, which logs it as changing
/// everything.
/// </para>
/// </summary>
internal sealed class DataVersionInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly DataVersionInterceptor Instance = new();

    // Contexts whose open transaction has saved changes not yet counted, with the providers those changes touched.
    private static readonly ConditionalWeakTable<DbContext, ChangedProviders> Pending = new();

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Prepare(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Prepare(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        if (Take(eventData.Context) is var (context, changes))
        {
            using var command = Advance(context, transaction, changes.ToLogText());
            command.ExecuteNonQuery();
        }
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is var (context, changes))
        {
            await using var command = Advance(context, transaction, changes.ToLogText());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        return result;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Take(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Advances the counter on its own, for writes that did not go through SaveChanges.</summary>
    public static async Task AdvanceAsync(DbContext context, CancellationToken cancellationToken)
    {
        await context.Database.ExecuteSqlRawAsync(AdvanceSql(context, null), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Advances the counter inside <paramref name="transaction"/>, so it commits with writes that did not go through SaveChanges.</summary>
    public static async Task AdvanceAsync(DbContext context, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Advance(context, transaction, null);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Prepare(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.HasChanges()) return;
        // Without a transaction EF saves a single statement on its own, and the counter could not commit with it.
        if (context.Database.CurrentTransaction is null) context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        Pending.GetValue(context, _ => new ChangedProviders()).Add(context);
    }

    private static (DbContext Context, ChangedProviders Changes)? Take(DbContext? context) =>
        context is not null && Pending.TryGetValue(context, out var changes) && Pending.Remove(context) ? (context, changes) : null;

    private static DbCommand Advance(DbContext context, DbTransaction transaction, string? providers)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AdvanceSql(context, providers);
        return command;
    }

    /// <summary>
    /// Advances one slot of the counter and logs the commit with the counter as this transaction sees it. The
    /// providers' text is ids and commas only (<see cref="ChangedProviders.ToLogText"/>), so it is written inline.
    /// </summary>
    private static string AdvanceSql(DbContext context, string? providers)
    {
        var entity = context.Model.FindEntityType(typeof(DataVersion))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var value = sql.DelimitIdentifier(nameof(DataVersion.Value));
        var id = sql.DelimitIdentifier(nameof(DataVersion.Id));
        var log = context.Model.FindEntityType(typeof(DataChange))!;
        var logTable = sql.DelimitIdentifier(log.GetTableName()!, log.GetSchema());
        var text = providers is null ? "NULL" : $"'{providers}'";
        // PostgreSQL types the literal by its column only in VALUES, not in a SELECT's list.
        var key = context.Database.IsNpgsql() ? $"CAST('{Guid.NewGuid()}' AS uuid)" : $"'{Guid.NewGuid()}'";
        return $"UPDATE {table} SET {value} = {value} + 1 WHERE {id} = {1 + Random.Shared.Next(DataVersion.Slots)};\n"
            + $"INSERT INTO {logTable} ({id}, {sql.DelimitIdentifier(nameof(DataChange.Version))}, {sql.DelimitIdentifier(nameof(DataChange.Providers))}) "
            + $"SELECT {key}, SUM({value}), {text} FROM {table}";
    }
}
