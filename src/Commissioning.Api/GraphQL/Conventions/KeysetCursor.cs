using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Commissioning.GraphQL.Errors;

namespace Commissioning.Api.GraphQL.Conventions;

/// <summary>
/// Keyset cursors: base64 of JSON holding the ordering's signature and the sort-key values of a row.
/// Paging after a cursor is a WHERE on those values, not an OFFSET, so deep pages cost the same as the
/// first and a row inserted before the cursor does not shift the next page.
/// </summary>
internal static class KeysetCursor
{
    public static string Encode(string signature, IReadOnlyList<SortKey> keys, object row)
    {
        var values = keys.Select(k => ToJson(k.Read(row))).ToArray();
        var json = JsonSerializer.Serialize(new object?[] { signature, values });
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>
    /// The key values a cursor holds, typed as the ordering's keys; a GraphQL error (<c>INVALID_CURSOR</c>) for any other
    /// text, for a cursor of another ordering, and for values no row can have (a null, an enum value not declared),
    /// which would otherwise reach SQL as a position in no ordering.
    /// </summary>
    public static object?[] Decode(string cursor, string signature, IReadOnlyList<SortKey> keys)
    {
        try
        {
            var json = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() != 2) throw Invalid(cursor);
            if (root[0].GetString() != signature) throw OtherOrdering(cursor, keys);
            var values = root[1];
            if (values.ValueKind != JsonValueKind.Array || values.GetArrayLength() != keys.Count) throw Invalid(cursor);
            // Sort keys are never null (QueryableType.Sort refuses nullable ones), so neither is a value of a real row.
            return keys.Select((k, i) => FromJson(values[i], k.Key.ReturnType) ?? throw Invalid(cursor)).ToArray();
        }
        catch (Exception e) when (e is FormatException or JsonException or InvalidOperationException or ArgumentException or OverflowException)
        {
            throw Invalid(cursor);
        }
    }

    /// <summary>
    /// Rows strictly after (or before) the cursor in the ordering: for keys k1..kn,
    /// (k1 ▷ v1) OR (k1 = v1 AND k2 ▷ v2) OR ... where ▷ is &gt; for ascending keys and &lt; for descending.
    /// </summary>
    public static Expression<Func<T, bool>> Beyond<T>(IReadOnlyList<SortKey> keys, object?[] values, bool after)
    {
        var x = Expression.Parameter(typeof(T), "x");
        Expression? any = null;
        for (var i = 0; i < keys.Count; i++)
        {
            Expression? all = null;
            for (var j = 0; j <= i; j++)
            {
                var property = QueryExpressions.Bind(keys[j].Key, x);
                var value = QueryExpressions.Parameter(values[j], property.Type);
                var greater = after != keys[j].Descending;
                var test = j < i ? Expression.Equal(property, value)
                    : QueryExpressions.Compare(property, value, greater ? ExpressionType.GreaterThan : ExpressionType.LessThan);
                all = all is null ? test : Expression.AndAlso(all, test);
            }
            any = any is null ? all : Expression.OrElse(any, all!);
        }
        return QueryExpressions.Lambda<T>(any!, x);
    }

    private static object? ToJson(object? value) => value switch
    {
        Domain.FinancialQuarter q => q.Ordinal,
        DateTimeOffset d => d.ToString("O", CultureInfo.InvariantCulture),
        DateOnly d => d.DayNumber,
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
        _ => value,
    };

    private static object? FromJson(JsonElement element, Type type)
    {
        if (element.ValueKind == JsonValueKind.Null) return null;
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(Domain.FinancialQuarter)) return Domain.FinancialQuarter.FromOrdinal(element.GetInt32());
        if (t == typeof(DateTimeOffset)) return DateTimeOffset.ParseExact(element.GetString()!, "O", CultureInfo.InvariantCulture);
        if (t == typeof(DateOnly)) return DateOnly.FromDayNumber(element.GetInt32());
        if (t.IsEnum) return Enum.ToObject(t, element.GetInt64()) is var member && Enum.IsDefined(t, member) ? member : throw new FormatException();
        return element.Deserialize(t);
    }

    private static GraphQLError Invalid(string cursor) =>
        new($"The cursor \"{cursor}\" is not valid for this connection and ordering.", extensions: NodeId.Code(ConventionErrorCodes.InvalidCursor));

    /// <summary>A cursor of this server for another ordering: its values are a position in that ordering, not in this one.</summary>
    private static GraphQLError OtherOrdering(string cursor, IReadOnlyList<SortKey> keys)
    {
        var order = string.Join(", then ", keys.Where(k => k.Name != Ordering.KeyName).Select(k => $"`{k.Name}` {(k.Descending ? "DESC" : "ASC")}"));
        return new($"The cursor \"{cursor}\" was issued for another ordering than this request's, which sorts by " +
            (order.Length == 0 ? "the list's key alone" : order) + "; page with the same `order:` as the request that returned the cursor.",
            extensions: NodeId.Code(ConventionErrorCodes.InvalidCursor));
    }
}
