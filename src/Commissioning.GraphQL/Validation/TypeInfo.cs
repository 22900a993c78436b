using Commissioning.GraphQL.Language;
using Commissioning.GraphQL.Types;
using Commissioning.GraphQL.Utilities;

namespace Commissioning.GraphQL.Validation;

/// <summary>
/// Tracks, while a document is walked, the schema element each node stands for: the output type and
/// parent composite type of a selection, the field and argument definitions, the expected input type of a
/// value and its default, the directive and the enum value. Every answer is null where the document
/// names something the schema lacks, so that rules report each problem once and otherwise stay quiet.
/// <para>
/// Call <see cref="Enter"/> before and <see cref="Leave"/> after visiting a node, or wrap a visitor with
/// <see cref="Visit"/>. The bookkeeping matches graphql-js's TypeInfo so rules behave the same.
/// </para>
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<IOutputType?> _typeStack = [];
    private readonly List<ICompositeType?> _parentTypeStack = [];
    private readonly List<IInputType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<StackedDefault> _defaultValueStack = [];

    public TypeInfo(Schema schema) => _schema = schema ?? throw new ArgumentNullException(nameof(schema));

    /// <summary>The output type of the current selection: the root type, a type condition, or a field's type.</summary>
    public IOutputType? Type => Top(_typeStack);

    /// <summary>The composite type whose selection set is being walked.</summary>
    public ICompositeType? ParentType => Top(_parentTypeStack);

    /// <summary>The type expected of the current value: variable, argument, list item or input field.</summary>
    public IInputType? InputType => Top(_inputTypeStack);

    /// <summary>The input type that contains the current value (a list or input object), if any.</summary>
    public IInputType? ParentInputType => _inputTypeStack.Count >= 2 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the current argument or input field has a default (list items never do).</summary>
    public bool HasDefaultValue => _defaultValueStack.Count > 0 && _defaultValueStack[^1].Has;

    /// <summary>The default (an internal value) of the current argument or input field, when <see cref="HasDefaultValue"/>.</summary>
    public object? DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1].Value : null;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    /// <summary>A visitor that keeps this instance in step with the walk and forwards each node to <paramref name="visitor"/>.</summary>
    public ISyntaxVisitor Visit(ISyntaxVisitor visitor) => new TypeInfoVisitor(this, visitor);

    public void Enter(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                _parentTypeStack.Add(TypePredicates.GetNamedType(Type) as ICompositeType);
                break;
            case FieldNode field:
                var fieldDef = ParentType is { } parent ? GetFieldDef(_schema, parent, field.Name.Value) : null;
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                _typeStack.Add(AsOutputType(inline.TypeCondition is { } condition
                    ? TypeFromAst.Convert(_schema, condition)
                    : TypePredicates.GetNamedType(Type)));
                break;
            case FragmentDefinitionNode fragment:
                _typeStack.Add(AsOutputType(TypeFromAst.Convert(_schema, fragment.TypeCondition)));
                break;
            case VariableDefinitionNode variable:
                _inputTypeStack.Add(AsInputType(TypeFromAst.Convert(_schema, variable.Type)));
                break;
            case ArgumentNode argument:
                var arguments = Directive?.Arguments ?? FieldDef?.Arguments;
                var argDef = arguments?[argument.Name.Value];
                Argument = argDef;
                _defaultValueStack.Add(DefaultValueOf(argDef));
                _inputTypeStack.Add(argDef?.Type);
                break;
            case ListValueNode:
                var listType = InputType is { } input ? TypePredicates.GetNullableType(input) : null;
                var itemType = listType is ListType list ? list.OfType : listType;
                // List positions never have a default value.
                _defaultValueStack.Add(default);
                _inputTypeStack.Add(AsInputType(itemType));
                break;
            case ObjectFieldNode objectField:
                var inputField = TypePredicates.GetNamedType(InputType) is InputObjectType inputObject
                    ? inputObject.Fields[objectField.Name.Value]
                    : null;
                _defaultValueStack.Add(DefaultValueOf(inputField));
                _inputTypeStack.Add(inputField?.Type);
                break;
            case EnumValueNode enumValue:
                EnumValue = TypePredicates.GetNamedType(InputType) is EnumType enumType ? enumType.Values[enumValue.Value] : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node)
        {
            case SelectionSetNode:
                Pop(_parentTypeStack);
                break;
            case FieldNode:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case DirectiveNode:
                Directive = null;
                break;
            case OperationDefinitionNode or InlineFragmentNode or FragmentDefinitionNode:
                Pop(_typeStack);
                break;
            case VariableDefinitionNode:
                Pop(_inputTypeStack);
                break;
            case ArgumentNode:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case ListValueNode or ObjectFieldNode:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case EnumValueNode:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on <paramref name="parentType"/>. Unlike execution, validation
    /// also sees interfaces and unions, and the meta-fields of §4.1 are found here: <c>__schema</c> and
    /// <c>__type</c> on the query root only, <c>__typename</c> on every composite type.
    /// </summary>
    public static FieldDefinition? GetFieldDef(Schema schema, ICompositeType parentType, string name)
    {
        if (name == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            return Introspection.SchemaMetaField;
        if (name == Introspection.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            return Introspection.TypeMetaField;
        if (name == Introspection.TypeNameMetaField.Name) return Introspection.TypeNameMetaField;
        return parentType is IComplexType complex ? complex.Fields[name] : null;
    }

    private static StackedDefault DefaultValueOf(InputValueDefinition? definition) =>
        definition is { HasDefaultValue: true } ? new StackedDefault(true, definition.DefaultValue) : default;

    private static IOutputType? AsOutputType(IGraphQLType? type) => TypePredicates.IsOutputType(type) ? type as IOutputType : null;

    private static IInputType? AsInputType(IGraphQLType? type) => TypePredicates.IsInputType(type) ? type as IInputType : null;

    private static T? Top<T>(List<T?> stack) => stack.Count > 0 ? stack[^1] : default;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0) stack.RemoveAt(stack.Count - 1);
    }

    private readonly record struct StackedDefault(bool Has, object? Value);

    // graphql-js visitWithTypeInfo: the type info enters before the visitor and leaves after it; a visitor
    // that skips a node still gets the type info's Leave, as the walker will not come back to it.
    private sealed class TypeInfoVisitor(TypeInfo typeInfo, ISyntaxVisitor visitor) : ISyntaxVisitor
    {
        public VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            typeInfo.Enter(node);
            var action = visitor.Enter(node, ancestors);
            if (action == VisitorAction.Skip) typeInfo.Leave(node);
            return action;
        }

        public VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            var action = visitor.Leave(node, ancestors);
            typeInfo.Leave(node);
            return action;
        }
    }
}
