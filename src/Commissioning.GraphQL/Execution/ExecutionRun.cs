using Commissioning.GraphQL.DataLoader;
using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// The state of executing one operation (spec §6.2): the request's values, the plans, and the execution
/// errors raised so far. The executing methods live in the partial files beside this one.
/// <para>
/// Every executing method returns a <see cref="ValueTask{TResult}"/> that is already complete when all the
/// resolvers beneath it answered synchronously; only a field whose resolver actually awaits allocates a
/// task, and its ancestors continue asynchronously from there. A completed value is the response value,
/// or <see cref="Propagate"/> when the position is null because of an execution error that its
/// non-null type must pass to the parent position (§6.4.4).
/// </para>
/// </summary>
internal sealed partial class ExecutionRun
{
    /// <summary>Marks a response position that must be null and hand its error to its parent (§6.4.4).</summary>
    internal static readonly object Propagate = new();

    private readonly List<(ResponsePath? Path, GraphQLError Error)> _errors = [];
    private readonly ExecutorOptions _options;

    public ExecutionRun(ExecutorOptions options, Schema schema, OperationDefinitionNode operation, DocumentPlans document,
        PlanBuilder plans, IReadOnlyDictionary<string, object?> variables, object? rootValue, IServiceProvider services,
        IDictionary<string, object?> requestData, DataLoaderScope dataLoaders, CancellationToken cancellationToken)
    {
        _options = options;
        Schema = schema;
        Operation = operation;
        Fragments = document.Fragments;
        Plans = plans;
        Variables = variables;
        RootValue = rootValue;
        Services = services;
        RequestData = requestData;
        DataLoaders = dataLoaders;
        CancellationToken = cancellationToken;
        if (options.AuthorizationDependsOnRequestOnly)
            _decisions = new Dictionary<Authorization.AuthorizationRule, Authorization.AuthorizationResult>(ReferenceEqualityComparer.Instance);
    }

