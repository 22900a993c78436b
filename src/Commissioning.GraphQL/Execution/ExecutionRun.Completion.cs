using System.Collections;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Execution;

// CompleteValue (spec §6.4.3). A response position is a field or a list item; each one catches the
// execution errors raised while completing it, records them with its path and becomes null, or
// Propagate when its type is non-null (§6.4.4).
internal sealed partial class ExecutionRun
{
    private ValueTask<object?> CompleteField(ObjectType parentType, FieldPlan field, object? value, ResponsePath? parentPath,
        ResolveFieldContext? context)
    {
        if (field.Leaf is { } leaf) return CompleteLeafField(parentType, field, leaf, value, parentPath);
        var path = field.NeedsPath ? ResponsePath.Field(parentPath, field.ResponseKey, field.Index) : null;
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(field.Type, parentType, field, value, path, context);
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return new ValueTask<object?>(FieldError(e, field, path ?? ResponsePath.Field(parentPath, field.ResponseKey, field.Index), field.Type));
        }
        if (completed.IsCompletedSuccessfully) return new ValueTask<object?>(NullUnlessNonNull(completed.Result, field.Type));
        return new ValueTask<object?>(AwaitPositionAsync(completed, field, path!, field.Type));
    }

    /// <summary>
    /// Most fields are leaves: CompleteValue of a scalar or enum, or of its non-null wrapper, reduced to its two
    /// checks (null where non-null is required, CoerceResult) without walking the type or allocating a path.
    /// </summary>
    private ValueTask<object?> CompleteLeafField(ObjectType parentType, FieldPlan field, ILeafType leaf, object? value, ResponsePath? parentPath)
    {
        try
        {
            if (value is not null) return new ValueTask<object?>(Serialize(leaf, value));
            if (field.Type is NonNullType) throw NonNullError(parentType, field);
            return default;
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return new ValueTask<object?>(FieldError(e, field, ResponsePath.Field(parentPath, field.ResponseKey, field.Index), field.Type));
        }
    }

    /// <summary>A position that completes asynchronously: only composite values do, so its path exists.</summary>
    private async Task<object?> AwaitPositionAsync(ValueTask<object?> completed, FieldPlan field, ResponsePath path, IOutputType type)
    {
        try
        {
            return NullUnlessNonNull(await completed.ConfigureAwait(false), type);
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return FieldError(e, field, path, type);
        }
    }

    private static object? NullUnlessNonNull(object? value, IOutputType type) =>
        ReferenceEquals(value, Propagate) && type is not NonNullType ? null : value;

    private ValueTask<object?> CompleteValue(IOutputType type, ObjectType parentType, FieldPlan field, object? value,
        ResponsePath? path, ResolveFieldContext? context)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteValue((IOutputType)nonNull.OfType, parentType, field, value, path, context);
            if (!inner.IsCompletedSuccessfully) return new ValueTask<object?>(AwaitNonNullAsync(inner, parentType, field));
            return inner.Result is null ? throw NonNullError(parentType, field) : inner;
        }
        if (value is null) return default;
        switch (type)
        {
            case ILeafType leaf:
                return new ValueTask<object?>(Serialize(leaf, value));
            case ObjectType objectType:
                return CompleteObject(objectType, parentType, field, value, path!, context);
            case IAbstractType abstractType:
                return CompleteObject(ResolveAbstractType(abstractType, parentType, field, value, path!, context), parentType, field, value, path!, context);
            case ListType list:
                return CompleteList((IOutputType)list.OfType, parentType, field, value, path!, context);
            default:
                throw new InvalidOperationException($"Cannot complete value of unexpected output type \"{type}\".");
        }
    }

    private async Task<object?> AwaitNonNullAsync(ValueTask<object?> inner, ObjectType parentType, FieldPlan field) =>
        await inner.ConfigureAwait(false) ?? throw NonNullError(parentType, field);

    private static GraphQLError NonNullError(ObjectType parentType, FieldPlan field) =>
        new($"Cannot return null for non-nullable field {parentType.Name}.{field.Definition.Name}.");

    /// <summary>CoerceResult: the leaf type's serializer must give a non-null value, else it is an execution error.</summary>
    private static object Serialize(ILeafType leaf, object value) =>
        leaf.Serialize(value) ?? throw new GraphQLError(
            $"Expected `{leaf.Name}.serialize({Inspector.Inspect(value)})` to return non-nullable value, returned: null");

    private ValueTask<object?> CompleteObject(ObjectType objectType, ObjectType parentType, FieldPlan field, object value,
        ResponsePath path, ResolveFieldContext? context)
    {
        // A value of the type's declared CLR type is of the type (ObjectType.ClrType); checking that first
        // spares the IsTypeOf call, and its context, for every object of a code-first schema.
        if (objectType.IsTypeOf is { } isTypeOf && !IsDeclaredClrType(objectType, value)
            && !isTypeOf(value, context ?? ContextFor(field, parentType, value, path)))
            throw new GraphQLError($"Expected value of type \"{objectType.Name}\" but got: {Inspector.Inspect(value)}.");
        // A type's rules guard every field of its objects: checked once per object, before any field resolves.
        if (objectType.AuthorizationRules is { } rules && !AllowedBefore(rules))
            Authorize(rules, context ?? ContextFor(field, parentType, value, path), objectType, value);
        return ExecuteSelectionSet(field.GetChildPlan(objectType, Plans), value, path);
    }

    private static bool IsDeclaredClrType(ObjectType objectType, object value) =>
        objectType.ClrType is { } clrType && (value.GetType() == clrType || clrType.IsInstanceOfType(value));

    /// <summary>ResolveAbstractType (§6.4.3) with graphql-js's checks and messages.</summary>
    private ObjectType ResolveAbstractType(IAbstractType abstractType, ObjectType parentType, FieldPlan field, object value,
        ResponsePath path, ResolveFieldContext? context)
    {
        object? resolved;
        if (abstractType.ResolveType is { } resolveType)
        {
            resolved = resolveType(value, context ?? ContextFor(field, parentType, value, path), abstractType);
        }
        else
        {
            resolved = DefaultResolveType(abstractType, parentType, field, value, path, context);
        }

        var runtimeName = resolved switch
        {
            null => throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"ResolveType\" function or each possible type should provide an \"IsTypeOf\" function."),
            ObjectType o => o.Name,
            string s => s,
            _ => throw new GraphQLError(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{parentType.Name}.{field.Definition.Name}\" " +
                $"with value {Inspector.Inspect(value)}, received \"{Inspector.Inspect(resolved)}\"."),
        };
        var runtimeType = Schema.GetType(runtimeName);
        if (runtimeType is null)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a type \"{runtimeName}\" that does not exist inside the schema.");
        if (runtimeType is not ObjectType objectType)
            throw new GraphQLError($"Abstract type \"{abstractType.Name}\" was resolved to a non-object type \"{runtimeName}\".");
        if (!Schema.IsSubType(abstractType, objectType))
            throw new GraphQLError($"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        return objectType;
    }

    /// <summary>
    /// graphql-js's defaultTypeResolver: a <c>__typename</c> entry, else the first possible type whose
    /// IsTypeOf accepts the value; here also the first whose declared CLR type the value is an instance of.
    /// </summary>
    private object? DefaultResolveType(IAbstractType abstractType, ObjectType parentType, FieldPlan field, object value,
        ResponsePath path, ResolveFieldContext? context)
    {
        switch (value)
        {
            case IReadOnlyDictionary<string, object?> ro when ro.TryGetValue("__typename", out var a) && a is string ra: return ra;
            case IDictionary<string, object?> rw when rw.TryGetValue("__typename", out var b) && b is string rb: return rb;
        }
        var valueType = value.GetType();
        foreach (var candidate in Schema.GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf is { } isTypeOf)
            {
                if (isTypeOf(value, context ??= ContextFor(field, parentType, value, path))) return candidate;
            }
            else if (candidate.ClrType is { } clrType && clrType.IsAssignableFrom(valueType))
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>A context for type resolution hooks when the field had no resolver (the default resolver needs none).</summary>
    private ResolveFieldContext ContextFor(FieldPlan field, ObjectType parentType, object? source, ResponsePath path)
    {
        var fieldPath = path;
        while (fieldPath.Key is null) fieldPath = fieldPath.Parent!; // from a list item up to its field
        return new ResolveFieldContext(this, field, parentType, source, fieldPath.Parent,
            field.Definition.Arguments.Count == 0 ? EmptyArguments : GetArguments(field));
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private ValueTask<object?> CompleteList(IOutputType itemType, ObjectType parentType, FieldPlan field, object value,
        ResponsePath path, ResolveFieldContext? context)
    {
        if (value is string || value is not IEnumerable enumerable)
            throw new GraphQLError($"Expected Iterable, but did not find one for field \"{parentType.Name}.{field.Definition.Name}\".");

        var itemsNeedPath = FieldPlan.TypeNeedsPath(itemType);
        object?[] items;
        if (value is IList list)
        {
            // Indexing avoids the enumerator allocation and lets the result array be sized once.
            items = list.Count == 0 ? [] : new object?[list.Count];
            for (var i = 0; i < items.Length; i++)
            {
                var completed = CompleteItem(itemType, parentType, field, list[i], path, i, itemsNeedPath, context);
                if (!completed.IsCompletedSuccessfully)
                    return new ValueTask<object?>(ContinueListAsync(itemType, parentType, field, list, path, items, i, completed.AsTask(), itemsNeedPath, context));
                if (ReferenceEquals(completed.Result, Propagate)) return new ValueTask<object?>(Propagate);
                items[i] = completed.Result;
            }
            return new ValueTask<object?>(items);
        }

        // Any other sequence is materialised first; it is enumerated exactly once.
        var buffer = new List<object?>();
        foreach (var item in enumerable) buffer.Add(item);
        return CompleteList(itemType, parentType, field, buffer, path, context);
    }

    private async Task<object?> ContinueListAsync(IOutputType itemType, ObjectType parentType, FieldPlan field, IList source,
        ResponsePath path, object?[] items, int firstPending, Task<object?> first, bool itemsNeedPath, ResolveFieldContext? context)
    {
        var pending = new List<(int Index, Task<object?> Task)>(Math.Min(items.Length - firstPending, 64)) { (firstPending, first) };
        var propagate = false;
        for (var i = firstPending + 1; i < items.Length; i++)
        {
            var completed = CompleteItem(itemType, parentType, field, source[i], path, i, itemsNeedPath, context);
            if (completed.IsCompletedSuccessfully)
            {
                if (ReferenceEquals(completed.Result, Propagate))
                {
                    propagate = true;
                    break;
                }
                items[i] = completed.Result;
            }
            else
            {
                pending.Add((i, completed.AsTask()));
            }
        }
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Propagate)) propagate = true;
            else items[index] = value;
        }
        return propagate ? Propagate : items;
    }

    private ValueTask<object?> CompleteItem(IOutputType itemType, ObjectType parentType, FieldPlan field, object? item,
        ResponsePath listPath, int index, bool needsPath, ResolveFieldContext? context)
    {
        var path = needsPath ? ResponsePath.Item(listPath, index) : null;
        ValueTask<object?> completed;
        try
        {
            completed = CompleteValue(itemType, parentType, field, item, path, context);
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return new ValueTask<object?>(FieldError(e, field, path ?? ResponsePath.Item(listPath, index), itemType));
        }
        if (completed.IsCompletedSuccessfully) return new ValueTask<object?>(NullUnlessNonNull(completed.Result, itemType));
        return new ValueTask<object?>(AwaitPositionAsync(completed, field, path!, itemType));
    }
}
