using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Types;

/// <summary>
/// The type system rules of spec §3 ("Type Validation" subsections of §3.6–§3.10 and §3.13), checked
/// in graphql-js validateSchema's order and reported with its wording.
/// </summary>
internal static class SchemaValidator
{
    public static void Validate(Schema schema, List<GraphQLError> errors)
    {
        ValidateRootTypes(schema, errors);
        ValidateDirectives(schema, errors);
        ValidateTypes(schema, errors);
    }

    private static void ValidateRootTypes(Schema schema, List<GraphQLError> errors)
    {
        // Root types are typed as ObjectType, so the "must be Object type" rules hold by construction.
        if (schema.QueryType is null) errors.Add(new GraphQLError("Query root type must be provided."));
    }

    private static void ValidateDirectives(Schema schema, List<GraphQLError> errors)
    {
        foreach (var directive in schema.Directives)
        {
            ValidateName(directive.Name, errors);
            if (directive.Locations.Count == 0)
                errors.Add(new GraphQLError($"Directive @{directive.Name} must include 1 or more locations."));
            foreach (var arg in directive.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!TypePredicates.IsInputType(arg.Type))
                    errors.Add(new GraphQLError($"The type of @{directive.Name}({arg.Name}:) must be Input Type but got: {arg.Type}."));
                if (TypePredicates.IsRequired(arg) && arg.DeprecationReason is not null)
                    errors.Add(new GraphQLError($"Required argument @{directive.Name}({arg.Name}:) cannot be deprecated."));
            }
        }
    }

    private static void ValidateName(string name, List<GraphQLError> errors)
    {
        if (name.Length == 0)
        {
            errors.Add(new GraphQLError("Expected name to be a non-empty string."));
            return;
        }
        if (!(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            errors.Add(new GraphQLError($"Names must start with [_a-zA-Z] but \"{name}\" does not."));
            return;
        }
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                errors.Add(new GraphQLError($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not."));
                return;
            }
        }
        if (name.StartsWith("__", StringComparison.Ordinal))
            errors.Add(new GraphQLError($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection."));
    }

    private static void ValidateTypes(Schema schema, List<GraphQLError> errors)
    {
        var cycles = new InputObjectCycleDetector(errors);
        foreach (var type in schema.Types.Count > 0 ? schema.Types : schema.TypeMap.Values.ToList())
        {
            if (!TypePredicates.IsIntrospectionType(type)) ValidateName(type.Name, errors);
            switch (type)
            {
                case ObjectType o:
                    ValidateFields(o, errors);
                    ValidateInterfaces(schema, o, errors);
                    break;
                case InterfaceType i:
                    ValidateFields(i, errors);
                    ValidateInterfaces(schema, i, errors);
                    break;
                case UnionType u:
                    ValidateUnionMembers(u, errors);
                    break;
                case EnumType e:
                    ValidateEnumValues(e, errors);
                    break;
                case InputObjectType io:
                    ValidateInputFields(io, errors);
                    cycles.Detect(io);
                    break;
            }
        }
    }

    private static void ValidateFields(IComplexType type, List<GraphQLError> errors)
    {
        if (type.Fields.Count == 0) errors.Add(new GraphQLError($"Type {type.Name} must define one or more fields."));
        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, errors);
            if (!TypePredicates.IsOutputType(field.Type))
                errors.Add(new GraphQLError($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}."));
            foreach (var arg in field.Arguments)
            {
                ValidateName(arg.Name, errors);
                if (!TypePredicates.IsInputType(arg.Type))
                    errors.Add(new GraphQLError($"The type of {type.Name}.{field.Name}({arg.Name}:) must be Input Type but got: {arg.Type}."));
                if (TypePredicates.IsRequired(arg) && arg.DeprecationReason is not null)
                    errors.Add(new GraphQLError($"Required argument {type.Name}.{field.Name}({arg.Name}:) cannot be deprecated."));
            }
        }
    }

    private static void ValidateInterfaces(Schema schema, IComplexType type, List<GraphQLError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                errors.Add(new GraphQLError($"Type {type.Name} cannot implement itself because it would create a circular reference."));
                continue;
            }
            if (!seen.Add(iface.Name))
            {
                errors.Add(new GraphQLError($"Type {type.Name} can only implement {iface.Name} once."));
                continue;
            }
            ValidateImplementsAncestors(type, iface, errors);
            ValidateImplementsInterface(schema, type, iface, errors);
        }
    }

    // §3.6.1 IsValidImplementation: every field of the interface, with a covariant type and the same arguments.
    private static void ValidateImplementsInterface(Schema schema, IComplexType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            if (!type.Fields.TryGetValue(fieldName, out var typeField))
            {
                errors.Add(new GraphQLError($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it."));
                continue;
            }
            if (!TypeComparators.IsTypeSubTypeOf(schema, typeField.Type, ifaceField.Type))
                errors.Add(new GraphQLError($"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}."));

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var argName = ifaceArg.Name;
                if (!typeField.Arguments.TryGetValue(argName, out var typeArg))
                {
                    errors.Add(new GraphQLError($"Interface field argument {iface.Name}.{fieldName}({argName}:) expected but {type.Name}.{fieldName} does not provide it."));
                    continue;
                }
                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                    errors.Add(new GraphQLError($"Interface field argument {iface.Name}.{fieldName}({argName}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({argName}:) is type {typeArg.Type}."));
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (!ifaceField.Arguments.Contains(typeArg.Name) && TypePredicates.IsRequired(typeArg))
                    errors.Add(new GraphQLError($"Object field {type.Name}.{fieldName} includes required argument {typeArg.Name} that is missing from the Interface field {iface.Name}.{fieldName}."));
            }
        }
    }

    // §3.7.2: a type implementing an interface also declares every interface that interface implements.
    private static void ValidateImplementsAncestors(IComplexType type, InterfaceType iface, List<GraphQLError> errors)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (Contains(type.Interfaces, transitive)) continue;
            errors.Add(new GraphQLError(ReferenceEquals(transitive, type)
                ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}."));
        }
    }

    private static bool Contains(IReadOnlyList<InterfaceType> list, InterfaceType item)
    {
        foreach (var i in list)
            if (ReferenceEquals(i, item)) return true;
        return false;
    }

    private static void ValidateUnionMembers(UnionType union, List<GraphQLError> errors)
    {
        if (union.Types.Count == 0) errors.Add(new GraphQLError($"Union type {union.Name} must define one or more member types."));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in union.Types)
        {
            if (!seen.Add(member.Name))
                errors.Add(new GraphQLError($"Union type {union.Name} can only include type {member.Name} once."));
        }
    }

    private static void ValidateEnumValues(EnumType enumType, List<GraphQLError> errors)
    {
        if (enumType.Values.Count == 0) errors.Add(new GraphQLError($"Enum type {enumType.Name} must define one or more values."));
        foreach (var value in enumType.Values)
        {
            ValidateName(value.Name, errors);
            if (value.Name is "true" or "false" or "null")
                errors.Add(new GraphQLError($"Enum values cannot be named: {value.Name}"));
        }
    }

    private static void ValidateInputFields(InputObjectType inputObj, List<GraphQLError> errors)
    {
        if (inputObj.Fields.Count == 0) errors.Add(new GraphQLError($"Input Object type {inputObj.Name} must define one or more fields."));
        foreach (var field in inputObj.Fields)
        {
            ValidateName(field.Name, errors);
            if (!TypePredicates.IsInputType(field.Type))
                errors.Add(new GraphQLError($"The type of {inputObj.Name}.{field.Name} must be Input Type but got: {field.Type}."));
            if (TypePredicates.IsRequired(field) && field.DeprecationReason is not null)
                errors.Add(new GraphQLError($"Required input field {inputObj.Name}.{field.Name} cannot be deprecated."));
            if (inputObj.IsOneOf)
            {
                // §3.10.1 OneOf input objects: every field nullable, none defaulted.
                if (field.Type is NonNullType)
                    errors.Add(new GraphQLError($"OneOf input field {inputObj.Name}.{field.Name} must be nullable."));
                if (field.HasDefaultValue)
                    errors.Add(new GraphQLError($"OneOf input field {inputObj.Name}.{field.Name} cannot have a default value."));
            }
        }
    }

    /// <summary>§3.10 "Circular References": a cycle of non-null input fields could never be satisfied.</summary>
    private sealed class InputObjectCycleDetector(List<GraphQLError> errors)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<InputValueDefinition> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(InputObjectType inputObj)
        {
            if (!_visited.Add(inputObj.Name)) return;
            _pathIndexByTypeName[inputObj.Name] = _fieldPath.Count;
            foreach (var field in inputObj.Fields)
            {
                if (field.Type is not NonNullType { OfType: InputObjectType fieldType }) continue;
                _fieldPath.Add(field);
                if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                {
                    Detect(fieldType);
                }
                else
                {
                    var pathStr = string.Join(".", _fieldPath.Skip(cycleIndex).Select(f => f.Name));
                    errors.Add(new GraphQLError($"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{pathStr}\"."));
                }
                _fieldPath.RemoveAt(_fieldPath.Count - 1);
            }
            _pathIndexByTypeName.Remove(inputObj.Name);
        }
    }
}