    public Schema Schema { get; }
    public OperationDefinitionNode Operation { get; }
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }
    public PlanBuilder Plans { get; }
    public IReadOnlyDictionary<string, object?> Variables { get; }
    public object? RootValue { get; }
    public IServiceProvider Services { get; }
    public IDictionary<string, object?> RequestData { get; }
    public DataLoaderScope DataLoaders { get; }
    public CancellationToken CancellationToken { get; }

    /// <summary>Query roots run normally (§6.2.1); mutation roots serially (§6.2.2).</summary>
    public async Task<ExecutionResult> ExecuteAsync(SelectionPlan rootPlan, bool serial)
    {
        var pending = serial ? new ValueTask<object?>(ExecuteSeriallyAsync(rootPlan)) : ExecuteSelectionSet(rootPlan, RootValue, null);
        var data = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
        return new ExecutionResult
        {
            Data = ReferenceEquals(data, Propagate) ? null : data,
            Errors = SortedErrors(),
        };
    }

    /// <summary>§6.2.2 / §6.3.3 "serially": each root field, with all its sub-fields, completes before the next starts.</summary>
    private async Task<object?> ExecuteSeriallyAsync(SelectionPlan plan)
    {
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        for (var i = 0; i < fields.Length; i++)
        {
            CancellationToken.ThrowIfCancellationRequested();
            var pending = ExecuteField(plan.Type, fields[i], RootValue, null);
            var value = pending.IsCompletedSuccessfully ? pending.Result : await pending.ConfigureAwait(false);
            if (ReferenceEquals(value, Propagate)) return Propagate;
            map.AddNext(value);
        }
        return map;
    }

    /// <summary>
    /// ExecuteSelectionSet / ExecuteCollectedFields (§6.3): every field is started before any is awaited, so
    /// sibling resolvers that load through a DataLoader all queue their keys before the batch dispatches.
    /// </summary>
    internal ValueTask<object?> ExecuteSelectionSet(SelectionPlan plan, object? source, ResponsePath? path)
    {
        CancellationToken.ThrowIfCancellationRequested();
        var fields = plan.Fields;
        var map = new ResultMap(plan.Keys);
        for (var i = 0; i < fields.Length; i++)
        {
            var field = fields[i];
            var pending = ExecuteField(plan.Type, field, source, path);
            if (!pending.IsCompletedSuccessfully)
            {
                map.AddNext(null);
                return new ValueTask<object?>(ContinueSelectionSetAsync(plan, source, path, map, i, pending.AsTask()));
            }
            var value = pending.Result;
            if (ReferenceEquals(value, Propagate)) return new ValueTask<object?>(Propagate);
            map.AddNext(value);
        }
        return new ValueTask<object?>(map);
    }

    private async Task<object?> ContinueSelectionSetAsync(SelectionPlan plan, object? source, ResponsePath? path, ResultMap map,
        int firstPending, Task<object?> first)
    {
        var fields = plan.Fields;
        var pending = new List<(int Index, Task<object?> Task)>(4) { (firstPending, first) };
        var propagate = false;
        for (var i = firstPending + 1; i < fields.Length; i++)
        {
            var field = fields[i];
            var value = ExecuteField(plan.Type, field, source, path);
            if (value.IsCompletedSuccessfully)
            {
                // Like a synchronous executor, stop starting siblings once this object is known to be null.
                if (ReferenceEquals(value.Result, Propagate))
                {
                    propagate = true;
                    break;
                }
                map.AddNext(value.Result);
            }
            else
            {
                map.AddNext(null);
                pending.Add((i, value.AsTask()));
            }
        }
        // Already-started siblings are awaited even when the object will be null, so no work outlives the
        // response and the errors they raise are reported whatever the timing.
        foreach (var (index, task) in pending)
        {
            var value = await task.ConfigureAwait(false);
            if (ReferenceEquals(value, Propagate)) propagate = true;
            else if (!propagate) map.SetValueAt(index, value);
        }
        return propagate ? Propagate : map;
    }

    /// <summary>ExecuteField (§6.4): coerce arguments, resolve, complete.</summary>
    internal ValueTask<object?> ExecuteField(ObjectType parentType, FieldPlan field, object? source, ResponsePath? parentPath)
    {
        ValueTask<object?> resolved;
        ResolveFieldContext? context = null;
        try
        {
            if (field.Authorization is { } rules && !AllowedBefore(rules))
            {
                // Checked before the resolver runs, so a denied field never touches its data.
                context = new ResolveFieldContext(this, field, parentType, source, parentPath, GetArguments(field));
                Authorize(rules, context, null, null);
            }
            switch (field.Resolution)
            {
                case FieldResolution.TypeName:
                    return new ValueTask<object?>(parentType.Name);
                case FieldResolution.Default:
                    resolved = new ValueTask<object?>(DefaultFieldResolver.GetValue(source, field.Definition));
                    break;
                case FieldResolution.Source:
                    resolved = new ValueTask<object?>(field.SourceReader!(source));
                    break;
                default:
                    context ??= new ResolveFieldContext(this, field, parentType, source, parentPath, GetArguments(field));
                    resolved = field.Resolver!(context);
                    break;
            }
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return new ValueTask<object?>(FieldError(e, field, ResponsePath.Field(parentPath, field.ResponseKey, field.Index), field.Type));
        }
        if (resolved.IsCompletedSuccessfully) return CompleteField(parentType, field, resolved.Result, parentPath, context);
        return new ValueTask<object?>(AwaitResolvedAsync(resolved, parentType, field, parentPath, context));
    }

    private async Task<object?> AwaitResolvedAsync(ValueTask<object?> resolved, ObjectType parentType, FieldPlan field,
        ResponsePath? parentPath, ResolveFieldContext? context)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception e) when (IsExecutionError(e))
        {
            return FieldError(e, field, ResponsePath.Field(parentPath, field.ResponseKey, field.Index), field.Type);
        }
        var completed = CompleteField(parentType, field, value, parentPath, context);
        return completed.IsCompletedSuccessfully ? completed.Result : await completed.ConfigureAwait(false);
    }

    /// <summary>CoerceArgumentValues (§6.4.1), once per plan when the arguments cannot change between executions.</summary>
    private IReadOnlyDictionary<string, object?> GetArguments(FieldPlan field)
    {
        if (field.CachedArguments is { } cached) return cached;
        var node = field.Nodes[0];
        var arguments = Utilities.ExecutionValues.CoerceArgumentValues(field.Definition.Arguments, node, node.Arguments, Variables);
        field.CacheArguments(arguments);
        return arguments;
    }
}
