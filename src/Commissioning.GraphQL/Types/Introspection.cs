using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>The kinds of spec §4.2.2 __TypeKind.</summary>
public enum TypeKind { SCALAR, OBJECT, INTERFACE, UNION, ENUM, INPUT_OBJECT, LIST, NON_NULL }

/// <summary>
/// The introspection system of spec §4: the __ types as ordinary object types with resolvers, and the
/// meta-fields <c>__schema</c>, <c>__type</c> and <c>__typename</c>, which the executor answers itself
/// because they belong to no type's field map (§4.1).
/// </summary>
public static class Introspection
{
    public static ObjectType SchemaType { get; }
    public static ObjectType TypeType { get; }
    public static ObjectType FieldType { get; }
    public static ObjectType InputValueType { get; }
    public static ObjectType EnumValueType { get; }
    public static ObjectType DirectiveType { get; }
    public static EnumType TypeKindType { get; }
    public static EnumType DirectiveLocationType { get; }

    /// <summary><c>__schema: __Schema!</c>, available on the query root type.</summary>
    public static FieldDefinition SchemaMetaField { get; }

    /// <summary><c>__type(name: String!): __Type</c>, available on the query root type.</summary>
    public static FieldDefinition TypeMetaField { get; }

    /// <summary><c>__typename: String!</c>, available on every object, interface and union.</summary>
    public static FieldDefinition TypeNameMetaField { get; }

    public static IReadOnlyList<INamedType> Types { get; }

    public static bool IsIntrospectionType(INamedType type)
    {
        foreach (var t in Types)
            if (ReferenceEquals(t, type)) return true;
        return false;
    }

