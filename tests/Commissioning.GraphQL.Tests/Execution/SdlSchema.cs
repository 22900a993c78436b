using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Tests.Execution;

/// <summary>
/// Builds a schema from SDL for tests, like graphql-js buildSchema: fields without a listed resolver use
/// the default resolver, so a JSON-like root value (dictionaries and lists) drives execution, and the same
/// SDL, query and root value can be handed to graphql-js for comparison.
/// </summary>
public static class SdlSchema
{
    public static Schema Build(string sdl, IReadOnlyDictionary<string, FieldResolver>? resolvers = null,
        IReadOnlyDictionary<string, ResolveTypeFunc>? resolveTypes = null,
        IReadOnlyDictionary<string, IsTypeOfFunc>? isTypeOf = null)
    {
        var document = Parser.Parse(sdl);
        var types = new Dictionary<string, INamedType>(StringComparer.Ordinal);
        foreach (var scalar in Scalars.Specified) types[scalar.Name] = scalar;

        // Named types first, so fields may refer to types defined later in the SDL.
        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            var description = definition.Description?.Value;
            types[name] = definition switch
            {
                ObjectTypeDefinitionNode => new ObjectType(name) { Description = description, IsTypeOf = isTypeOf?.GetValueOrDefault(name) },
                InterfaceTypeDefinitionNode => new InterfaceType(name) { Description = description, ResolveType = resolveTypes?.GetValueOrDefault(name) },
                UnionTypeDefinitionNode => new UnionType(name) { Description = description, ResolveType = resolveTypes?.GetValueOrDefault(name) },
                EnumTypeDefinitionNode => new EnumType(name) { Description = description },
                InputObjectTypeDefinitionNode => new InputObjectType(name) { Description = description },
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
                ? new InputValueDefinition(node.Name.Value, type) { Description = node.Description?.Value }
                : new InputValueDefinition(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DefaultValue = ValueFromAst.Convert(node.DefaultValue, type),
                };
        }

        FieldDefinition Field(string typeName, FieldDefinitionNode node)
        {
            var field = new FieldDefinition(node.Name.Value, (IOutputType)TypeOf(node.Type))
            {
                Description = node.Description?.Value,
                Resolver = resolvers?.GetValueOrDefault(typeName + "." + node.Name.Value),
            };
            foreach (var argument in node.Arguments) field.AddArgument(Input(argument));
            return field;
        }

        foreach (var definition in document.Definitions.OfType<TypeDefinitionNode>())
        {
            var name = definition.Name.Value;
            switch (definition)
            {
                case ObjectTypeDefinitionNode o:
                    var objectType = (ObjectType)types[name];
                    foreach (var f in o.Fields) objectType.AddField(Field(name, f));
                    objectType.Implements(o.Interfaces.Select(i => (InterfaceType)types[i.Name.Value]).ToArray());
                    break;
                case InterfaceTypeDefinitionNode i:
                    var interfaceType = (InterfaceType)types[name];
                    foreach (var f in i.Fields) interfaceType.AddField(Field(name, f));
                    interfaceType.Implements(i.Interfaces.Select(x => (InterfaceType)types[x.Name.Value]).ToArray());
                    break;
                case UnionTypeDefinitionNode u:
                    foreach (var member in u.Types) ((UnionType)types[name]).AddType((ObjectType)types[member.Name.Value]);
                    break;
                case EnumTypeDefinitionNode e:
                    foreach (var value in e.Values) ((EnumType)types[name]).AddValue(value.Name.Value, description: value.Description?.Value);
                    break;
                case InputObjectTypeDefinitionNode io:
                    foreach (var f in io.Fields) ((InputObjectType)types[name]).AddField(Input(f));
                    break;
            }
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
        });
    }
}
