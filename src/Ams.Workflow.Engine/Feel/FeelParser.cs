using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Recursive-descent parser for the FEEL subset. Precedence from loosest to tightest: <c>or</c>, <c>and</c>,
/// comparison / <c>between</c> / <c>in</c> (not chainable), <c>+ -</c>, <c>* /</c>, <c>**</c>, unary minus, member
/// access, filter and index.
/// </summary>
internal sealed class FeelParser
{
    private readonly FeelTokenCursor tokens;
    private readonly FeelVariableReferences references = new();
    private readonly FeelRangeParser ranges;
    private readonly FeelLoopParser loops;
    private readonly FeelCallParser calls;
    private readonly FeelContextParser contexts;
    private int nesting;

    // Set while parsing unary tests, where '?' stands for the input value.
    private bool allowsInputValue;

    // Set when the tree iterates (loops, quantifiers, filters, function literals): only then does an evaluation count steps.
    private bool iterates;

    private FeelParser(string source)
    {
        tokens = new FeelTokenCursor(FeelLexer.Tokenize(source));
        ranges = new FeelRangeParser(this, tokens);
        loops = new FeelLoopParser(this, tokens);
        calls = new FeelCallParser(this, tokens);
        contexts = new FeelContextParser(this, tokens, references);
    }

    public static FeelNode Parse(string source, out IReadOnlySet<string> rootVariables, out bool iterates)
    {
        var parser = new FeelParser(source);
        var root = parser.ParseRoot();
        rootVariables = parser.references.RootVariables;
        iterates = parser.iterates;
        return root;
    }

    /// <summary>Parses unary tests, a decision table's input entry (<c>&lt; 5</c>, <c>"a","b"</c>, <c>not([1..3])</c>, <c>-</c>).</summary>
    public static FeelUnaryTestsNode ParseUnaryTests(string source, out IReadOnlySet<string> rootVariables, out bool iterates)
    {
        var parser = new FeelParser(source) { allowsInputValue = true };
        var root = new FeelUnaryTestParser(parser, parser.tokens).ParseRoot();
        rootVariables = parser.references.RootVariables;
        iterates = parser.iterates;
        return root;
    }

    /// <summary>How many times the source read <c>?</c> so far: a unary test that reads it is a condition on the input.</summary>
    internal int InputValueReads { get; private set; }

    private FeelNode ParseRoot()
    {
        if (tokens.Current.Kind == FeelTokenKind.End)
        {
            throw new FeelSyntaxException("The expression is empty at position 0: a value was expected.", 0);
        }

        var root = ParseExpression();
        if (tokens.Current.Kind != FeelTokenKind.End)
        {
            throw tokens.Unexpected("an operator or the end of the expression");
        }

        return root;
    }

    /// <summary>Parses an expression nested inside the construct that starts at <paramref name="position"/>.</summary>
    internal FeelNode ParseNested(int position)
    {
        EnterNesting(position);
        var node = ParseExpression();
        nesting--;
        return node;
    }

    // Counting nesting before recursing keeps the parser's own stack bounded, whatever the input.
    internal void EnterNesting(int position)
    {
        if (++nesting > FeelLimits.MaxNestingDepth)
        {
            throw new FeelSyntaxException(
                $"The expression is nested more than {FeelLimits.MaxNestingDepth} levels deep at position {position}.", position);
        }
    }

    internal void LeaveNesting() => nesting--;

    internal void MarkIterating() => iterates = true;

    private FeelNode ParseExpression() => ParseDisjunction();

    private FeelNode ParseDisjunction()
    {
        var left = ParseConjunction();
        while (tokens.Accept(FeelTokenKind.Or))
        {
            left = Bounded(new FeelDisjunctionNode(left.Position, left, ParseConjunction()));
        }

        return left;
    }

    private FeelNode ParseConjunction()
    {
        var left = ParseComparison();
        while (tokens.Accept(FeelTokenKind.And))
        {
            left = Bounded(new FeelConjunctionNode(left.Position, left, ParseComparison()));
        }

        return left;
    }

    private FeelNode ParseComparison()
    {
        var left = ParseAdditive();
        FeelUnsupportedSyntax.RejectNameAfterOperand(tokens.Current);
        var token = tokens.Current;
        if (FeelKeywordNames.EndsOperand(token))
        {
            return left;
        }

        FeelNode node;
        if (FeelOperatorTokens.ComparisonOperator(token.Kind) is { } comparison)
        {
            tokens.Advance();
            node = new FeelComparisonNode(left.Position, comparison, left, ParseAdditive());
        }
        else if (tokens.Accept(FeelTokenKind.Between))
        {
            var low = ParseAdditive();
            tokens.Expect(FeelTokenKind.And, "'and' between the bounds of 'between'");
            node = new FeelBetweenNode(left.Position, left, low, ParseAdditive());
        }
        else if (tokens.Accept(FeelTokenKind.In))
        {
            node = new FeelInNode(left.Position, left, ranges.ParseInCandidates());
        }
        else
        {
            return left;
        }

        var next = tokens.Current;
        if (FeelOperatorTokens.ComparisonOperator(next.Kind) is not null || next.Kind is FeelTokenKind.Between or FeelTokenKind.In)
        {
            throw new FeelSyntaxException(
                $"Comparisons cannot be chained: unexpected '{next.Text}' at position {next.Position}; add parentheses.", next.Position);
        }

        FeelUnsupportedSyntax.RejectNameAfterOperand(tokens.Current);
        return Bounded(node);
    }

