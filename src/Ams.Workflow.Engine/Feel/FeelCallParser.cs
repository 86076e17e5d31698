using Ams.Workflow.Engine.Feel.Functions;
using Ams.Workflow.Engine.Feel.Nodes;

namespace Ams.Workflow.Engine.Feel;

/// <summary>Reads a call of a built-in function, with positional or named arguments, for <see cref="FeelParser"/>.</summary>
internal sealed class FeelCallParser(FeelParser parser, FeelTokenCursor tokens)
{
    /// <summary>The call of <paramref name="name"/>, with the cursor on its <c>(</c>; the function must exist and take that many arguments.</summary>
    public FeelNode ParseCall(string name, int position)
    {
        if (!FeelFunctionTable.TryGet(name, out var function))
        {
            throw new FeelSyntaxException(
                $"Unknown function '{name}' at position {position}: only {FeelFunctionTable.SupportedList} are supported.", position);
        }

        tokens.Expect(FeelTokenKind.LeftParenthesis, "'('");
        var arguments = new List<FeelNode>();
        Dictionary<string, FeelNode>? named = null;
        if (!tokens.Accept(FeelTokenKind.RightParenthesis))
        {
            do
            {
                if (FeelFunctionNameReader.TryReadParameterName(tokens) is { } parameter)
                {
                    named ??= new Dictionary<string, FeelNode>(StringComparer.Ordinal);
                    if (arguments.Count > 0 || !named.TryAdd(parameter.Name, parser.ParseNested(position)))
                    {
                        throw new FeelSyntaxException(
                            $"The argument '{parameter.Name}' at position {parameter.Position} is given twice, or after positional arguments.", parameter.Position);
                    }

                    continue;
                }

                if (named is not null)
                {
                    throw tokens.Unexpected("a named argument ('name: value') after named arguments");
                }

                arguments.Add(parser.ParseNested(position));
            }
            while (tokens.Accept(FeelTokenKind.Comma));
            tokens.Expect(FeelTokenKind.RightParenthesis, "',' or ')'");
        }

        if (named is not null)
        {
            arguments = FeelNamedArguments.InOrder(function, named, position);
        }

        if (!function.Accepts(arguments.Count))
        {
            throw new FeelSyntaxException(
                $"The function '{name}' at position {position} takes {function.DescribeArities()}, but {arguments.Count} {(arguments.Count == 1 ? "was" : "were")} given.",
                position);
        }

        return name == FeelFunctionTable.IsDefined
            ? FeelParser.Bounded(new FeelIsDefinedNode(position, arguments[0]))
            : FeelParser.Bounded(new FeelFunctionCallNode(position, function, [.. arguments]));
    }
}
