using System.Reflection;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// Reads C# nullable annotations for code-first fields. <see cref="NullabilityInfoContext"/> caches per instance
/// and is not thread-safe, so one shared context is used under a lock (schemas may be built in parallel, e.g. by tests).
/// </summary>
internal static class ClrNullability
{
    private static readonly NullabilityInfoContext Context = new();

    public static NullabilityInfo Of(PropertyInfo property) { lock (Context) return Context.Create(property); }

    public static NullabilityInfo Of(FieldInfo field) { lock (Context) return Context.Create(field); }

    public static NullabilityInfo Of(ParameterInfo parameter) { lock (Context) return Context.Create(parameter); }
}
