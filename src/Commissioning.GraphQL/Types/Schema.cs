using System.Diagnostics.CodeAnalysis;
using Commissioning.GraphQL.Errors;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// A validated, immutable schema (spec §3.3). Construction collects every reachable type, validates the
/// whole type system (§3, graphql-js validateSchema) and throws one <see cref="SchemaValidationException"/>
/// listing all violations; afterwards every type is frozen and all lookups are dictionary reads.
/// </summary>
public sealed class Schema
{
    private readonly Dictionary<string, INamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly List<INamedType> _types = [];
    private readonly Dictionary<string, DirectiveDefinition> _directiveMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ObjectType>> _implementingObjects = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<InterfaceType>> _implementingInterfaces = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);

    public Schema(SchemaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        QueryType = options.Query;
        MutationType = options.Mutation;
        SubscriptionType = options.Subscription;
        Description = options.Description;
        Directives = [.. options.Directives ?? global::Commissioning.GraphQL.Types.Directives.Specified];

        var errors = new List<GraphQLError>();
        CollectTypes(options, errors);
        foreach (var d in Directives) _directiveMap.TryAdd(d.Name, d);
        IndexImplementations();

        SchemaValidator.Validate(this, errors);
        if (errors.Count > 0) throw new SchemaValidationException(errors);

        foreach (var type in _types) FreezeType(type);
        foreach (var d in Directives) d.Freeze();
        Types = [.. _types];
    }

    public ObjectType? QueryType { get; }
    public ObjectType? MutationType { get; }
    public ObjectType? SubscriptionType { get; }
    public string? Description { get; }

    /// <summary>Every named type, in the order graphql-js collects them.</summary>
    public IReadOnlyList<INamedType> Types { get; private set; } = [];
    public IReadOnlyDictionary<string, INamedType> TypeMap => _typeMap;
    public IReadOnlyList<DirectiveDefinition> Directives { get; }

    public INamedType? GetType(string name) => _typeMap.GetValueOrDefault(name);

    public bool TryGetType(string name, [MaybeNullWhen(false)] out INamedType type) => _typeMap.TryGetValue(name, out type);

    public DirectiveDefinition? GetDirective(string name) => _directiveMap.GetValueOrDefault(name);

    public ObjectType? GetRootType(Language.OperationType operation) => operation switch
    {
        Language.OperationType.Query => QueryType,
        Language.OperationType.Mutation => MutationType,
        _ => SubscriptionType,
    };

    /// <summary>The object types a value of an abstract type may have at run time.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(IAbstractType abstractType) => abstractType switch
    {
        UnionType u => u.Types,
        InterfaceType i => GetImplementations(i).Objects,
        _ => [],
    };

    /// <summary>Object types and interfaces that implement <paramref name="interfaceType"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType interfaceType) =>
        (_implementingObjects.TryGetValue(interfaceType.Name, out var o) ? o : [],
         _implementingInterfaces.TryGetValue(interfaceType.Name, out var i) ? i : []);

    /// <summary>Whether <paramref name="maybeSubType"/> is a member of the union or implements the interface.</summary>
    public bool IsSubType(IAbstractType abstractType, INamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var set) && set.Contains(maybeSubType.Name);

    private void CollectTypes(SchemaOptions options, List<GraphQLError> errors)
    {
        // The order graphql-js uses, which fixes the order of the printed schema and of __Schema.types.
        var seen = new HashSet<INamedType>(ReferenceEqualityComparer.Instance);
        foreach (var t in options.Types) Collect(t, seen);
        if (QueryType is not null) Collect(QueryType, seen);
        if (MutationType is not null) Collect(MutationType, seen);
        if (SubscriptionType is not null) Collect(SubscriptionType, seen);
        foreach (var d in Directives)
            foreach (var a in d.Arguments) Collect(a.Type, seen);
        Collect(Introspection.SchemaType, seen);

        foreach (var type in _types)
        {
            if (!_typeMap.TryAdd(type.Name, type))
                errors.Add(new GraphQLError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
        }
    }

    private void Collect(IGraphQLType type, HashSet<INamedType> seen)
    {
        var named = TypePredicates.GetNamedType(type);
        if (named is null || !seen.Add(named)) return;
        _types.Add(named);
        switch (named)
        {
            case UnionType u:
                foreach (var m in u.Types) Collect(m, seen);
                break;
            case IComplexType c:
                foreach (var i in c.Interfaces) Collect(i, seen);
                foreach (var f in c.Fields)
                {
                    Collect(f.Type, seen);
                    foreach (var a in f.Arguments) Collect(a.Type, seen);
                }
                break;
            case InputObjectType io:
                foreach (var f in io.Fields) Collect(f.Type, seen);
                break;
        }
    }

    private void IndexImplementations()
    {
        foreach (var type in _types)
        {
            switch (type)
            {
                case ObjectType o:
                    foreach (var i in o.Interfaces) Add(_implementingObjects, i.Name, o);
                    break;
                case InterfaceType it:
                    foreach (var i in it.Interfaces) Add(_implementingInterfaces, i.Name, it);
                    break;
                case UnionType u:
                    var members = SubTypeSet(u.Name);
                    foreach (var m in u.Types) members.Add(m.Name);
                    break;
            }
        }
        foreach (var (name, objects) in _implementingObjects)
        {
            var set = SubTypeSet(name);
            foreach (var o in objects) set.Add(o.Name);
        }
        foreach (var (name, interfaces) in _implementingInterfaces)
        {
            var set = SubTypeSet(name);
            foreach (var i in interfaces) set.Add(i.Name);
        }
    }

    private HashSet<string> SubTypeSet(string name)
    {
        if (!_subTypes.TryGetValue(name, out var set)) _subTypes[name] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        if (!list.Contains(value)) list.Add(value);
    }

    private static void FreezeType(INamedType type)
    {
        switch (type)
        {
            case ObjectType o: o.Freeze(); break;
            case InterfaceType i: i.Freeze(); break;
            case UnionType u: u.Freeze(); break;
            case EnumType e: e.Freeze(); break;
            case InputObjectType io: io.Freeze(); break;
        }
    }
}
