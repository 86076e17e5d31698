using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads the loops of FEEL, <c>for … in … return</c> and <c>some / every … in … satisfies</c>, for <see cref="FeelParser"/>.</summary>
internal sealed class FeelLoopParser(FeelParser parser, FeelTokenCursor tokens)
{
    /// <summary><c>for x in list return body</c>, with the cursor on <c>for</c>.</summary>
    public FeelNode ParseFor()
    {
        var position = tokens.Advance().Position;
        parser.MarkIterating();
        var iterations = ParseIterations(position);
        ExpectWord("return", "'return' after the lists of 'for'");
        var body = parser.ParseNested(position);
        return FeelParser.Bounded(new FeelForNode(position, iterations, body));
    }

    /// <summary><c>some x in list satisfies condition</c> (or <c>every</c>), with the cursor on the keyword.</summary>
    public FeelNode ParseQuantified()
    {
        var keyword = tokens.Advance();
        parser.MarkIterating();
        var iterations = ParseIterations(keyword.Position);
        ExpectWord("satisfies", $"'satisfies' after the lists of '{keyword.Text}'");
        var condition = parser.ParseNested(keyword.Position);
        return FeelParser.Bounded(new FeelQuantifiedNode(keyword.Position, keyword.Text == "every", iterations, condition));
    }

    /// <summary><c>x in list, y in 1..3</c>: each name, then a list, a range value or <c>a..b</c>.</summary>
    private FeelIteration[] ParseIterations(int position)
    {
        var iterations = new List<FeelIteration>();
        do
        {
            var name = tokens.Expect(FeelTokenKind.Identifier, "a name to iterate with").Text;
            tokens.Expect(FeelTokenKind.In, "'in'");
            var source = parser.ParseNested(position);
            var end = tokens.Accept(FeelTokenKind.DotDot) ? parser.ParseNested(position) : null;
            iterations.Add(new FeelIteration(name, source, end));
        }
        while (tokens.Accept(FeelTokenKind.Comma));
        return [.. iterations];
    }

    private void ExpectWord(string word, string expected)
    {
        if (tokens.Current.Kind != FeelTokenKind.Identifier || tokens.Current.Text != word)
        {
            throw tokens.Unexpected(expected);
        }

        tokens.Advance();
    }
}
