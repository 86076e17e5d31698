using System.Xml.Linq;
using Ams.Workflow.Engine.Model;

namespace Ams.Workflow.Engine.Parsing;

/// <summary>Reads a user task's separation of duties from its task headers; whether the named tasks exist is checked once the whole model is read.</summary>
internal static class SeparationReader
{
    public static SeparationOfDuties Read(XElement element, IReadOnlyDictionary<string, string> headers, ProblemList problems)
    {
        var tasks = headers.TryGetValue(SeparationOfDuties.SeparateFromHeader, out var list)
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList()
            : [];
        var fromRequester = false;
        if (headers.TryGetValue(SeparationOfDuties.SeparateFromRequesterHeader, out var flag) && !bool.TryParse(flag.Trim(), out fromRequester))
        {
            problems.Error(element, $"The task header '{SeparationOfDuties.SeparateFromRequesterHeader}' must be 'true' or 'false', not '{flag}'.");
        }

        string? variable = null;
        if (fromRequester)
        {
            variable = headers.TryGetValue(SeparationOfDuties.RequesterVariableHeader, out var named) ? named.Trim() : SeparationOfDuties.DefaultRequesterVariable;
            if (variable.Length == 0 || variable.StartsWith('='))
            {
                problems.Error(element, $"The task header '{SeparationOfDuties.RequesterVariableHeader}' must name a process variable (without '='), not '{named}'.");
            }
        }

        return tasks.Count == 0 && variable is null ? SeparationOfDuties.None : new SeparationOfDuties(tasks, variable);
    }
}
