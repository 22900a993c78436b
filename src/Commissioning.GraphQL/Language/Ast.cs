namespace Commissioning.GraphQL.Language;

// The abstract syntax tree of spec §2 (executable documents) and §3 (type system documents).
// Node and property names follow graphql-js so that readers can move between the two.

public enum SyntaxKind
{
    Name, Document, OperationDefinition, VariableDefinition, SelectionSet, Field, Argument,
    FragmentSpread, InlineFragment, FragmentDefinition,
    Variable, IntValue, FloatValue, StringValue, BooleanValue, NullValue, EnumValue, ListValue, ObjectValue, ObjectField,
    Directive, NamedType, ListType, NonNullType,
    SchemaDefinition, OperationTypeDefinition, ScalarTypeDefinition, ObjectTypeDefinition, FieldDefinition,
    InputValueDefinition, InterfaceTypeDefinition, UnionTypeDefinition, EnumTypeDefinition, EnumValueDefinition,
    InputObjectTypeDefinition, DirectiveDefinition,
    SchemaExtension, ScalarTypeExtension, ObjectTypeExtension, InterfaceTypeExtension, UnionTypeExtension,
    EnumTypeExtension, InputObjectTypeExtension,
}

public enum OperationType { Query, Mutation, Subscription }

/// <summary>Spec §3.13 DirectiveLocation, executable and type-system locations.</summary>
public enum DirectiveLocation
{
    QUERY, MUTATION, SUBSCRIPTION, FIELD, FRAGMENT_DEFINITION, FRAGMENT_SPREAD, INLINE_FRAGMENT, VARIABLE_DEFINITION,
    SCHEMA, SCALAR, OBJECT, FIELD_DEFINITION, ARGUMENT_DEFINITION, INTERFACE, UNION, ENUM, ENUM_VALUE, INPUT_OBJECT,
    INPUT_FIELD_DEFINITION,
}

public abstract class SyntaxNode
{
    public abstract SyntaxKind Kind { get; }
    public Location? Location { get; init; }
}

public sealed class NameNode : SyntaxNode
{
    public NameNode() { }
    public NameNode(string value) => Value = value;
    public override SyntaxKind Kind => SyntaxKind.Name;
    public string Value { get; init; } = "";
    public override string ToString() => Value;
}

public sealed class DocumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Document;
    public required IReadOnlyList<DefinitionNode> Definitions { get; init; }
}

public abstract class DefinitionNode : SyntaxNode;

public abstract class ExecutableDefinitionNode : DefinitionNode
{
    /// <summary>Spec §2.2: operations and fragments may carry a documentation-only description.</summary>
    public StringValueNode? Description { get; init; }
    public NameNode? Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class OperationDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationDefinition;
    public required OperationType Operation { get; init; }
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

public sealed class VariableDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.VariableDefinition;
    public StringValueNode? Description { get; init; }
    public required VariableNode Variable { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SelectionSetNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.SelectionSet;
    public required IReadOnlyList<SelectionNode> Selections { get; init; }
}

public abstract class SelectionNode : SyntaxNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class FieldNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.Field;
    public NameNode? Alias { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
    public SelectionSetNode? SelectionSet { get; init; }
    /// <summary>The key this field has in the response: its alias, else its name.</summary>
    public string ResponseKey => (Alias ?? Name).Value;
}

public sealed class ArgumentNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Argument;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

public sealed class FragmentSpreadNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentSpread;
    public required NameNode Name { get; init; }
}

public sealed class InlineFragmentNode : SelectionNode
{
    public override SyntaxKind Kind => SyntaxKind.InlineFragment;
    public NamedTypeNode? TypeCondition { get; init; }
    public required SelectionSetNode SelectionSet { get; init; }
}

public sealed class FragmentDefinitionNode : ExecutableDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.FragmentDefinition;
    public required NamedTypeNode TypeCondition { get; init; }
    /// <summary>Legacy fragment variables (graphql-js experimental); always empty from our parser.</summary>
    public IReadOnlyList<VariableDefinitionNode> VariableDefinitions { get; init; } = [];
}

// ---- Values (spec §2.9) ----

public abstract class ValueNode : SyntaxNode;

