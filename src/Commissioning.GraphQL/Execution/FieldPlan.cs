using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Execution;

/// <summary>How a planned field produces its value; decided once when the plan is built.</summary>
internal enum FieldResolution
{
    /// <summary><c>__typename</c> (spec §4.1): the parent object type's name, no resolver.</summary>
    TypeName,
    /// <summary>No resolver: the source's property or dictionary entry, read without a resolver context.</summary>
    Default,
    /// <summary>The field definition's resolver, called with a context.</summary>
    Resolver,
    /// <summary>The field definition's <see cref="FieldDefinition.SourceReader"/>: a function of the source, no context.</summary>
    Source,
}

/// <summary>
/// One entry of a collected fields map (spec §6.3.2) for one object type: its response key, its field set
/// and everything execution needs that does not depend on the source value. Built once per
/// (selection set, object type) and reused for every object of that type in the response, so list items do
/// not recollect fields, look up field definitions or re-coerce constant arguments.
/// </summary>
internal sealed class FieldPlan
{
    private ChildPlans? _children;
    private IReadOnlyDictionary<string, object?>? _arguments;

    public FieldPlan(string responseKey, int index, FieldNode[] nodes, FieldDefinition definition, FieldResolution resolution,
        bool canCacheArguments)
    {
        ResponseKey = responseKey;
        Index = index;
        Nodes = nodes;
        Definition = definition;
        Type = definition.Type;
        Resolution = resolution;
        Resolver = definition.Resolver;
        SourceReader = definition.SourceReader;
        CanCacheArguments = canCacheArguments;
        NeedsPath = TypeNeedsPath(Type);
        Leaf = (Type is NonNullType nonNull ? nonNull.OfType : Type) as ILeafType;
    }

    public string ResponseKey { get; }

    /// <summary>The position of this field in its selection plan (its rank for ordering errors).</summary>
    public int Index { get; }

    /// <summary>The field set: every field node with this response key, in document order.</summary>
    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }
    public IOutputType Type { get; }
    public FieldResolution Resolution { get; }
    public FieldResolver? Resolver { get; }
    public Func<object?, object?>? SourceReader { get; }

    /// <summary>Whether coerced arguments can be reused for every execution of this plan: true when the
    /// arguments reference no variables, or when the plan belongs to one request.</summary>
    public bool CanCacheArguments { get; }

    /// <summary>The scalar or enum type when the field's type is one, or its non-null wrapper; null otherwise.</summary>
    public ILeafType? Leaf { get; }

    /// <summary>False for leaves: their response position is only materialised if an error needs it.</summary>
    public bool NeedsPath { get; }

    /// <summary>The @authorize rules to satisfy before the field resolves; null when it has none.</summary>
    public Authorization.AuthorizationRule[]? Authorization { get; init; }

    public IReadOnlyDictionary<string, object?>? CachedArguments => _arguments;

    public void CacheArguments(IReadOnlyDictionary<string, object?> arguments)
    {
        if (CanCacheArguments) _arguments = arguments;
    }

    /// <summary>The plan of this field's sub-selection for <paramref name="objectType"/> (CollectSubfields), cached.</summary>
    public SelectionPlan GetChildPlan(ObjectType objectType, PlanBuilder builder)
    {
        // Most fields only ever see one object type, so the first entry is checked without a loop.
        var children = _children;
        for (var entry = children; entry is not null; entry = entry.Next)
            if (ReferenceEquals(entry.Type, objectType)) return entry.Plan;

        var plan = builder.BuildSubfields(objectType, Nodes);
        // A benign race: two threads may build the same plan; either result is correct and the list stays valid.
        _children = new ChildPlans(objectType, plan, children);
        return plan;
    }

    public static bool TypeNeedsPath(IGraphQLType type) =>
        (type is NonNullType nonNull ? nonNull.OfType : type) is not ILeafType;

    private sealed class ChildPlans(ObjectType type, SelectionPlan plan, ChildPlans? next)
    {
        public ObjectType Type { get; } = type;
        public SelectionPlan Plan { get; } = plan;
        public ChildPlans? Next { get; } = next;
    }
}

/// <summary>A collected fields map for one object type, as an array in response order.</summary>
internal sealed class SelectionPlan(ObjectType type, FieldPlan[] fields)
{
    public ObjectType Type { get; } = type;
    public FieldPlan[] Fields { get; } = fields;

    /// <summary>The fields' response keys in order: the keys of every result map built from this plan.</summary>
    public ResponseKeys Keys { get; } = new(Array.ConvertAll(fields, f => f.ResponseKey));
}
