using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Validation;

/// <summary>
/// Builds a schema from SDL for validation tests, like graphql-js buildSchema: types, interfaces,
/// unions, enums, input objects (with <c>@oneOf</c>), custom scalars, directive definitions (with
/// <c>repeatable</c>), defaults, deprecations and a <c>schema { }</c> block. No resolvers: validation
/// never runs any.
/// </summary>
public static class ValidationSchemaBuilder
{
    public static Schema Build(string sdl)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var scalar in Scalars.Specified) types[scalar.Name] = scalar;

        // Named types first, so that fields may refer to types defined later in the SDL.
        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            types[name] = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name) { Description = description },
                InterfaceTypeDefinitionNode => new InterfaceType(name) { Description = description },
                UnionTypeDefinitionNode => new UnionType(name) { Description = description },
                EnumTypeDefinitionNode => new EnumType(name) { Description = description },
                InputObjectTypeDefinitionNode => new InputObjectType(name)
                {
                    Description = description,
                    IsOneOf = definition.Directives.Any(d => d.Name.Value == "oneOf"),
                },
                ScalarTypeDefinitionNode => new ScalarType(name) { Description = description },
                _ => throw new NotSupportedException(definition.Kind.ToString()),
            };
        }

        IGraphQLType TypeOf(TypeNode node) => node switch
        {
            NamedTypeNode named => types[named.Name.Value],
            ListTypeNode list => new ListType(TypeOf(list.Type)),
            NonNullTypeNode nonNull => new NonNullType(TypeOf(nonNull.Type)),
            _ => throw new NotSupportedException(node.Kind.ToString()),
        };

        InputValueDefinition Input(InputValueDefinitionNode node)
        {
            var type = (IInputType)TypeOf(node.Type);
            return node.DefaultValue is null
                ? new InputValueDefinition(node.Name.Value, type) { DeprecationReason = Deprecation(node.Directives) }
                : new InputValueDefinition(node.Name.Value, type)
                {
                    DeprecationReason = Deprecation(node.Directives),
                    DefaultValue = ValueFromAst.Convert(node.DefaultValue, type),
                };
        }

        FieldDefinition Field(FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, (IOutputType)TypeOf(node.Type)) { DeprecationReason = Deprecation(node.Directives) };
            foreach (var argument in node.Arguments) field.AddArgument(Input(argument));
            return field;
        }

        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var type = types[definition.Name.Value];
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    foreach (var f in o.Fields) ((ObjectType)type).AddField(Field(f));
                    ((ObjectType)type).Implements(o.Interfaces.Select(i => (InterfaceType)types[i.Name.Value]).ToArray());
                    break;
                case InterfaceTypeDefinitionNode i:
                    foreach (var f in i.Fields) ((InterfaceType)type).AddField(Field(f));
                    ((InterfaceType)type).Implements(i.Interfaces.Select(x => (InterfaceType)types[x.Name.Value]).ToArray());
                    break;
                case UnionTypeDefinitionNode u:
                    foreach (var member in u.Types) ((UnionType)type).AddType((ObjectType)types[member.Name.Value]);
                    break;
                case EnumTypeDefinitionNode e:
                    foreach (var value in e.Values) ((EnumType)type).AddValue(value.Name.Value, deprecationReason: Deprecation(value.Directives));
                    break;
                case InputObjectTypeDefinitionNode io:
                    foreach (var f in io.Fields) ((InputObjectType)type).AddField(Input(f));
                    break;
            }
        }

        var directives = new List<DirectiveDefinition>(Directives.Specified);
        foreach (var node in document.Definitions.OfType<DirectiveDefinitionNode>())
        {
            var directive = new DirectiveDefinition(node.Name.Value, node.Locations.Select(l => Enum.Parse<DirectiveLocation>(l.Value)).ToArray())
            {
                IsRepeatable = node.Repeatable,
            };
            foreach (var argument in node.Arguments) directive.AddArgument(Input(argument));
            directives.Add(directive);
        }

        var roots = document.Definitions.OfType<SchemaDefinitionNode>().FirstOrDefault()?.OperationTypes
            .ToDictionary(t => t.Operation, t => (ObjectType)types[t.Type.Name.Value]);
        ObjectType? Root(OperationType operation, string defaultName) =>
            roots is not null ? roots.GetValueOrDefault(operation) : types.GetValueOrDefault(defaultName) as ObjectType;

        return new Schema(new SchemaOptions
        {
            Query = Root(OperationType.Query, "Query"),
            Mutation = Root(OperationType.Mutation, "Mutation"),
            Subscription = Root(OperationType.Subscription, "Subscription"),
            Types = types.Values.Where(t => !Scalars.IsSpecified(t)).ToList(),
            Directives = directives,
        });
    }

    private static string? Deprecation(IReadOnlyList<DirectiveNode> directives)
    {
        var deprecated = directives.FirstOrDefault(d => d.Name.Value == "deprecated");
        if (deprecated is null) return null;
        return deprecated.Arguments.FirstOrDefault(a => a.Name.Value == "reason")?.Value is StringValueNode reason
            ? reason.Value
            : Directives.DefaultDeprecationReason;
    }
}