public sealed class VariableNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
    public required NameNode Name { get; init; }
}

public sealed class IntValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
    /// <summary>The literal's text exactly as written (it may not fit any .NET integer).</summary>
    public required string Value { get; init; }
}

public sealed class FloatValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
    public required string Value { get; init; }
}

public sealed class StringValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
    /// <summary>The string's value after escapes and block-string indentation are processed.</summary>
    public required string Value { get; init; }
    public bool Block { get; init; }
}

public sealed class BooleanValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
    public required bool Value { get; init; }
}

public sealed class NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

public sealed class EnumValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
    public required string Value { get; init; }
}

public sealed class ListValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
    public required IReadOnlyList<ValueNode> Values { get; init; }
}

public sealed class ObjectValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
    public required IReadOnlyList<ObjectFieldNode> Fields { get; init; }
}

public sealed class ObjectFieldNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
    public required NameNode Name { get; init; }
    public required ValueNode Value { get; init; }
}

// ---- Directives and type references ----

public sealed class DirectiveNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Directive;
    public required NameNode Name { get; init; }
    public IReadOnlyList<ArgumentNode> Arguments { get; init; } = [];
}

public abstract class TypeNode : SyntaxNode;

public sealed class NamedTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NamedType;
    public required NameNode Name { get; init; }
}

public sealed class ListTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.ListType;
    public required TypeNode Type { get; init; }
}

public sealed class NonNullTypeNode : TypeNode
{
    public override SyntaxKind Kind => SyntaxKind.NonNullType;
    /// <summary>A named or list type; never another non-null type.</summary>
    public required TypeNode Type { get; init; }
}

// ---- Type system (spec §3) ----

public abstract class TypeSystemDefinitionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SchemaDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaDefinition;
    public StringValueNode? Description { get; init; }
    public required IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; }
}

public sealed class OperationTypeDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.OperationTypeDefinition;
    public required OperationType Operation { get; init; }
    public required NamedTypeNode Type { get; init; }
}

public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
}

public sealed class ScalarTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeDefinition;
}

public sealed class ObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class FieldDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.FieldDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    public required TypeNode Type { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.InputValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public required TypeNode Type { get; init; }
    public ValueNode? DefaultValue { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InterfaceTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeDefinition;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeDefinition;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class EnumValueDefinitionNode : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValueDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class InputObjectTypeDefinitionNode : TypeDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeDefinition;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}

public sealed class DirectiveDefinitionNode : TypeSystemDefinitionNode
{
    public override SyntaxKind Kind => SyntaxKind.DirectiveDefinition;
    public StringValueNode? Description { get; init; }
    public required NameNode Name { get; init; }
    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; init; } = [];
    public bool Repeatable { get; init; }
    public required IReadOnlyList<NameNode> Locations { get; init; }
}

// ---- Type system extensions (spec §3.2.2, §3.4.3, ...) ----

public abstract class TypeSystemExtensionNode : DefinitionNode
{
    public IReadOnlyList<DirectiveNode> Directives { get; init; } = [];
}

public sealed class SchemaExtensionNode : TypeSystemExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.SchemaExtension;
    public IReadOnlyList<OperationTypeDefinitionNode> OperationTypes { get; init; } = [];
}

public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    public required NameNode Name { get; init; }
}

public sealed class ScalarTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ScalarTypeExtension;
}

public sealed class ObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class InterfaceTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InterfaceTypeExtension;
    public IReadOnlyList<NamedTypeNode> Interfaces { get; init; } = [];
    public IReadOnlyList<FieldDefinitionNode> Fields { get; init; } = [];
}

public sealed class UnionTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.UnionTypeExtension;
    public IReadOnlyList<NamedTypeNode> Types { get; init; } = [];
}

public sealed class EnumTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumTypeExtension;
    public IReadOnlyList<EnumValueDefinitionNode> Values { get; init; } = [];
}

public sealed class InputObjectTypeExtensionNode : TypeExtensionNode
{
    public override SyntaxKind Kind => SyntaxKind.InputObjectTypeExtension;
    public IReadOnlyList<InputValueDefinitionNode> Fields { get; init; } = [];
}