    static Introspection()
    {
        TypeKindType = BuildTypeKind();
        DirectiveLocationType = BuildDirectiveLocation();
        SchemaType = new ObjectType("__Schema")
        {
            Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
        };
        TypeType = new ObjectType("__Type")
        {
            Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
        };
        FieldType = new ObjectType("__Field")
        {
            Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
        };
        InputValueType = new ObjectType("__InputValue")
        {
            Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
        };
        EnumValueType = new ObjectType("__EnumValue")
        {
            Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
        };
        DirectiveType = new ObjectType("__Directive")
        {
            Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
        };

        var str = Scalars.String;
        var nonNullString = new NonNullType(Scalars.String);
        var nonNullBool = new NonNullType(Scalars.Boolean);
        var typeRef = TypeType;
        var nonNullType = new NonNullType(TypeType);

        SchemaType
            .AddField(Field("description", str, c => Src<Schema>(c).Description))
            .AddField(Field("types", ListOf(TypeType), c => Src<Schema>(c).Types, "A list of all types supported by this server."))
            .AddField(Field("queryType", nonNullType, c => Src<Schema>(c).QueryType, "The type that query operations will be rooted at."))
            .AddField(Field("mutationType", typeRef, c => Src<Schema>(c).MutationType, "If this server supports mutation, the type that mutation operations will be rooted at."))
            .AddField(Field("subscriptionType", typeRef, c => Src<Schema>(c).SubscriptionType, "If this server support subscription, the type that subscription operations will be rooted at."))
            .AddField(Field("directives", ListOf(DirectiveType), c => Src<Schema>(c).Directives, "A list of all directives supported by this server."));

        TypeType
            .AddField(Field("kind", new NonNullType(TypeKindType), c => KindOf(Src<IGraphQLType>(c))))
            .AddField(Field("name", str, c => (c.Source as INamedType)?.Name))
            .AddField(Field("description", str, c => (c.Source as INamedType)?.Description))
            .AddField(Field("specifiedByURL", str, c => (c.Source as ScalarType)?.SpecifiedByUrl))
            .AddField(Field("fields", new ListType(new NonNullType(FieldType)), c => c.Source is IComplexType t
                ? Filter(t.Fields, IncludeDeprecated(c), f => f.IsDeprecated) : null).AddArgument(IncludeDeprecatedArg()))
            .AddField(Field("interfaces", new ListType(nonNullType), c => (c.Source as IComplexType)?.Interfaces))
            .AddField(Field("possibleTypes", new ListType(nonNullType), c => c.Source is IAbstractType a ? c.Schema.GetPossibleTypes(a) : null))
            .AddField(Field("enumValues", new ListType(new NonNullType(EnumValueType)), c => c.Source is EnumType e
                ? Filter(e.Values, IncludeDeprecated(c), v => v.IsDeprecated) : null).AddArgument(IncludeDeprecatedArg()))
            .AddField(Field("inputFields", new ListType(new NonNullType(InputValueType)), c => c.Source is InputObjectType io
                ? Filter(io.Fields, IncludeDeprecated(c), f => f.IsDeprecated) : null).AddArgument(IncludeDeprecatedArg()))
            .AddField(Field("ofType", typeRef, c => (c.Source as IWrappingType)?.OfType))
            .AddField(Field("isOneOf", Scalars.Boolean, c => c.Source is InputObjectType io ? io.IsOneOf : null));

        FieldType
            .AddField(Field("name", nonNullString, c => Src<FieldDefinition>(c).Name))
            .AddField(Field("description", str, c => Src<FieldDefinition>(c).Description))
            .AddField(Field("args", ListOf(InputValueType), c => Filter(Src<FieldDefinition>(c).Arguments, IncludeDeprecated(c), a => a.IsDeprecated))
                .AddArgument(IncludeDeprecatedArg()))
            .AddField(Field("type", nonNullType, c => Src<FieldDefinition>(c).Type))
            .AddField(Field("isDeprecated", nonNullBool, c => Src<FieldDefinition>(c).IsDeprecated))
            .AddField(Field("deprecationReason", str, c => Src<FieldDefinition>(c).DeprecationReason));

        InputValueType
            .AddField(Field("name", nonNullString, c => Src<InputValueDefinition>(c).Name))
            .AddField(Field("description", str, c => Src<InputValueDefinition>(c).Description))
            .AddField(Field("type", nonNullType, c => Src<InputValueDefinition>(c).Type))
            .AddField(Field("defaultValue", str, c => PrintDefault(Src<InputValueDefinition>(c)),
                "A GraphQL-formatted string representing the default value for this input value."))
            .AddField(Field("isDeprecated", nonNullBool, c => Src<InputValueDefinition>(c).IsDeprecated))
            .AddField(Field("deprecationReason", str, c => Src<InputValueDefinition>(c).DeprecationReason));

        EnumValueType
            .AddField(Field("name", nonNullString, c => Src<EnumValueDefinition>(c).Name))
            .AddField(Field("description", str, c => Src<EnumValueDefinition>(c).Description))
            .AddField(Field("isDeprecated", nonNullBool, c => Src<EnumValueDefinition>(c).IsDeprecated))
            .AddField(Field("deprecationReason", str, c => Src<EnumValueDefinition>(c).DeprecationReason));

        DirectiveType
            .AddField(Field("name", nonNullString, c => Src<DirectiveDefinition>(c).Name))
            .AddField(Field("description", str, c => Src<DirectiveDefinition>(c).Description))
            .AddField(Field("isRepeatable", nonNullBool, c => Src<DirectiveDefinition>(c).IsRepeatable))
            .AddField(Field("locations", ListOf(DirectiveLocationType), c => Src<DirectiveDefinition>(c).Locations))
            .AddField(Field("args", ListOf(InputValueType), c => Filter(Src<DirectiveDefinition>(c).Arguments, IncludeDeprecated(c), a => a.IsDeprecated))
                .AddArgument(IncludeDeprecatedArg()));

        SchemaMetaField = Field("__schema", new NonNullType(SchemaType), c => c.Schema, "Access the current type schema of this server.");
        TypeMetaField = Field("__type", TypeType, c => c.Arguments.TryGetValue("name", out var n) && n is string name ? c.Schema.GetType(name) : null,
                "Request the type information of a single type.")
            .AddArgument(new InputValueDefinition("name", nonNullString));
        TypeNameMetaField = Field("__typename", nonNullString, c => c.ParentType.Name, "The name of the current Object type at runtime.");
        SchemaMetaField.Freeze();
        TypeMetaField.Freeze();
        TypeNameMetaField.Freeze();

        Types = [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];
    }