    internal FeelNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (tokens.Current.Kind is FeelTokenKind.Plus or FeelTokenKind.Minus)
        {
            var @operator = FeelOperatorTokens.ArithmeticOperator(tokens.Advance().Kind);
            left = Bounded(new FeelArithmeticNode(left.Position, @operator, left, ParseMultiplicative()));
        }

        return left;
    }

    private FeelNode ParseMultiplicative()
    {
        var left = ParsePower();
        while (tokens.Current.Kind is FeelTokenKind.Star or FeelTokenKind.Slash)
        {
            var @operator = FeelOperatorTokens.ArithmeticOperator(tokens.Advance().Kind);
            left = Bounded(new FeelArithmeticNode(left.Position, @operator, left, ParsePower()));
        }

        return left;
    }

    // Negation binds tighter than '**' in FEEL's grammar, so -2 ** 2 is 4.
    private FeelNode ParsePower()
    {
        var left = ParseUnary();
        while (tokens.Accept(FeelTokenKind.StarStar))
        {
            left = Bounded(new FeelArithmeticNode(left.Position, FeelArithmeticOperator.Power, left, ParseUnary()));
        }

        return left;
    }

    private FeelNode ParseUnary()
    {
        if (tokens.Current.Kind != FeelTokenKind.Minus)
        {
            return ParsePostfix();
        }

        var position = tokens.Advance().Position;
        EnterNesting(position);
        var operand = ParseUnary();
        nesting--;
        return operand is FeelLiteralNode { Value: decimal number }
            ? new FeelLiteralNode(position, -number)
            : new FeelNegationNode(position, operand);
    }

    private FeelNode ParsePostfix()
    {
        var node = ParsePrimary();
        while (true)
        {
            var token = tokens.Current;
            switch (token.Kind)
            {
                case FeelTokenKind.Dot:
                    tokens.Advance();
                    var member = tokens.Current;
                    if (member.Kind != FeelTokenKind.Identifier && !member.IsKeyword)
                    {
                        throw tokens.Unexpected("a member name after '.'");
                    }

                    tokens.Advance();
                    node = node is FeelVariableNode variable
                        ? variable.WithMember(member.Text)
                        : Bounded(new FeelMemberNode(node.Position, node, member.Text));
                    break;
                case FeelTokenKind.LeftBracket when !ClosesRange(tokens.Peek(1).Kind):
                    tokens.Advance();
                    iterates = true;
                    var filter = ParseNested(token.Position);
                    tokens.Expect(FeelTokenKind.RightBracket, "']' after the filter");
                    node = Bounded(new FeelFilterNode(node.Position, node, filter));
                    break;
                case FeelTokenKind.LeftParenthesis:
                    throw FeelUnsupportedSyntax.CallOfAValue(token);
                default:
                    return node;
            }
        }
    }

    private FeelNode ParsePrimary()
    {
        var token = tokens.Current;
        switch (token.Kind)
        {
            case FeelTokenKind.Number:
                tokens.Advance();
                return new FeelLiteralNode(token.Position, FeelNumberText.ParseLiteral(token));
            case FeelTokenKind.String:
                tokens.Advance();
                return new FeelLiteralNode(token.Position, token.Text);
            case FeelTokenKind.True:
            case FeelTokenKind.False:
                tokens.Advance();
                return new FeelLiteralNode(token.Position, FeelBooleans.Box(token.Kind == FeelTokenKind.True));
            case FeelTokenKind.Null:
                tokens.Advance();
                return new FeelLiteralNode(token.Position, null);
            case FeelTokenKind.LeftParenthesis:
                tokens.Advance();
                var inner = ParseNested(token.Position);
                if (tokens.Accept(FeelTokenKind.DotDot))
                {
                    return ranges.ParseRangeEnd(token.Position, inner, startIncluded: false);
                }

                tokens.Expect(FeelTokenKind.RightParenthesis, "')'");
                return inner;
            case FeelTokenKind.LeftBracket:
                return ParseList();
            case FeelTokenKind.RightBracket when StartsValue(tokens.Peek(1).Kind):
                tokens.Advance();
                var start = ParseNested(token.Position);
                tokens.Expect(FeelTokenKind.DotDot, "'..' in the range");
                return ranges.ParseRangeEnd(token.Position, start, startIncluded: false);
            case FeelTokenKind.LeftBrace:
                return contexts.ParseContext();
            case FeelTokenKind.If:
                return ParseIf();
            case FeelTokenKind.At:
                return ParseTemporalLiteral();
            case FeelTokenKind.Identifier:
                return ParseName();
            case FeelTokenKind.QuestionMark when allowsInputValue:
                tokens.Advance();
                InputValueReads++;
                return new FeelInputValueNode(token.Position);
            case FeelTokenKind.QuestionMark:
                throw new FeelSyntaxException(
                    $"'?' at position {token.Position} stands for the input value and is only allowed in unary tests (a decision table's input entries).",
                    token.Position);
            default:
                throw tokens.Unexpected("a value");
        }
    }

    /// <summary>A list literal <c>[a, b]</c>, or a range starting with <c>[</c> such as <c>[1..10]</c>.</summary>
    private FeelNode ParseList()
    {
        var position = tokens.Advance().Position;
        var items = new List<FeelNode>();
        if (!tokens.Accept(FeelTokenKind.RightBracket))
        {
            items.Add(ParseNested(position));
            if (tokens.Accept(FeelTokenKind.DotDot))
            {
                return ranges.ParseRangeEnd(position, items[0], startIncluded: true);
            }

            while (tokens.Accept(FeelTokenKind.Comma))
            {
                items.Add(ParseNested(position));
            }

            tokens.Expect(FeelTokenKind.RightBracket, "',' or ']'");
        }

        return Bounded(new FeelListNode(position, [.. items]));
    }

    private FeelIfNode ParseIf()
    {
        var position = tokens.Advance().Position;
        var condition = ParseNested(position);
        tokens.Expect(FeelTokenKind.Then, "'then'");
        var then = ParseNested(position);
        tokens.Expect(FeelTokenKind.Else, "'else'");
        var otherwise = ParseNested(position);
        return (FeelIfNode)Bounded(new FeelIfNode(position, condition, then, otherwise));
    }

    private FeelLiteralNode ParseTemporalLiteral()
    {
        var position = tokens.Advance().Position;
        var text = tokens.Expect(FeelTokenKind.String, "a string after '@'").Text;
        var value = (object?)FeelTemporalText.ParseDate(text) ?? FeelTemporalText.ParseDateTime(text) ?? FeelDurationText.Parse(text);
        return value is null
            ? throw new FeelSyntaxException(
                $"The literal at position {position} is not a valid date, date and time or duration.", position)
            : new FeelLiteralNode(position, value);
    }

    private FeelNode ParseName()
    {
        var token = tokens.Current;
        switch (token.Text)
        {
            case "for" when FeelKeywordNames.StartsIteration(tokens):
                return loops.ParseFor();
            case "some" or "every" when FeelKeywordNames.StartsIteration(tokens):
                return loops.ParseQuantified();
            case "function" when tokens.Peek(1).Kind == FeelTokenKind.LeftParenthesis:
                return ParseFunctionLiteral();
        }

        if (FeelFunctionNameReader.TryRead(tokens) is { } functionName)
        {
            return calls.ParseCall(functionName, token.Position);
        }

        tokens.Advance();
        references.Add(token.Text, token.Position);
        return new FeelVariableNode(token.Position, token.Text, []);
    }

    private FeelNode ParseFunctionLiteral()
    {
        var position = tokens.Advance().Position;
        iterates = true;
        tokens.Expect(FeelTokenKind.LeftParenthesis, "'('");
        var parameters = new List<string>();
        if (!tokens.Accept(FeelTokenKind.RightParenthesis))
        {
            do
            {
                parameters.Add(tokens.Expect(FeelTokenKind.Identifier, "a parameter name").Text);
            }
            while (tokens.Accept(FeelTokenKind.Comma));
            tokens.Expect(FeelTokenKind.RightParenthesis, "',' or ')'");
        }

        var body = ParseNested(position);
        return Bounded(new FeelFunctionLiteralNode(position, [.. parameters], body));
    }

    // In '[1..10[' the last '[' closes the range: a filter's '[' is always followed by a value.
    private static bool ClosesRange(FeelTokenKind next) =>
        next is FeelTokenKind.End or FeelTokenKind.Comma or FeelTokenKind.RightParenthesis or FeelTokenKind.RightBracket
            or FeelTokenKind.RightBrace or FeelTokenKind.Then or FeelTokenKind.Else or FeelTokenKind.And or FeelTokenKind.Or;

    // ']' opens a range only when a value follows it, so '[1, 2,]' is still refused at its ']'.
    private static bool StartsValue(FeelTokenKind kind) =>
        kind is FeelTokenKind.Number or FeelTokenKind.String or FeelTokenKind.Identifier or FeelTokenKind.Minus
            or FeelTokenKind.LeftParenthesis or FeelTokenKind.At or FeelTokenKind.Null;

    internal static FeelNode Bounded(FeelNode node) =>
        node.Depth > FeelLimits.MaxTreeDepth
            ? throw new FeelSyntaxException(
                $"The expression is too complex at position {node.Position}: more than {FeelLimits.MaxTreeDepth} operations are chained.",
                node.Position)
            : node;
}
