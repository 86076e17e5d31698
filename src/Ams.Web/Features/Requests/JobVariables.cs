using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine.Runtime;
using System.Text.Json.Nodes;

namespace Ams.Web.Features.Requests;

/// <summary>Reads the product's variables off a job.</summary>
public static class JobVariables
{
    /// <summary>A variable as text, or null when missing or not a string.</summary>
    public static string? Text(JobRecord job, string name)
    {
        ArgumentNullException.ThrowIfNull(job);
        return job.Variables[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }

    /// <summary>The request the job's <c>requestId</c> names.</summary>
    public static async Task<HolderRequest?> FindRequestAsync(AmsDbContext db, JobRecord job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return Guid.TryParse(Text(job, "requestId"), out var id) ? await db.Requests.FindAsync([id], cancellationToken) : null;
    }
}
