using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>
/// Hooks that give a schema built from SDL its runtime behaviour. SDL carries no code, and the types' resolvers
/// are fixed at construction, so they are asked for while the types are built.
/// </summary>
public sealed class BuildAstSchemaOptions
{
    /// <summary>The resolver of a field, by type name and field name; the default resolver when it returns null.</summary>
    public Func<string, string, FieldResolver?>? Resolver { get; init; }

    /// <summary>The type resolution of an interface or union, by its name.</summary>
    public Func<string, ResolveTypeFunc?>? ResolveType { get; init; }

    /// <summary>The <c>isTypeOf</c> check of an object type, by its name.</summary>
    public Func<string, IsTypeOfFunc?>? IsTypeOf { get; init; }
}

/// <summary>
/// Builds a <see cref="Schema"/> from a type system document, like graphql-js <c>buildASTSchema</c>: every type
/// kind, directive definitions (with <c>repeatable</c>), descriptions, default values, <c>@deprecated</c>,
/// <c>@specifiedBy</c>, <c>@oneOf</c>, a <c>schema { }</c> definition and type and schema extensions (§3.4.3,
/// §3.6.3 ...: extensions add fields, values, members and interfaces to the types they extend). Fields without a
/// resolver use the default resolver, so a JSON-like root value drives execution.
/// </summary>
public static class BuildAstSchema
{
    public static Schema Build(string sdl, BuildAstSchemaOptions? options = null) => Build(Parser.Parse(sdl), options);

    public static Schema Build(DocumentNode document, BuildAstSchemaOptions? options = null) =>
        new Builder(document, options ?? new BuildAstSchemaOptions()).Build();

    private sealed class Builder(DocumentNode document, BuildAstSchemaOptions options)
    {
        private readonly Dictionary<string, INamedType> _types = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<InputValueDefinitionNode>> _inputFields = new(StringComparer.Ordinal);
        private readonly HashSet<string> _filledInputs = new(StringComparer.Ordinal);

        private IEnumerable<DefinitionNode> Members<TDefinition, TExtension>() =>
            document.Definitions.Where(d => d is TDefinition or TExtension);

        public Schema Build()
        {
            foreach (var scalar in Scalars.Specified) _types[scalar.Name] = scalar;
            foreach (var node in Members<InputObjectTypeDefinitionNode, InputObjectTypeExtensionNode>())
            {
                var (name, fields) = node switch
                {
                    InputObjectTypeDefinitionNode d => (d.Name.Value, d.Fields),
                    InputObjectTypeExtensionNode e => (e.Name.Value, e.Fields),
                    _ => throw new NotSupportedException(node.Kind.ToString()),
                };
                if (!_inputFields.TryGetValue(name, out var list)) _inputFields[name] = list = [];
                list.AddRange(fields);
            }

            // Named types first, so that fields may refer to types defined later in the document.
            foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
            {
                // A document may restate a specified scalar; the built-in one serves, as in graphql-js.
                if (definition is ScalarTypeDefinitionNode && Scalars.Specified.Any(s => s.Name == definition.Name.Value)) continue;
                _types[definition.Name.Value] = Create(definition);
            }

            // Enums and input objects first, each input object after those its fields use: a default value
            // (an input object literal) can only be read once the fields it names exist.
            foreach (var node in Members<EnumTypeDefinitionNode, EnumTypeExtensionNode>()) Fill(node);
            foreach (var name in _inputFields.Keys.ToList()) FillInput(name);
            foreach (var node in document.Definitions.Where(d => d is not (EnumTypeDefinitionNode or EnumTypeExtensionNode))) Fill(node);

            var defined = document.Definitions.OfType<DirectiveDefinitionNode>().Select(Directive).ToList();
            var directives = Directives.Specified.Where(s => defined.All(d => d.Name != s.Name)).Concat(defined).ToList();

            var schemaDefinition = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault();
            var operationTypes = (schemaDefinition?.OperationTypes ?? [])
                .Concat(document.Definitions.OfType<SchemaExtensionNode>().SelectMany(e => e.OperationTypes))
                .ToDictionary(t => t.Operation, t => Named<ObjectType>(t.Type.Name.Value));
            // Without a schema definition the conventional names serve (§3.3.1) where no extension names a root.
            ObjectType? Root(OperationType operation, string defaultName) => operationTypes.GetValueOrDefault(operation)
                ?? (schemaDefinition is null ? _types.GetValueOrDefault(defaultName) as ObjectType : null);

            return new Schema(new SchemaOptions
            {
                Query = Root(OperationType.Query, "Query"),
                Mutation = Root(OperationType.Mutation, "Mutation"),
                Subscription = Root(OperationType.Subscription, "Subscription"),
                Types = _types.Values.Where(t => !Scalars.IsSpecified(t)).ToList(),
                Directives = directives,
                Description = schemaDefinition?.Description?.Value,
            });
        }

