using System.Globalization;
using Ams.Workflow.Bench;
using Ams.Workflow.Engine;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

// Usage: dotnet run -c Release --project bench/Ams.Workflow.Bench -- [instances] [runs] [FULL|NORMAL|MEMORY|POSTGRES|POSTGRES2 ...]
// MEMORY runs the engine on its in-memory store: the engine's own CPU cost, with no file under it.
// POSTGRES runs one node on a PostgreSQL cluster the bench starts itself (Debian's postgresql, default durability);
// POSTGRES2 runs two nodes (two engines with their own stores and group commits, in this process) on that database.
// AMS_BENCH_SHAPES=ab runs only the shapes it names (all three by default), e.g. to profile one shape alone.
var instances = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var modes = args.Length > 2 ? args[2..] : ["FULL", "NORMAL"];
var shapes = Environment.GetEnvironmentVariable("AMS_BENCH_SHAPES") ?? "abc";
var folder = Path.Combine(Path.GetTempPath(), "ams-bench", Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
Console.WriteLine($"Engine benchmark: {instances} instances per shape, median of {runs} runs, SQLite file in {folder}, {Environment.ProcessorCount} cores");
var postgres = modes.Any(m => m.StartsWith("POSTGRES", StringComparison.Ordinal))
    ? Ams.Testing.PostgresCluster.Start(durable: true) ?? throw new InvalidOperationException("PostgreSQL's server programs are not installed (apt-get install postgresql).")
    : null;

foreach (var mode in modes)
{
    var ceiling = mode switch
    {
        "MEMORY" => double.PositiveInfinity,
        "POSTGRES" or "POSTGRES2" => Median(Enumerable.Range(0, runs).Select(_ => TransactionCeiling.OnPostgres(postgres!.CreateDatabase(), 5000))),
        _ => Median(Enumerable.Range(0, runs).Select(r => TransactionCeiling.OnSqlite(Path.Combine(folder, $"ceiling-{mode}-{r}.db"), mode, 5000))),
    };
    Console.WriteLine();
    Console.WriteLine(mode switch
    {
        "MEMORY" => "in-memory store (no database): the engine's own cost",
        "POSTGRES" or "POSTGRES2" => string.Create(CultureInfo.InvariantCulture,
            $"PostgreSQL, {(mode == "POSTGRES2" ? "two nodes" : "one node")}: ceiling {ceiling:F0} plain transactions/s on one connection (comparable writes)"),
        _ => string.Create(CultureInfo.InvariantCulture, $"SQLite synchronous={mode}: ceiling {ceiling:F0} plain transactions/s (comparable writes)"),
    });
    if (shapes.Contains('a', StringComparison.Ordinal))
    {
        await RunShapeAsync("(a) start -> service task -> end", BenchModels.OneTask, "one-task", ["work"], "work", false, null, null, mode, ceiling);
    }

    if (shapes.Contains('b', StringComparison.Ordinal))
    {
        await RunShapeAsync("(b) revocation shape", BenchModels.Revocation, "revocation-shape", ["mail", "enroll", "record"], "record", true, "enroll", "enrollment-completed", mode, ceiling);
    }

    if (shapes.Contains('c', StringComparison.Ordinal))
    {
        await RunShapeAsync($"(c) parallel multi-instance of {BenchModels.MultiInstanceItems} service tasks", BenchModels.MultiInstance, "multi-instance", ["item"], "item", false, null, null, mode, ceiling,
            BenchModels.MultiInstanceItems);
    }
}

postgres?.Stop();
Directory.Delete(folder, recursive: true);

async Task RunShapeAsync(
    string title, string xml, string processId, string[] jobTypes, string finalType, bool userTask, string? publishAfter, string? message, string sync, double ceiling, int finalJobsPerInstance = 1)
{
    var results = new List<(double PerSecond, LatencyRecorder Latency, double Transactions, double CpuMs, double AllocatedKb, double WrittenKb)>();
    // Run -1 warms up and is not counted: the runtime's tiered compilation still recompiles the hot paths during the
    // first seconds, on one of the two cores the engine and the database share.
    for (var run = -1; run < runs; run++)
    {
        var engines = await EnginesAsync(Path.Combine(folder, $"{processId}-{sync}-{run + 1}.db"), sync);
        var deployed = await engines[0].DeployAsync(xml, "bench");
        if (!deployed.Succeeded)
        {
            throw new InvalidOperationException(deployed.Problems[0].Message);
        }

        await JitQuietAsync();
        var latency = new LatencyRecorder();
        var cpuBefore = Environment.CpuUsage.TotalTime;
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var writtenBefore = WrittenBytes();
        var elapsed = await new Pipeline(engines, latency).RunAsync(processId, instances, jobTypes, finalType, userTask, publishAfter, message, finalJobsPerInstance);
        var writes = latency.Summary().Where(s => !s.Command.StartsWith("query", StringComparison.Ordinal)).Sum(s => s.Count);
        if (run >= 0)
        {
            results.Add((instances / elapsed.TotalSeconds, latency, (double)writes / instances, (Environment.CpuUsage.TotalTime - cpuBefore).TotalMilliseconds / instances,
                (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / instances, (WrittenBytes() - writtenBefore) / 1024.0 / instances));
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    var median = results.OrderBy(r => r.PerSecond).ElementAt(results.Count / 2);
    var allowed = ceiling / median.Transactions;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{title}: {median.PerSecond:F0} instances/s (runs: {string.Join(", ", results.Select(r => r.PerSecond.ToString("F0", CultureInfo.InvariantCulture)))}); "
        + $"{median.Transactions:F2} write transactions per instance; CPU {Median(results.Select(r => r.CpuMs)):F3} ms per instance (runs: {string.Join(", ", results.Select(r => r.CpuMs.ToString("F3", CultureInfo.InvariantCulture)))}); "
        + $"{Median(results.Select(r => r.AllocatedKb)):F0} KB allocated and {Median(results.Select(r => r.WrittenKb)):F1} KB written to files per instance; "
        + $"ceiling allows {allowed:F0}/s; engine reaches {100 * median.PerSecond / allowed:F0}% of it"));
    foreach (var (command, count, p50, p99) in median.Latency.Summary())
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {command,-36} n={count,7}  p50={p50,7:F3} ms  p99={p99,7:F3} ms"));
    }
}

async Task<IReadOnlyList<WorkflowEngine>> EnginesAsync(string path, string mode)
{
    if (mode == "MEMORY")
    {
        return [new WorkflowEngine(new InMemoryWorkflowStore())];
    }

    if (mode is "POSTGRES" or "POSTGRES2")
    {
        var database = postgres!.CreateDatabase();
        await WorkflowDatabase.MigrateAsync(Contexts(DatabaseProvider.Postgres, database, "FULL"));
        // Each node is its own connection string (its own pool and group commit), as separate processes would have.
        return Enumerable.Range(1, mode == "POSTGRES2" ? 2 : 1)
            .Select(node => new WorkflowEngine(new EfWorkflowStore(Contexts(DatabaseProvider.Postgres, $"{database};Application Name=node{node}", "FULL"))))
            .ToList();
    }

    var contexts = Contexts(DatabaseProvider.Sqlite, $"Data Source={path}", mode);
    await WorkflowDatabase.MigrateAsync(contexts);
    return [new WorkflowEngine(new EfWorkflowStore(contexts))];
}

static IDbContextFactory<WorkflowDbContext> Contexts(DatabaseProvider provider, string connectionString, string sync)
{
    var builder = new DbContextOptionsBuilder<WorkflowDbContext>();
    WorkflowStoreServiceCollectionExtensions.Configure(builder, new WorkflowStoreOptions { Provider = provider, ConnectionString = connectionString, Synchronous = sync });
    return new PooledDbContextFactory<WorkflowDbContext>(builder.Options);
}

// Setting up a run (a new database, its migrations, EF Core's model) makes the runtime compile and recompile code in
// the background; waiting until that has stopped keeps it from taking a core from the timed run that follows.
static async Task JitQuietAsync()
{
    var compiled = System.Runtime.JitInfo.GetCompiledMethodCount();
    for (var waited = 0; waited < 50; waited++)
    {
        await Task.Delay(100);
        var now = System.Runtime.JitInfo.GetCompiledMethodCount();
        if (now == compiled)
        {
            return;
        }

        compiled = now;
    }
}

// Bytes this process handed to write() so far (Linux's /proc/self/io wchar: the database file, its write-ahead log);
// 0 where the kernel does not say.
static long WrittenBytes()
{
    const string Prefix = "wchar: ";
    return File.Exists("/proc/self/io")
        ? File.ReadLines("/proc/self/io").Where(l => l.StartsWith(Prefix, StringComparison.Ordinal)).Select(l => long.Parse(l[Prefix.Length..], CultureInfo.InvariantCulture)).FirstOrDefault()
        : 0;
}

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted[sorted.Length / 2];
}
