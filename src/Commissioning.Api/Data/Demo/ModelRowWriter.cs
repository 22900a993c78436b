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
        var row = new Dictionary<string, (object? Value, RelationalTypeMapping? Mapping)>(StringComparer.Ordinal);
        var children = new List<(IEntityType Type, object Entity, IForeignKey Key)>();
        Fill(row, children, type, entity, table, foreignKey);
        Insert(table, row);
        foreach (var (childType, child, key) in children)
            Write(childType, child, (key, entity));
    }

    /// <summary>
    /// The row's columns from <paramref name="type"/>'s properties and those of owned types split into the
    /// same table; dependents in tables of their own are collected to be written after the row.
    /// </summary>
    private static void Fill(Dictionary<string, (object?, RelationalTypeMapping?)> row, List<(IEntityType, object, IForeignKey)> children,
        IEntityType type, object entity, StoreObjectIdentifier table, (IForeignKey Key, object Principal)? foreignKey)
    {
        foreach (var property in type.GetProperties())
        {
            var column = property.GetColumnName(table);
            if (column is null || row.ContainsKey(column)) continue;
            row[column] = (ValueOf(property, entity, foreignKey), property.GetRelationalTypeMapping());
        }
        foreach (var navigation in type.GetNavigations())
        {
            if (navigation.IsOnDependent) continue;
            var target = navigation.TargetEntityType;
            var value = navigation.GetGetter().GetClrValue(entity);
            if (target.IsMappedToJson())
            {
                var column = target.GetContainerColumnName()!;
                // The container column's own store mapping binds the text (null: see Insert).
                row[column] = (value is null ? null : JsonColumn.Write(target, value, navigation.IsCollection), null);
            }
            else if (target.IsOwned() && target.GetTableName() == table.Name)
            {
                if (value is not null) Fill(row, children, target, value, table, (navigation.ForeignKey, entity));
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

    private void Insert(StoreObjectIdentifier table, Dictionary<string, (object? Value, RelationalTypeMapping? Mapping)> row)
    {
        if (!_inserts.TryGetValue(table.Name, out var insert))
        {
            var columns = _db.Model.GetRelationalModel().FindTable(table.Name, table.Schema)!.Columns.Select(c => (c.Name, c.StoreTypeMapping)).ToList();
            var command = _db.Database.GetDbConnection().CreateCommand();
            command.Transaction = _transaction;
            var text = new StringBuilder("INSERT INTO ").Append(_sql.DelimitIdentifier(table.Name, table.Schema)).Append(" (")
                .AppendJoin(", ", columns.Select(c => _sql.DelimitIdentifier(c.Name)))
                .Append(") VALUES (")
                .AppendJoin(", ", columns.Select((_, i) => _sql.GenerateParameterNamePlaceholder("p" + i)))
                .Append(')');
            command.CommandText = text.ToString();
            insert = new TableInsert(command, columns);
            _inserts[table.Name] = insert;
        }
        var parameters = insert.Command.Parameters;
        parameters.Clear();
        for (var i = 0; i < insert.Columns.Count; i++)
        {
            var (name, storeMapping) = insert.Columns[i];
            var (value, mapping) = row.TryGetValue(name, out var cell) ? cell : (null, storeMapping);
            // The mapping converts the model value (enum, quarter, instant, id list) exactly as SaveChanges does.
            parameters.Add((mapping ?? storeMapping).CreateParameter(insert.Command, _sql.GenerateParameterName("p" + i), value, nullable: true));
        }
        insert.Command.ExecuteNonQuery();
        RowsWritten++;
    }

    public void Dispose()
    {
        foreach (var insert in _inserts.Values) insert.Command.Dispose();
        _transaction?.Dispose();
    }

    private sealed record TableInsert(DbCommand Command, IReadOnlyList<(string Name, RelationalTypeMapping Mapping)> Columns);

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
