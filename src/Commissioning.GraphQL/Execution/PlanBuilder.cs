using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>
/// CollectFields and CollectSubfields (spec §6.3.2) turned into <see cref="SelectionPlan"/>s. A builder
/// without variables serves every request for its document (the plans are shared); a builder with
/// variables belongs to one request, because @skip/@include then depend on that request's values.
/// </summary>
internal sealed class PlanBuilder(
    Schema schema,
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?>? variables,
    bool perRequest)
{
    public Schema Schema { get; } = schema;
    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; } = fragments;

    public SelectionPlan BuildRoot(ObjectType rootType, SelectionSetNode selectionSet)
    {
        var groups = new FieldGroups();
        CollectFields(rootType, selectionSet, groups, new HashSet<string>(StringComparer.Ordinal));
        return ToPlan(rootType, groups);
    }

    /// <summary>CollectSubfields: the merged sub-selections of every field in the field set.</summary>
    public SelectionPlan BuildSubfields(ObjectType objectType, FieldNode[] fieldSet)
    {
        var groups = new FieldGroups();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fieldSet)
            if (field.SelectionSet is { } selectionSet) CollectFields(objectType, selectionSet, groups, visited);
        return ToPlan(objectType, groups);
    }

    private void CollectFields(ObjectType objectType, SelectionSetNode selectionSet, FieldGroups groups, HashSet<string> visited)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!ShouldInclude(selection.Directives)) continue;
            switch (selection)
            {
                case FieldNode field:
                    groups.Add(field.ResponseKey, field);
                    break;
                case FragmentSpreadNode spread:
                    // §6.3.2: a fragment is visited at most once per collection, whether or not it applies.
                    if (!visited.Add(spread.Name.Value)) continue;
                    if (!Fragments.TryGetValue(spread.Name.Value, out var fragment)) continue;
                    if (!DoesFragmentTypeApply(objectType, fragment.TypeCondition)) continue;
                    CollectFields(objectType, fragment.SelectionSet, groups, visited);
                    break;
                case InlineFragmentNode inline:
                    if (inline.TypeCondition is { } condition && !DoesFragmentTypeApply(objectType, condition)) continue;
                    CollectFields(objectType, inline.SelectionSet, groups, visited);
                    break;
            }
        }
    }

    private bool DoesFragmentTypeApply(ObjectType objectType, NamedTypeNode typeCondition) =>
        Schema.GetType(typeCondition.Name.Value) switch
        {
            ObjectType o => ReferenceEquals(o, objectType),
            IAbstractType a => Schema.IsSubType(a, objectType),
            _ => false,
        };

    /// <summary>@skip(if:) and @include(if:) (spec §3.13.2, §3.13.3); validation has checked their arguments.</summary>
    private bool ShouldInclude(IReadOnlyList<DirectiveNode> directives)
    {
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var name = directive.Name.Value;
            if (name == "skip")
            {
                if (IfArgument(directive) == true) return false;
            }
            else if (name == "include")
            {
                if (IfArgument(directive) != true) return false;
            }
        }
        return true;
    }

    private bool? IfArgument(DirectiveNode directive)
    {
        foreach (var argument in directive.Arguments)
        {
            if (argument.Name.Value != "if") continue;
            return argument.Value switch
            {
                BooleanValueNode b => b.Value,
                VariableNode v => variables is not null && variables.TryGetValue(v.Name.Value, out var value) ? value as bool? : null,
                _ => null,
            };
        }
        return null;
    }

    private SelectionPlan ToPlan(ObjectType objectType, FieldGroups groups)
    {
        var fields = new List<FieldPlan>(groups.Count);
        for (var i = 0; i < groups.Count; i++)
        {
            var (key, nodes) = groups[i];
            var first = nodes[0];
            var (definition, resolution) = FindField(objectType, first.Name.Value);
            // graphql-js skips fields the type does not define; validation rejects such documents anyway.
            if (definition is null) continue;
            var canCache = perRequest || !ArgumentsUseVariables(first.Arguments);
            fields.Add(new FieldPlan(key, fields.Count, [.. nodes], definition, resolution, canCache)
            {
                Authorization = AuthorizationRules(objectType, definition, resolution),
            });
        }
        return new SelectionPlan(objectType, [.. fields]);
    }

    /// <summary>
    /// The @authorize rules checked before the field resolves: its own, and on a root operation type the
    /// type's too, since no field returns a root object. Meta-fields (§4.1) are left to the introspection policy.
    /// </summary>
    private Authorization.AuthorizationRule[]? AuthorizationRules(ObjectType objectType, FieldDefinition definition, FieldResolution resolution)
    {
        if (resolution == FieldResolution.TypeName || definition.Name.StartsWith("__", StringComparison.Ordinal)) return null;
        var isRoot = ReferenceEquals(objectType, Schema.QueryType) || ReferenceEquals(objectType, Schema.MutationType)
            || ReferenceEquals(objectType, Schema.SubscriptionType);
        if (!isRoot || objectType.AuthorizationRules is not { } typeRules) return definition.AuthorizationRules;
        return definition.AuthorizationRules is { } fieldRules ? [.. typeRules, .. fieldRules] : typeRules;
    }

    /// <summary>The meta-fields of spec §4.1 belong to no type's field map, so they are looked up here.</summary>
    private (FieldDefinition?, FieldResolution) FindField(ObjectType objectType, string name)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__typename") return (Introspection.TypeNameMetaField, FieldResolution.TypeName);
            if (ReferenceEquals(objectType, Schema.QueryType))
            {
                if (name == "__schema") return (Introspection.SchemaMetaField, FieldResolution.Resolver);
                if (name == "__type") return (Introspection.TypeMetaField, FieldResolution.Resolver);
            }
        }
        var definition = objectType.Fields[name];
        if (definition is null) return (null, FieldResolution.Default);
        var resolution = definition.SourceReader is not null ? FieldResolution.Source
            : definition.Resolver is null ? FieldResolution.Default : FieldResolution.Resolver;
        return (definition, resolution);
    }

    private static bool ArgumentsUseVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
            if (UsesVariables(argument.Value)) return true;
        return false;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                    if (UsesVariables(item)) return true;
                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                    if (UsesVariables(field.Value)) return true;
                return false;
            default:
                return false;
        }
    }

    /// <summary>An ordered map of response key to field set.</summary>
    private sealed class FieldGroups
    {
        private readonly List<(string Key, List<FieldNode> Nodes)> _groups = [];
        private readonly Dictionary<string, List<FieldNode>> _byKey = new(StringComparer.Ordinal);

        public int Count => _groups.Count;
        public (string Key, List<FieldNode> Nodes) this[int index] => _groups[index];

        public void Add(string key, FieldNode node)
        {
            if (!_byKey.TryGetValue(key, out var nodes))
            {
                nodes = [];
                _byKey[key] = nodes;
                _groups.Add((key, nodes));
            }
            nodes.Add(node);
        }
    }
}
