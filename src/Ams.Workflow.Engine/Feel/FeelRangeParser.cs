using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>
/// Reads what follows <c>in</c> (unary tests such as <c>&gt; 3</c>, lists of them, ranges) and the end of a range
/// after its <c>..</c>, for <see cref="FeelParser"/>.
/// </summary>
internal sealed class FeelRangeParser(FeelParser parser, FeelTokenCursor tokens)
{
    /// <summary>The tests after <c>in</c>: one test, a parenthesised list of tests, or a range opened by <c>(</c>.</summary>
    public FeelNode[] ParseInCandidates()
    {
        var token = tokens.Current;
        if (token.Kind != FeelTokenKind.LeftParenthesis)
        {
            return [ParseInCandidate()];
        }

        tokens.Advance();
        parser.EnterNesting(token.Position);
        var candidates = new List<FeelNode> { ParseInCandidate() };
        if (candidates[0] is not FeelComparisonTestNode && tokens.Accept(FeelTokenKind.DotDot))
        {
            parser.LeaveNesting();
            return [ParseRangeEnd(token.Position, candidates[0], startIncluded: false)];
        }

        while (tokens.Accept(FeelTokenKind.Comma))
        {
            candidates.Add(ParseInCandidate());
        }

        tokens.Expect(FeelTokenKind.RightParenthesis, "',' or ')'");
        parser.LeaveNesting();
        return [.. candidates];
    }

    /// <summary>The end of a range after its <c>..</c>: the endpoint, then <c>]</c> (included), or <c>)</c> or <c>[</c> (excluded).</summary>
    public FeelNode ParseRangeEnd(int position, FeelNode start, bool startIncluded)
    {
        var end = parser.ParseNested(position);
        var closing = tokens.Current;
        if (closing.Kind is not (FeelTokenKind.RightBracket or FeelTokenKind.RightParenthesis or FeelTokenKind.LeftBracket))
        {
            throw tokens.Unexpected("']', ')' or '[' closing the range");
        }

        tokens.Advance();
        return FeelParser.Bounded(new FeelRangeNode(position, start, startIncluded, end, closing.Kind == FeelTokenKind.RightBracket));
    }

    /// <summary>One test after <c>in</c>: a unary comparison such as <c>&gt; 3</c>, or a value (a list, a range, anything else).</summary>
    private FeelNode ParseInCandidate()
    {
        var token = tokens.Current;
        if (FeelOperatorTokens.ComparisonOperator(token.Kind) is { } comparison)
        {
            tokens.Advance();
            return new FeelComparisonTestNode(token.Position, comparison, parser.ParseAdditive());
        }

        return parser.ParseAdditive();
    }
}