        private INamedType Create(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            return definition switch
            {
                ObjectTypeDefinitionNode o => new ObjectType(name) { Description = description, IsTypeOf = options.IsTypeOf?.Invoke(name), AstNode = o },
                InterfaceTypeDefinitionNode i => new InterfaceType(name) { Description = description, ResolveType = options.ResolveType?.Invoke(name), AstNode = i },
                UnionTypeDefinitionNode u => new UnionType(name) { Description = description, ResolveType = options.ResolveType?.Invoke(name), AstNode = u },
                EnumTypeDefinitionNode e => new EnumType(name) { Description = description, AstNode = e },
                InputObjectTypeDefinitionNode io => new InputObjectType(name)
                {
                    Description = description,
                    IsOneOf = definition.Directives.Any(d => d.Name.Value == Directives.OneOf.Name),
                    AstNode = io,
                },
                ScalarTypeDefinitionNode s => new ScalarType(name) { Description = description, SpecifiedByUrl = SpecifiedByUrl(s.Directives), AstNode = s },
                _ => throw new NotSupportedException(definition.Kind.ToString()),
            };
        }

        /// <summary>Adds the members a definition or extension lists to the type created for its name.</summary>
        private void Fill(SyntaxNode node)
        {
            switch (node)
            {
                case ObjectTypeDefinitionNode o: FillObject(o.Name.Value, o.Fields, o.Interfaces); break;
                case ObjectTypeExtensionNode o: FillObject(o.Name.Value, o.Fields, o.Interfaces); break;
                case InterfaceTypeDefinitionNode i: FillInterface(i.Name.Value, i.Fields, i.Interfaces); break;
                case InterfaceTypeExtensionNode i: FillInterface(i.Name.Value, i.Fields, i.Interfaces); break;
                case UnionTypeDefinitionNode u: FillUnion(u.Name.Value, u.Types); break;
                case UnionTypeExtensionNode u: FillUnion(u.Name.Value, u.Types); break;
                case EnumTypeDefinitionNode e: FillEnum(e.Name.Value, e.Values); break;
                case EnumTypeExtensionNode e: FillEnum(e.Name.Value, e.Values); break;
            }
        }

        private void FillObject(string name, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<NamedTypeNode> interfaces)
        {
            var type = Named<ObjectType>(name);
            foreach (var field in fields) type.AddField(Field(name, field));
            type.Implements(interfaces.Select(i => Named<InterfaceType>(i.Name.Value)).ToArray());
        }

        private void FillInterface(string name, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<NamedTypeNode> interfaces)
        {
            var type = Named<InterfaceType>(name);
            foreach (var field in fields) type.AddField(Field(name, field));
            type.Implements(interfaces.Select(i => Named<InterfaceType>(i.Name.Value)).ToArray());
        }

        private void FillUnion(string name, IReadOnlyList<NamedTypeNode> members)
        {
            var type = Named<UnionType>(name);
            foreach (var member in members) type.AddType(Named<ObjectType>(member.Name.Value));
        }

