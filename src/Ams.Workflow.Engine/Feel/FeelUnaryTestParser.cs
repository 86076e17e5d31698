using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Reads unary tests for <see cref="FeelParser"/> as feel-scala does: <c>-</c> or nothing (any input),
/// <c>not(tests)</c>, or comma-separated positive tests, each a boolean literal, a comparison such as <c>&lt; 5</c>, or
/// an expression (a range, a value, a list, a condition on <c>?</c>).
/// </summary>
internal sealed class FeelUnaryTestParser(FeelParser parser, FeelTokenCursor tokens)
{
    public FeelUnaryTestsNode ParseRoot()
    {
        var first = tokens.Current;
        if (first.Kind == FeelTokenKind.End
            || (first.Kind == FeelTokenKind.Minus && tokens.Peek(1).Kind == FeelTokenKind.End))
        {
            tokens.Advance();
            return new FeelUnaryTestsNode(first.Position, [], negated: false);
        }

        var negated = first is { Kind: FeelTokenKind.Identifier, Text: "not" } && tokens.Peek(1).Kind == FeelTokenKind.LeftParenthesis;
        if (negated)
        {
            tokens.Advance();
            tokens.Advance();
        }

        var tests = new List<FeelNode> { ParsePositiveTest() };
        while (tokens.Accept(FeelTokenKind.Comma))
        {
            tests.Add(ParsePositiveTest());
        }

        if (negated)
        {
            tokens.Expect(FeelTokenKind.RightParenthesis, "',' or ')' closing 'not('");
        }

        if (tokens.Current.Kind != FeelTokenKind.End)
        {
            throw tokens.Unexpected(negated ? "the end of the unary tests after 'not(...)'" : "',' or the end of the unary tests");
        }

        return (FeelUnaryTestsNode)FeelParser.Bounded(new FeelUnaryTestsNode(first.Position, [.. tests], negated));
    }

    private FeelNode ParsePositiveTest()
    {
        var token = tokens.Current;
        if (token.Kind is FeelTokenKind.True or FeelTokenKind.False
            && tokens.Peek(1).Kind is FeelTokenKind.Comma or FeelTokenKind.End or FeelTokenKind.RightParenthesis)
        {
            tokens.Advance();
            return new FeelComparisonTestNode(
                token.Position, FeelComparisonOperator.Equal, new FeelLiteralNode(token.Position, FeelBooleans.Box(token.Kind == FeelTokenKind.True)));
        }

        if (FeelOperatorTokens.ComparisonOperator(token.Kind) is { } comparison)
        {
            tokens.Advance();
            return new FeelComparisonTestNode(token.Position, comparison, parser.ParseAdditive());
        }

        var readsBefore = parser.InputValueReads;
        var expression = parser.ParseNested(token.Position);
        return new FeelExpressionTestNode(expression, parser.InputValueReads > readsBefore);
    }
}
