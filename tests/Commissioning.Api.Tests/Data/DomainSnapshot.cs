using System.Collections;
using System.Globalization;
using System.Reflection;
using Commissioning.Domain.Common;

namespace Commissioning.Api.Tests.Data;

/// <summary>
/// Every public property of an object graph as "path = value" lines, so two copies of an
/// aggregate (before saving and after loading) can be compared field by field with a readable
/// diff. Entities compare by id alone, which is why this walks their properties instead.
/// </summary>
internal static class DomainSnapshot
{
    public static IReadOnlyList<string> Of(object root)
    {
        var lines = new List<string>();
        Walk(root.GetType().Name, root, lines, depth: 0);
        return lines;
    }

    public static void AssertEqual(object expected, object actual)
    {
        var before = Of(expected);
        var after = Of(actual);
        var diff = before.Zip(after).Where(p => p.First != p.Second).Select(p => $"- {p.First}{Environment.NewLine}+ {p.Second}").ToList();
        if (before.Count != after.Count)
        {
            diff.Add($"{before.Count} lines before saving, {after.Count} after loading");
        }
        Assert.True(diff.Count == 0, "The aggregate changed on its way through the database:" + Environment.NewLine + string.Join(Environment.NewLine, diff));
    }

    private static void Walk(string path, object? value, List<string> lines, int depth)
    {
        if (depth > 8)
        {
            throw new InvalidOperationException($"{path} nests too deeply; is there a cycle?");
        }
        switch (value)
        {
            case null:
                lines.Add($"{path} = null");
                return;
            case decimal number:
                // SQLite keeps decimals as text and may add a trailing zero; 95 and 95.0 are the same value.
                lines.Add($"{path} = {(number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)}");
                return;
            case string or Guid or DateOnly or DateTimeOffset or Enum or bool or int or long or Commissioning.Domain.FinancialQuarter:
                lines.Add($"{path} = {Convert.ToString(value, CultureInfo.InvariantCulture)}");
                return;
            case IEnumerable items:
                var list = items.Cast<object>().ToList();
                // Children in their own tables come back in key order; the domain never relies on their order.
                if (list.Count > 0 && list.All(i => i is Entity))
                {
                    list = [.. list.Cast<Entity>().OrderBy(e => e.Id)];
                }
                lines.Add($"{path}.Count = {list.Count}");
                for (var i = 0; i < list.Count; i++)
                {
                    Walk($"{path}[{i}]", list[i], lines, depth + 1);
                }
                return;
        }
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetIndexParameters().Length == 0)
            {
                Walk($"{path}.{property.Name}", property.GetValue(value), lines, depth + 1);
            }
        }
    }
}