    private static EnumType BuildTypeKind() => new EnumType("__TypeKind") { Description = "An enum describing what kind of type a given `__Type` is." }
        .AddValue("SCALAR", TypeKind.SCALAR, "Indicates this type is a scalar.")
        .AddValue("OBJECT", TypeKind.OBJECT, "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
        .AddValue("INTERFACE", TypeKind.INTERFACE, "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
        .AddValue("UNION", TypeKind.UNION, "Indicates this type is a union. `possibleTypes` is a valid field.")
        .AddValue("ENUM", TypeKind.ENUM, "Indicates this type is an enum. `enumValues` is a valid field.")
        .AddValue("INPUT_OBJECT", TypeKind.INPUT_OBJECT, "Indicates this type is an input object. `inputFields` is a valid field.")
        .AddValue("LIST", TypeKind.LIST, "Indicates this type is a list. `ofType` is a valid field.")
        .AddValue("NON_NULL", TypeKind.NON_NULL, "Indicates this type is a non-null. `ofType` is a valid field.");

    private static EnumType BuildDirectiveLocation()
    {
        var type = new EnumType("__DirectiveLocation")
        {
            Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
        };
        (DirectiveLocation Location, string Where)[] locations =
        [
            (DirectiveLocation.QUERY, "a query operation"), (DirectiveLocation.MUTATION, "a mutation operation"),
            (DirectiveLocation.SUBSCRIPTION, "a subscription operation"), (DirectiveLocation.FIELD, "a field"),
            (DirectiveLocation.FRAGMENT_DEFINITION, "a fragment definition"), (DirectiveLocation.FRAGMENT_SPREAD, "a fragment spread"),
            (DirectiveLocation.INLINE_FRAGMENT, "an inline fragment"), (DirectiveLocation.VARIABLE_DEFINITION, "a variable definition"),
            (DirectiveLocation.SCHEMA, "a schema definition"), (DirectiveLocation.SCALAR, "a scalar definition"),
            (DirectiveLocation.OBJECT, "an object type definition"), (DirectiveLocation.FIELD_DEFINITION, "a field definition"),
            (DirectiveLocation.ARGUMENT_DEFINITION, "an argument definition"), (DirectiveLocation.INTERFACE, "an interface definition"),
            (DirectiveLocation.UNION, "a union definition"), (DirectiveLocation.ENUM, "an enum definition"),
            (DirectiveLocation.ENUM_VALUE, "an enum value definition"), (DirectiveLocation.INPUT_OBJECT, "an input object type definition"),
            (DirectiveLocation.INPUT_FIELD_DEFINITION, "an input object field definition"),
        ];
        foreach (var (location, where) in locations) type.AddValue(location.ToString(), location, "Location adjacent to " + where + ".");
        return type;
    }

    public static TypeKind KindOf(IGraphQLType type) => type switch
    {
        ScalarType => TypeKind.SCALAR,
        ObjectType => TypeKind.OBJECT,
        InterfaceType => TypeKind.INTERFACE,
        UnionType => TypeKind.UNION,
        EnumType => TypeKind.ENUM,
        InputObjectType => TypeKind.INPUT_OBJECT,
        ListType => TypeKind.LIST,
        NonNullType => TypeKind.NON_NULL,
        _ => throw new ArgumentException($"Unexpected type: \"{type}\".", nameof(type)),
    };

    private static string? PrintDefault(InputValueDefinition value)
    {
        if (!value.HasDefaultValue) return null;
        var ast = AstFromValue.Convert(value.DefaultValue, value.Type);
        return ast is null ? null : ValuePrinter.Print(ast);
    }

    private static FieldDefinition Field(string name, IOutputType type, Func<IResolveFieldContext, object?> resolve, string? description = null) =>
        new(name, type) { Description = description, Resolver = c => new ValueTask<object?>(resolve(c)) };

    private static NonNullType ListOf(IGraphQLType item) => new(new ListType(new NonNullType(item)));

    private static T Src<T>(IResolveFieldContext c) => (T)c.Source!;

    private static InputValueDefinition IncludeDeprecatedArg() => new("includeDeprecated", Scalars.Boolean) { DefaultValue = false };

    private static bool IncludeDeprecated(IResolveFieldContext c) =>
        c.Arguments.TryGetValue("includeDeprecated", out var v) && v is true;

    private static IReadOnlyList<T> Filter<T>(DefinitionCollection<T> items, bool includeDeprecated, Func<T, bool> isDeprecated)
        where T : class, INamedDefinition
    {
        if (includeDeprecated) return items;
        var result = new List<T>(items.Count);
        foreach (var item in items)
            if (!isDeprecated(item)) result.Add(item);
        return result;
    }
}
