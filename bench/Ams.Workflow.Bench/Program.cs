using System.Globalization;
using Ams.Workflow.Bench;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Usage: dotnet run -c Release --project bench/Ams.Workflow.Bench -- [instances] [runs] [FULL|NORMAL|MEMORY ...]
// MEMORY runs the engine on its in-memory store: the engine's own CPU cost, with no file under it.
var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var modes = args.Length > 2 ? args[2..] : ["FULL", "NORMAL"];
var folder = Path.Combine(Path.GetTempPath(), "ams-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
Console.WriteLine($"Engine benchmark: {instances} instances per shape, median of {runs} runs, SQLite file in {folder}, {Environment.ProcessorCount} cores");

foreach (var sync in modes)
{
    var ceiling = sync == "MEMORY" ? double.PositiveInfinity
        : Median(Enumerable.Range(0, runs).Select(r => SqliteCeiling.TransactionsPerSecond(Path.Combine(folder, $"ceiling-{sync}-{r}.db"), sync, 5000)));
    Console.WriteLine();
    Console.WriteLine(sync == "MEMORY"
        ? "in-memory store (no SQLite): the engine's own cost"
        : string.Create(CultureInfo.InvariantCulture, $"synchronous={sync}: ceiling {ceiling:F0} plain transactions/s (comparable writes)"));
    await RunShapeAsync("(a) start -> service task -> end", BenchModels.OneTask, "one-task", ["work"], "work", false, null, null, sync, ceiling);
    await RunShapeAsync("(b) revocation shape", BenchModels.Revocation, "revocation-shape", ["mail", "enroll", "record"], "record", true, "enroll", "enrollment-completed", sync, ceiling);
}

Directory.Delete(folder, recursive: true);

async Task RunShapeAsync(string title, string xml, string processId, string[] jobTypes, string finalType, bool userTask, string? publishAfter, string? message, string sync, double ceiling)
{
    var results = new List<(double PerSecond, LatencyRecorder Latency, double Transactions)>();
    for (var run = 0; run < runs; run++)
    {
        var engine = new WorkflowEngine(await StoreAsync(Path.Combine(folder, $"{processId}-{sync}-{run}.db"), sync));
        var deployed = await engine.DeployAsync(xml, "bench");
        if (!deployed.Succeeded)
        {
            throw new InvalidOperationException(deployed.Problems[0].Message);
        }

        var latency = new LatencyRecorder();
        var elapsed = await new Pipeline(engine, latency).RunAsync(processId, instances, jobTypes, finalType, userTask, publishAfter, message);
        var writes = latency.Summary().Where(s => !s.Command.StartsWith("query", StringComparison.Ordinal)).Sum(s => s.Count);
        results.Add((instances / elapsed.TotalSeconds, latency, (double)writes / instances));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    var median = results.OrderBy(r => r.PerSecond).ElementAt(results.Count / 2);
    var allowed = ceiling / median.Transactions;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{title}: {median.PerSecond:F0} instances/s (runs: {string.Join(", ", results.Select(r => r.PerSecond.ToString("F0", CultureInfo.InvariantCulture)))}); "
        + $"{median.Transactions:F2} write transactions per instance; ceiling allows {allowed:F0}/s; engine reaches {100 * median.PerSecond / allowed:F0}% of it"));
    foreach (var (command, count, p50, p99) in median.Latency.Summary())
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {command,-36} n={count,7}  p50={p50,7:F3} ms  p99={p99,7:F3} ms"));
    }
}

static async Task<IWorkflowStore> StoreAsync(string path, string sync)
{
    if (sync == "MEMORY")
    {
        return new InMemoryWorkflowStore();
    }

    var contexts = Contexts(path, sync);
    await WorkflowDatabase.MigrateAsync(contexts);
    return new EfWorkflowStore(contexts);
}

static IDbContextFactory<WorkflowDbContext> Contexts(string path, string sync)
{
    var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
    WorkflowStoreServiceCollectionExtensions.ConfigureSqlite(builder, new WorkflowStoreOptions { ConnectionString = $"Data Source={path}", Synchronous = sync });
    return new PooledDbContextFactory<WorkflowDbContext>(builder.Options);
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}
