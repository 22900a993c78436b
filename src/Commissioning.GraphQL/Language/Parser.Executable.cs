namespace Commissioning.GraphQL.Language;

// Spec §2.2-§2.12: documents, operations, selections, fragments, values, variables, directives.
public sealed partial class Parser
{
    private DocumentNode ParseDocument()
    {
        var start = Current;
        var definitions = Many(TokenKind.SOF, static p => p.ParseDefinition(), TokenKind.EOF);
        return new DocumentNode { Definitions = definitions, Location = Loc(start) };
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL)) return ParseOperationDefinition();

        // Many definitions begin with a description, so the keyword may be one token ahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? _lexer.Lookahead() : Current;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
            throw Error(Current.Start, "Unexpected description, descriptions are not supported on shorthand queries.");

        if (keyword.Kind == TokenKind.Name)
        {
            switch (_lexer.GetText(keyword))
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
                case "extend" when hasDescription:
                    throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
                case "extend": return ParseTypeSystemExtension();
            }
            if (hasDescription)
                throw Error(Current.Start, "Unexpected description, only GraphQL definitions support descriptions.");
        }
        throw Unexpected(keyword);
    }

    // §2.3 OperationDefinition
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = Current;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode { Operation = OperationType.Query, SelectionSet = shorthand, Location = Loc(start) };
        }
        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variables = OptionalMany(TokenKind.ParenL, static p => p.ParseVariableDefinition(), TokenKind.ParenR);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode
        {
            Description = description, Operation = operation, Name = name, VariableDefinitions = variables,
            Directives = directives, SelectionSet = selectionSet, Location = Loc(start),
        };
    }

    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        if (IsText(token, "query")) return OperationType.Query;
        if (IsText(token, "mutation")) return OperationType.Mutation;
        if (IsText(token, "subscription")) return OperationType.Subscription;
        throw Unexpected(token);
    }

    // §2.10 VariableDefinition: Description? Variable : Type DefaultValue? Directives[Const]?
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode
        {
            Description = description, Variable = variable, Type = type, DefaultValue = defaultValue,
            Directives = directives, Location = Loc(start),
        };
    }

    private VariableNode ParseVariable()
    {
        var start = Current;
        ExpectToken(TokenKind.Dollar);
        return new VariableNode { Name = ParseName(), Location = Loc(start) };
    }

    // §2.4 SelectionSet
    private SelectionSetNode ParseSelectionSet()
    {
        var start = Current;
        EnterNesting();
        var selections = Many(TokenKind.BraceL, static p => p.ParseSelection(), TokenKind.BraceR);
        LeaveNesting();
        return new SelectionSetNode { Selections = selections, Location = Loc(start) };
    }

    private SelectionNode ParseSelection() => Peek(TokenKind.Spread) ? ParseFragment() : ParseField();

    // §2.5 Field: Alias? Name Arguments? Directives? SelectionSet?
    private FieldNode ParseField()
    {
        var start = Current;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }
        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode
        {
            Alias = alias, Name = name, Arguments = arguments, Directives = directives, SelectionSet = selectionSet,
            Location = Loc(start),
        };
    }

    // §2.6 Arguments
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst) => isConst
        ? OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: true), TokenKind.ParenR)
        : OptionalMany(TokenKind.ParenL, static p => p.ParseArgument(isConst: false), TokenKind.ParenR);

    private ArgumentNode ParseArgument(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ArgumentNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    // §2.8 FragmentSpread and InlineFragment
    private SelectionNode ParseFragment()
    {
        var start = Current;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            return new FragmentSpreadNode { Name = name, Directives = ParseDirectives(isConst: false), Location = Loc(start) };
        }
        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode
        {
            TypeCondition = typeCondition, Directives = directives, SelectionSet = selectionSet, Location = Loc(start),
        };
    }

    // §2.8 FragmentDefinition: Description? fragment FragmentName TypeCondition Directives? SelectionSet
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = Current;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode
        {
            Description = description, Name = name, TypeCondition = typeCondition, Directives = directives,
            SelectionSet = selectionSet, Location = Loc(start),
        };
    }

    // FragmentName: Name but not `on`. Like graphql-js, the check looks at any token's text.
    private NameNode ParseFragmentName()
    {
        if (Current.Kind is TokenKind.Name or TokenKind.String or TokenKind.BlockString && IsText(Current, "on"))
            throw Unexpected();
        return ParseName();
    }

    // §2.9 Value[Const]
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = Current;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                AdvanceLexer();
                return new IntValueNode { Value = _lexer.GetText(token), Location = Loc(token) };
            case TokenKind.Float:
                AdvanceLexer();
                return new FloatValueNode { Value = _lexer.GetText(token), Location = Loc(token) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                AdvanceLexer();
                if (IsText(token, "true")) return new BooleanValueNode { Value = true, Location = Loc(token) };
                if (IsText(token, "false")) return new BooleanValueNode { Value = false, Location = Loc(token) };
                if (IsText(token, "null")) return new NullValueNode { Location = Loc(token) };
                return new EnumValueNode { Value = _lexer.GetText(token), Location = Loc(token) };
            case TokenKind.Dollar:
                if (!isConst) return ParseVariable();
                ExpectToken(TokenKind.Dollar);
                if (Current.Kind == TokenKind.Name)
                    throw Error(token.Start, $"Unexpected variable \"${_lexer.GetText(Current)}\" in constant value.");
                throw Unexpected(token);
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = Current;
        AdvanceLexer();
        return new StringValueNode { Value = token.Value!, Block = token.Kind == TokenKind.BlockString, Location = Loc(token) };
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var values = isConst
            ? Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: true), TokenKind.BracketR)
            : Any(TokenKind.BracketL, static p => p.ParseValueLiteral(isConst: false), TokenKind.BracketR);
        LeaveNesting();
        return new ListValueNode { Values = values, Location = Loc(start) };
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = Current;
        EnterNesting();
        var fields = isConst
            ? Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: true), TokenKind.BraceR)
            : Any(TokenKind.BraceL, static p => p.ParseObjectField(isConst: false), TokenKind.BraceR);
        LeaveNesting();
        return new ObjectValueNode { Fields = fields, Location = Loc(start) };
    }

    private ObjectFieldNode ParseObjectField(bool isConst)
    {
        var start = Current;
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        return new ObjectFieldNode { Name = name, Value = ParseValueLiteral(isConst), Location = Loc(start) };
    }

    // §2.12 Directives[Const]
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At)) return [];
        var directives = new List<DirectiveNode>();
        while (Peek(TokenKind.At))
        {
            var start = Current;
            AdvanceLexer();
            var name = ParseName();
            directives.Add(new DirectiveNode { Name = name, Arguments = ParseArguments(isConst), Location = Loc(start) });
        }
        return directives;
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
