using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Commissioning.Api.Data.Demo;

/// <summary>
/// Inserts new aggregates through prepared ADO.NET commands, reading every column from the EF model's
/// own mapping (column names, value converters, JSON columns, shadow foreign keys) but bypassing the
/// change tracker and the update pipeline, which cost ten times the SQL they send at a million rows.
/// Only for filling an empty database: it never updates, never checks versions, and trusts the caller
/// to add principals before their dependents. DemoDataSeederTests proves it stores exactly the rows
/// <see cref="DbContext.SaveChanges()"/> stores.
/// </summary>
internal sealed class ModelRowWriter : IDisposable
{
    private readonly DbContext _db;
    private readonly ISqlGenerationHelper _sql;
    private readonly Dictionary<string, TableInsert> _inserts = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;

    public ModelRowWriter(DbContext db)
    {
        _db = db;
        _sql = db.GetService<ISqlGenerationHelper>();
    }

    public int RowsWritten { get; private set; }

    /// <summary>Starts a transaction on the context's connection; <see cref="Commit"/> ends it.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await _db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        _transaction = await _db.Database.GetDbConnection().BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var insert in _inserts.Values) insert.Command.Transaction = _transaction;
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is null) throw new InvalidOperationException("No transaction was begun.");
        // These rows bypass SaveChanges, so count the batch as a change here, committed with it: an instance that cached
        // a report while seeding ran sees each batch, not only the end of the seeding.
        await DataVersionInterceptor.AdvanceAsync(_db, _transaction, cancellationToken).ConfigureAwait(false);
        await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        await _transaction.DisposeAsync().ConfigureAwait(false);
        _transaction = null;
    }

    /// <summary>Inserts an aggregate root and, after it, everything it owns or holds through its navigations.</summary>
    public void Add(object root)
    {
        var type = _db.Model.FindEntityType(root.GetType())
            ?? throw new InvalidOperationException($"{root.GetType().Name} is not an entity type of the model.");
        Write(type, root, foreignKey: null);
    }

    private void Write(IEntityType type, object entity, (IForeignKey Key, object Principal)? foreignKey)
    {
        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var insert = InsertFor(table);
        var row = new object?[insert.Columns.Count];
        var children = new List<(IEntityType Type, object Entity, IForeignKey Key)>();
        Fill(insert, row, children, type, entity, foreignKey);
        insert.Execute(row);
        RowsWritten++;
        foreach (var (childType, child, key) in children)
            Write(childType, child, (key, entity));
    }

    /// <summary>
    /// The row's cells from <paramref name="type"/>'s properties and those of owned types split into the
    /// same table; dependents in tables of their own are collected to be written after the row.
    /// </summary>
    private static void Fill(TableInsert insert, object?[] row, List<(IEntityType, object, IForeignKey)> children,
        IEntityType type, object entity, (IForeignKey Key, object Principal)? foreignKey)
    {
        var plan = insert.PlanFor(type);
        foreach (var (property, column) in plan.Properties)
            row[column] = ValueOf(property, entity, foreignKey);
        foreach (var navigation in plan.Navigations)
        {
            var target = navigation.TargetEntityType;
            var value = navigation.GetGetter().GetClrValue(entity);
            if (target.IsMappedToJson())
            {
                row[insert.ColumnIndex[target.GetContainerColumnName()!]] = value is null ? null : JsonColumn.Write(target, value, navigation.IsCollection);
            }
            else if (target.IsOwned() && target.GetTableName() == insert.Table.Name)
            {
                if (value is not null) Fill(insert, row, children, target, value, (navigation.ForeignKey, entity));
            }
            else if (navigation.IsCollection)
            {
                foreach (var child in (System.Collections.IEnumerable?)value ?? Array.Empty<object>())
                    children.Add((target, child, navigation.ForeignKey));
            }
            else if (value is not null)
            {
                children.Add((target, value, navigation.ForeignKey));
            }
        }
    }

    /// <summary>A property's value; a foreign key to the principal being written comes from the principal's key, as EF's fix-up would set it.</summary>
    private static object? ValueOf(IProperty property, object entity, (IForeignKey Key, object Principal)? foreignKey)
    {
        if (foreignKey is { } fk)
        {
            var index = IndexOf(fk.Key.Properties, property);
            if (index >= 0) return fk.Key.PrincipalKey.Properties[index].GetGetter().GetClrValue(fk.Principal);
        }
        if (property.IsShadowProperty())
            throw new InvalidOperationException($"{property.DeclaringType.DisplayName()}.{property.Name} is a shadow property that no principal sets.");
        return property.GetGetter().GetClrValue(entity);
    }

    private static int IndexOf(IReadOnlyList<IProperty> properties, IProperty property)
    {
        for (var i = 0; i < properties.Count; i++)
            if (properties[i] == property) return i;
        return -1;
    }

    private TableInsert InsertFor(StoreObjectIdentifier table)
    {
        if (_inserts.TryGetValue(table.Name, out var insert)) return insert;
        var columns = _db.Model.GetRelationalModel().FindTable(table.Name, table.Schema)!.Columns.ToList();
        var command = _db.Database.GetDbConnection().CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = new StringBuilder("INSERT INTO ").Append(_sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
            .AppendJoin(", ", columns.Select(c => _sql.DelimitIdentifier(c.Name)))
            .Append(") VALUES (")
            .AppendJoin(", ", columns.Select((_, i) => _sql.GenerateParameterNamePlaceholder("p" + i)))
            .Append(')')
            .ToString();
        insert = new TableInsert(table, command, columns, i => _sql.GenerateParameterName("p" + i));
        _inserts[table.Name] = insert;
        return insert;
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values) insert.Command.Dispose();
        _transaction?.Dispose();
    }

    /// <summary>One table's prepared INSERT: its columns in order, and for each entity type stored in it, which property fills which column.</summary>
    private sealed class TableInsert(StoreObjectIdentifier table, DbCommand command, IReadOnlyList<IColumn> columns, Func<int, string> parameterName)
    {
        private readonly Dictionary<IEntityType, TypePlan> _plans = [];
        private readonly RelationalTypeMapping?[] _mappings = new RelationalTypeMapping?[columns.Count];

        public StoreObjectIdentifier Table { get; } = table;

        public DbCommand Command { get; } = command;

        public IReadOnlyList<IColumn> Columns { get; } = columns;

        public Dictionary<string, int> ColumnIndex { get; } = columns.Select((c, i) => (c.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);

        public TypePlan PlanFor(IEntityType type)
        {
            if (_plans.TryGetValue(type, out var plan)) return plan;
            var properties = new List<(IProperty, int)>();
            foreach (var property in type.GetProperties())
            {
                if (property.GetColumnName(Table) is not { } name || !ColumnIndex.TryGetValue(name, out var column)) continue;
                // A table-split owned type repeats its owner's key; the owner fills that column.
                if (property.IsPrimaryKey() && type.IsOwned()) continue;
                properties.Add((property, column));
                _mappings[column] = property.GetRelationalTypeMapping();
            }
            plan = new TypePlan(properties, [.. type.GetNavigations().Where(n => !n.IsOnDependent)]);
            _plans[type] = plan;
            return plan;
        }

        /// <summary>
        /// Binds the row and runs the INSERT. Parameters are made once by the columns' type mappings (which set
        /// how the provider binds them, e.g. ids as text on SQLite); each row then converts its values as they do.
        /// </summary>
        public void Execute(object?[] row)
        {
            var parameters = Command.Parameters;
            if (parameters.Count == 0)
            {
                for (var i = 0; i < Columns.Count; i++)
                    parameters.Add((_mappings[i] ?? Columns[i].StoreTypeMapping).CreateParameter(Command, parameterName(i), row[i], nullable: true));
            }
            else
            {
                for (var i = 0; i < Columns.Count; i++)
                {
                    var value = row[i];
                    var converter = (_mappings[i] ?? Columns[i].StoreTypeMapping).Converter;
                    if (value is not null && converter is not null) value = converter.ConvertToProvider(value);
                    parameters[i].Value = value ?? DBNull.Value;
                }
            }
            Command.ExecuteNonQuery();
        }
    }

    private sealed record TypePlan(IReadOnlyList<(IProperty Property, int Column)> Properties, IReadOnlyList<INavigation> Navigations);

    /// <summary>An owned type mapped to a JSON column, written as EF writes it: one object per entity, properties by their JSON names.</summary>
    private static class JsonColumn
    {
        public static string Write(IEntityType type, object value, bool collection)
        {
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream))
            {
                if (collection)
                {
                    writer.WriteStartArray();
                    foreach (var item in (System.Collections.IEnumerable)value) WriteObject(writer, type, item);
                    writer.WriteEndArray();
                }
                else
                {
                    WriteObject(writer, type, value);
                }
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        private static void WriteObject(Utf8JsonWriter writer, IEntityType type, object entity)
        {
            writer.WriteStartObject();
            foreach (var property in type.GetProperties())
            {
                if (property.GetJsonPropertyName() is not { } name) continue;
                writer.WritePropertyName(name);
                var value = property.GetGetter().GetClrValue(entity);
                if (value is null)
                {
                    writer.WriteNullValue();
                    continue;
                }
                var json = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter
                    ?? throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} has no JSON reader/writer.");
                json.ToJson(writer, value);
            }
            foreach (var navigation in type.GetNavigations())
            {
                if (navigation.IsOnDependent || navigation.TargetEntityType.GetJsonPropertyName() is not { } name) continue;
                writer.WritePropertyName(name);
                var value = navigation.GetGetter().GetClrValue(entity);
                if (value is null)
                {
                    writer.WriteNullValue();
                    continue;
                }
                writer.WriteRawValue(Write(navigation.TargetEntityType, value, navigation.IsCollection));
            }
            writer.WriteEndObject();
        }
    }
}
