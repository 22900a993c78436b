using Commissioning.GraphQL.Errors;
using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;

namespace Commissioning.GraphQL.Utilities;

/// <summary>The outcome of variable coercion: the coerced values, or every error found.</summary>
public sealed record VariableValuesResult(IReadOnlyDictionary<string, object?>? Coerced, IReadOnlyList<GraphQLError> Errors)
{
    public bool HasErrors => Errors.Count > 0;
}

/// <summary>Variable (spec §6.1.2), argument (§6.4.1) and directive argument coercion, with graphql-js's messages.</summary>
public static class ExecutionValues
{
    /// <summary>CoerceVariableValues: collects up to <paramref name="maxErrors"/> errors before giving up.</summary>
    public static VariableValuesResult CoerceVariableValues(Schema schema, IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs, int maxErrors = 50)
    {
        var errors = new List<GraphQLError>();
        var coerced = new Dictionary<string, object?>(StringComparer.Ordinal);
        inputs ??= new Dictionary<string, object?>();
        try
        {
            foreach (var definition in definitions)
            {
                var name = definition.Variable.Name.Value;
                var type = TypeFromAst.Convert(schema, definition.Type);
                if (type is not IInputType inputType || !TypePredicates.IsInputType(type))
                {
                    Report(new GraphQLError($"Variable \"${name}\" expected value of type \"{ValuePrinter.Print(definition.Type)}\" which cannot be used as an input type.", [definition.Type]));
                    continue;
                }
                if (!inputs.TryGetValue(name, out var value))
                {
                    if (definition.DefaultValue is not null)
                        coerced[name] = ValueFromAst.Convert(definition.DefaultValue, inputType);
                    else if (type is NonNullType)
                        Report(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                    continue;
                }
                if (value is null && type is NonNullType)
                {
                    Report(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                    continue;
                }
                coerced[name] = ValueCoercion.CoerceInputValue(value, inputType, (path, invalid, error) =>
                {
                    var prefix = $"Variable \"${name}\" got invalid value {Inspector.Inspect(invalid)}";
                    if (path.Count > 0) prefix += $" at \"{name}{ValueCoercion.PrintPath(path)}\"";
                    Report(new GraphQLError(prefix + "; " + error.Message, [definition], extensions: error.Extensions, innerException: error));
                });
            }
        }
        catch (TooManyErrors)
        {
            errors.Add(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
        }
        return errors.Count == 0 ? new VariableValuesResult(coerced, []) : new VariableValuesResult(null, errors);

        void Report(GraphQLError error)
        {
            if (errors.Count >= maxErrors) throw new TooManyErrors();
            errors.Add(error);
        }
    }

    /// <summary>
    /// CoerceArgumentValues (§6.4.1) for a field or directive. <paramref name="node"/> is the field or
    /// directive node (used for error locations). Throws a <see cref="GraphQLError"/> on the first invalid argument.
    /// </summary>
    public static IReadOnlyDictionary<string, object?> CoerceArgumentValues(DefinitionCollection<InputValueDefinition> definitions,
        SyntaxNode node, IReadOnlyList<ArgumentNode> argumentNodes, IReadOnlyDictionary<string, object?>? variableValues)
    {
        if (definitions.Count == 0) return EmptyArguments;
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions.AsSpan())
        {
            var name = definition.Name;
            var type = definition.Type;
            var argumentNode = Find(argumentNodes, name);
            if (argumentNode is null)
            {
                if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                else if (type is NonNullType)
                    throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was not provided.", [node]);
                continue;
            }
            var valueNode = argumentNode.Value;
            var isNull = valueNode is NullValueNode;
            if (valueNode is VariableNode variable)
            {
                var variableName = variable.Name.Value;
                if (variableValues is null || !variableValues.TryGetValue(variableName, out var variableValue))
                {
                    if (definition.HasDefaultValue) coerced[name] = definition.DefaultValue;
                    else if (type is NonNullType)
                        throw new GraphQLError($"Argument \"{name}\" of required type \"{type}\" was provided the variable \"${variableName}\" which was not provided a runtime value.", [valueNode]);
                    continue;
                }
                isNull = variableValue is null;
            }
            if (isNull && type is NonNullType)
                throw new GraphQLError($"Argument \"{name}\" of non-null type \"{type}\" must not be null.", [valueNode]);
            var value = ValueFromAst.Convert(valueNode, type, variableValues);
            if (ReferenceEquals(value, ValueFromAst.Invalid))
                throw new GraphQLError($"Argument \"{name}\" has invalid value {ValuePrinter.Print(valueNode)}.", [valueNode]);
            coerced[name] = value;
        }
        return coerced;
    }

    /// <summary>The arguments of <paramref name="directive"/> where it is applied among <paramref name="directives"/>; null when it is not applied.</summary>
    public static IReadOnlyDictionary<string, object?>? GetDirectiveValues(DirectiveDefinition directive,
        IReadOnlyList<DirectiveNode> directives, IReadOnlyDictionary<string, object?>? variableValues)
    {
        foreach (var node in directives)
        {
            if (node.Name.Value == directive.Name)
                return CoerceArgumentValues(directive.Arguments, node, node.Arguments, variableValues);
        }
        return null;
    }

    private static readonly IReadOnlyDictionary<string, object?> EmptyArguments = new Dictionary<string, object?>();

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> nodes, string name)
    {
        for (var i = 0; i < nodes.Count; i++)
            if (nodes[i].Name.Value == name) return nodes[i];
        return null;
    }

    private sealed class TooManyErrors : Exception;
}
