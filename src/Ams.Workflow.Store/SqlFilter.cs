namespace Ams.Workflow.Store;

/// <summary>A WHERE clause built from optional filters, every value a parameter.</summary>
internal sealed class SqlFilter
{
    private readonly List<string> clauses = [];
    private readonly List<(string Name, object? Value)> parameters = [];

    /// <summary>Adds a condition with its parameters.</summary>
    public SqlFilter Where(string clause, params (string Name, object? Value)[] values)
    {
        clauses.Add(clause);
        parameters.AddRange(values);
        return this;
    }

    /// <summary>The statement: <paramref name="select"/>, the conditions joined by AND, then <paramref name="tail"/> with <c>@limit</c>.</summary>
    public (string Sql, (string Name, object? Value)[] Parameters) Build(string select, string tail, int limit) =>
        (select + (clauses.Count > 0 ? " WHERE " + string.Join(" AND ", clauses) : "") + " " + tail,
         [.. parameters, ("@limit", limit)]);
}
