using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads a context literal <c>{ a: 1, "b c": a + 1 }</c> for <see cref="FeelParser"/>; keys are unique and no entry may refer to an earlier one.</summary>
internal sealed class FeelContextParser(FeelParser parser, FeelTokenCursor tokens, FeelVariableReferences references)
{
    /// <summary>The context literal, with the cursor on its <c>{</c>.</summary>
    public FeelContextNode ParseContext()
    {
        var position = tokens.Advance().Position;
        var keys = new List<string>();
        var values = new List<FeelNode>();
        if (!tokens.Accept(FeelTokenKind.RightBrace))
        {
            do
            {
                var key = ParseContextKey(keys);
                tokens.Expect(FeelTokenKind.Colon, "':' after the context key");
                var firstReference = references.Count;
                values.Add(parser.ParseNested(position));
                references.RejectReferencesToEarlierEntries(key, keys, firstReference);
                keys.Add(key);
            }
            while (tokens.Accept(FeelTokenKind.Comma));
            tokens.Expect(FeelTokenKind.RightBrace, "',' or '}'");
        }

        return (FeelContextNode)FeelParser.Bounded(new FeelContextNode(position, [.. keys], [.. values]));
    }

    private string ParseContextKey(List<string> keys)
    {
        var token = tokens.Current;
        if (token.Kind is not (FeelTokenKind.Identifier or FeelTokenKind.String) && !token.IsKeyword)
        {
            throw tokens.Unexpected("a context key (a name or a string)");
        }

        if (keys.Contains(token.Text))
        {
            throw new FeelSyntaxException($"The context key '{token.Text}' at position {token.Position} appears twice.", token.Position);
        }

        tokens.Advance();
        return token.Text;
    }
}