        private void FillEnum(string name, IReadOnlyList<EnumValueDefinitionNode> values)
        {
            var type = Named<EnumType>(name);
            foreach (var value in values)
            {
                type.AddValue(new EnumValueDefinition(value.Name.Value)
                {
                    Description = value.Description?.Value,
                    DeprecationReason = DeprecationReason(value.Directives),
                    AstNode = value,
                });
            }
        }

        /// <summary>Adds an input object's fields (definition and extensions), first filling the input objects they
        /// use; a cycle is cut where it closes, as a default cannot name fields of a type still being filled.</summary>
        private void FillInput(string name)
        {
            if (!_filledInputs.Add(name)) return;
            var fields = _inputFields[name];
            foreach (var used in fields.Select(f => NamedTypeOf(f.Type)).Where(_inputFields.ContainsKey)) FillInput(used);
            var type = Named<InputObjectType>(name);
            foreach (var field in fields) type.AddField(Input(field));
        }

        private static string NamedTypeOf(TypeNode node) => node switch
        {
            NamedTypeNode named => named.Name.Value,
            ListTypeNode list => NamedTypeOf(list.Type),
            NonNullTypeNode nonNull => NamedTypeOf(nonNull.Type),
            _ => throw new NotSupportedException(node.Kind.ToString()),
        };

        private DirectiveDefinition Directive(DirectiveDefinitionNode node)
        {
            var directive = new DirectiveDefinition(node.Name.Value, node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToArray())
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                AstNode = node,
            };
            foreach (var argument in node.Arguments) directive.AddArgument(Input(argument));
            return directive;
        }

        private FieldDefinition Field(string typeName, FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, (IOutputType)TypeOf(node.Type))
            {
                Description = node.Description?.Value,
                DeprecationReason = DeprecationReason(node.Directives),
                Resolver = options.Resolver?.Invoke(typeName, node.Name.Value),
                AstNode = node,
            };
            foreach (var argument in node.Arguments) field.AddArgument(Input(argument));
            CostDirectiveReader.Read(node.Directives, field.Metadata);
            return field;
        }

        private InputValueDefinition Input(InputValueDefinitionNode node)
        {
            var type = (IInputType)TypeOf(node.Type);
            var description = node.Description?.Value;
            var deprecationReason = DeprecationReason(node.Directives);
            // Only an argument or field that states a default has one: "no default" differs from a null default (§5.6.4).
            return node.DefaultValue is null
                ? new InputValueDefinition(node.Name.Value, type) { Description = description, DeprecationReason = deprecationReason, AstNode = node }
                : new InputValueDefinition(node.Name.Value, type)
                {
                    Description = description,
                    DeprecationReason = deprecationReason,
                    DefaultValue = ValueFromAst.Convert(node.DefaultValue, type),
                    AstNode = node,
                };
        }

        /// <summary>The type a name refers to, failing with graphql-js's wording when the document does not define it.</summary>
        private T Named<T>(string name) where T : class, INamedType
        {
            if (!_types.TryGetValue(name, out var type)) throw new InvalidOperationException($"Unknown type: \"{name}\".");
            return type as T ?? throw new InvalidOperationException($"Type \"{name}\" cannot be used where {typeof(T).Name} is required.");
        }

        private IGraphQLType TypeOf(TypeNode node) => node switch
        {
            NamedTypeNode named => Named<INamedType>(named.Name.Value),
            ListTypeNode list => new ListType(TypeOf(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
            _ => throw new NotSupportedException(node.Kind.ToString()),
        };
    }

    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == Directives.Deprecated.Name);
        if (deprecated is null) return null;
        return ArgumentString(deprecated, "reason") ?? Directives.DefaultDeprecationReason;
    }

    private static string? SpecifiedByUrl(IReadOnlyList<DirectiveNode> directives) =>
        directives.FirstOrDefault(d => d.Name.Value == Directives.SpecifiedBy.Name) is { } specifiedBy ? ArgumentString(specifiedBy, "url") : null;

    private static string? ArgumentString(DirectiveNode directive, string argument) =>
        directive.Arguments.FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode value ? value.Value : null;
}
