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
/// </summary>
internal sealed class DataVersionInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly DataVersionInterceptor Instance = new();

    // Contexts whose open transaction has saved changes not yet counted.
    private static readonly ConditionalWeakTable<DbContext, object> Pending = new();
    private static readonly object Marker = new();

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
        if (Take(eventData.Context) is { } context)
        {
            using var command = Advance(context, transaction);
            command.ExecuteNonQuery();
        }
        return result;
    }

    public async ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } context)
        {
            await using var command = Advance(context, transaction);
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
        await context.Database.ExecuteSqlRawAsync(AdvanceSql(context), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Advances the counter inside <paramref name="transaction"/>, so it commits with writes that did not go through SaveChanges.</summary>
    public static async Task AdvanceAsync(DbContext context, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = Advance(context, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Prepare(DbContext? context)
    {
        if (context is null || !context.ChangeTracker.HasChanges()) return;
        // Without a transaction EF saves a single statement on its own, and the counter could not commit with it.
        if (context.Database.CurrentTransaction is null) context.Database.AutoTransactionBehavior = AutoTransactionBehavior.Always;
        Pending.AddOrUpdate(context, Marker);
    }

    private static DbContext? Take(DbContext? context) => context is not null && Pending.Remove(context) ? context : null;

    private static DbCommand Advance(DbContext context, DbTransaction transaction)
    {
        var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = AdvanceSql(context);
        return command;
    }

    private static string AdvanceSql(DbContext context)
    {
        var entity = context.Model.FindEntityType(typeof(DataVersion))!;
        var sql = context.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
        var value = sql.DelimitIdentifier(nameof(DataVersion.Value));
        var id = sql.DelimitIdentifier(nameof(DataVersion.Id));
        return $"UPDATE {table} SET {value} = {value} + 1 WHERE {id} = {1 + Random.Shared.Next(DataVersion.Slots)}";
    }
}
