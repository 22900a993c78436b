namespace Commissioning.GraphQL.Language;

// Spec §3: type system definitions and extensions.
public sealed partial class Parser
{
    // §3.3 SchemaDefinition: Description? schema Directives[Const]? { RootOperationTypeDefinition+ }
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = Many(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        return new SchemaDefinitionNode
        {
            Description = description, Directives = directives, OperationTypes = operationTypes, Location = Loc(start),
        };
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = Current;
        var operation = ParseOperationType();
        ExpectToken(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode { Operation = operation, Type = type, Location = Loc(start) };
    }

    // §3.5 ScalarTypeDefinition
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    // §3.6 ObjectTypeDefinition
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode
        {
            Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields,
            Location = Loc(start),
        };
    }

    // ImplementsInterfaces: implements &? NamedType (& NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? DelimitedMany(TokenKind.Amp, static p => p.ParseNamedType()) : [];

    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    // FieldDefinition: Description? Name ArgumentsDefinition? : Type Directives[Const]?
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode
        {
            Description = description, Name = name, Arguments = arguments, Type = type, Directives = directives,
            Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        OptionalMany(TokenKind.ParenL, static p => p.ParseInputValueDefinition(), TokenKind.ParenR);

    // InputValueDefinition: Description? Name : Type DefaultValue? Directives[Const]?
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode
        {
            Description = description, Name = name, Type = type, DefaultValue = defaultValue, Directives = directives,
            Location = Loc(start),
        };
    }

    // §3.7 InterfaceTypeDefinition (interfaces may implement interfaces)
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode
        {
            Description = description, Name = name, Interfaces = interfaces, Directives = directives, Fields = fields,
            Location = Loc(start),
        };
    }

    // §3.8 UnionTypeDefinition
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives, Types = types, Location = Loc(start),
        };
    }

    // UnionMemberTypes: = |? NamedType (| NamedType)*
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.Equals) ? DelimitedMany(TokenKind.Pipe, static p => p.ParseNamedType()) : [];

    // §3.9 EnumTypeDefinition
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives, Values = values, Location = Loc(start),
        };
    }

    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        // EnumValue: Name but not true, false or null. Like graphql-js, the check looks at any token's text.
        if (Current.Kind is TokenKind.Name or TokenKind.String or TokenKind.BlockString && (IsText(Current, "true") || IsText(Current, "false") || IsText(Current, "null")))
            throw Error(Current.Start, $"{_lexer.Describe(Current)} is reserved and cannot be used for an enum value.");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode { Description = description, Name = name, Directives = directives, Location = Loc(start) };
    }

    // §3.10 InputObjectTypeDefinition
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode
        {
            Description = description, Name = name, Directives = directives, Fields = fields, Location = Loc(start),
        };
    }

    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        OptionalMany(TokenKind.BraceL, static p => p.ParseInputValueDefinition(), TokenKind.BraceR);

    // §3.13 DirectiveDefinition: Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = DelimitedMany(TokenKind.Pipe, static p => p.ParseDirectiveLocation());
        return new DirectiveDefinitionNode
        {
            Description = description, Name = name, Arguments = arguments, Repeatable = repeatable, Locations = locations,
            Location = Loc(start),
        };
    }

    private NameNode ParseDirectiveLocation()
    {
        var start = Current;
        var name = ParseName();
        // Names cannot start with a digit, so TryParse's acceptance of numbers never applies.
        if (Enum.TryParse<DirectiveLocation>(name.Value, ignoreCase: false, out _)) return name;
        throw Unexpected(start);
    }

    // §3.1.1 type system extensions: `extend` followed by the kind of definition it extends.
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = _lexer.Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetText(keyword))
            {
                case "schema": return ParseSchemaExtension();
                case "scalar": return ParseScalarTypeExtension();
                case "type": return ParseObjectTypeExtension();
                case "interface": return ParseInterfaceTypeExtension();
                case "union": return ParseUnionTypeExtension();
                case "enum": return ParseEnumTypeExtension();
                case "input": return ParseInputObjectTypeExtension();
            }
        }
        throw Unexpected(keyword);
    }

    private Token StartExtension(string keyword)
    {
        var start = Current;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        return start;
    }

    // An extension must add something: otherwise the token after it is unexpected.
    private void RequireContent(bool hasContent)
    {
        if (!hasContent) throw Unexpected();
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = StartExtension("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = OptionalMany(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        RequireContent(directives.Count > 0 || operationTypes.Count > 0);
        return new SchemaExtensionNode { Directives = directives, OperationTypes = operationTypes, Location = Loc(start) };
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = StartExtension("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        RequireContent(directives.Count > 0);
        return new ScalarTypeExtensionNode { Name = name, Directives = directives, Location = Loc(start) };
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = StartExtension("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireContent(interfaces.Count > 0 || directives.Count > 0 || fields.Count > 0);
        return new ObjectTypeExtensionNode
        {
            Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start),
        };
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = StartExtension("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        RequireContent(interfaces.Count > 0 || directives.Count > 0 || fields.Count > 0);
        return new InterfaceTypeExtensionNode
        {
            Name = name, Interfaces = interfaces, Directives = directives, Fields = fields, Location = Loc(start),
        };
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = StartExtension("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        RequireContent(directives.Count > 0 || types.Count > 0);
        return new UnionTypeExtensionNode { Name = name, Directives = directives, Types = types, Location = Loc(start) };
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = StartExtension("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        RequireContent(directives.Count > 0 || values.Count > 0);
        return new EnumTypeExtensionNode { Name = name, Directives = directives, Values = values, Location = Loc(start) };
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = StartExtension("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        RequireContent(directives.Count > 0 || fields.Count > 0);
        return new InputObjectTypeExtensionNode { Name = name, Directives = directives, Fields = fields, Location = Loc(start) };
    }
}
