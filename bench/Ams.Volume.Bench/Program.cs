using System.Diagnostics;
using System.Globalization;
using Ams.Pki;
using Ams.Pki.Authority;
using Ams.Pki.Ocsp;
using Ams.Pki.Storage;
using Ams.Pki.Tests.Support;
using Ams.Testing;
using Ams.Volume.Bench;
using Ams.Web.Features.Accounts;
using Ams.Workflow.Engine.Runtime;
using Ams.Workflow.Engine.Storage;
using Ams.Workflow.Store;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run -c Release --project bench/Ams.Volume.Bench -- [certificates] [holders] [open tasks] [samples] [SQLITE|POSTGRES ...]
// The data each page reads at a registration office's volume, through the product's own queries: the inbox's first
// page, a holder's Sertifikat Anda and Status Permohonan, and an OCSP answer. HTTP and page rendering are not included.
var certificates = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var holders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000;
var openTasks = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000;
var samples = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2_000;
var providers = args.Length > 4 ? args[4..] : ["SQLITE", "POSTGRES"];
var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "ams-volume-bench", Guid.NewGuid().ToString("N"))).FullName;
Console.WriteLine($"Volume benchmark: {certificates:N0} certificates, {holders:N0} holders, {openTasks:N0} open tasks, p95 of {samples:N0} samples, {Environment.ProcessorCount} cores");
var cluster = providers.Contains("POSTGRES") ? PostgresCluster.Start(durable: true) ?? throw new InvalidOperationException("apt-get install postgresql") : null;

foreach (var provider in providers)
{
    var postgres = provider == "POSTGRES";
    var connectionString = postgres ? cluster!.CreateDatabase() : $"Data Source={Path.Combine(folder, "ams.db")}";
    var storeOptions = new WorkflowStoreOptions { Provider = postgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, ConnectionString = connectionString, Synchronous = "FULL" };
    var storeBuilder = new DbContextOptionsBuilder<WorkflowDbContext>();
    WorkflowStoreServiceCollectionExtensions.Configure(storeBuilder, storeOptions);
    var contexts = new PooledDbContextFactory<WorkflowDbContext>(storeBuilder.Options);
    await WorkflowDatabase.MigrateAsync(contexts);
    await using (var product = postgres
        ? new PostgresAmsDbContext(new DbContextOptionsBuilder<PostgresAmsDbContext>().UseNpgsql(connectionString, n => n.MigrationsHistoryTable(AmsDbContext.MigrationsTable)).Options)
        : new AmsDbContext(new DbContextOptionsBuilder<AmsDbContext>().UseSqlite(connectionString, s => s.MigrationsHistoryTable(AmsDbContext.MigrationsTable)).Options))
    {
        await product.Database.MigrateAsync();
    }

    await using var pkiServices = new ServiceCollection().AddAmsPki(pki =>
    {
        pki.DataDirectory = Path.Combine(folder, provider, "pki");
        pki.KeyPassphrase = "volume bench passphrase";
        pki.ConfigureDatabase = db => _ = postgres ? PkiDatabase.UsePostgres(db, connectionString) : PkiDatabase.UseSqlite(db, connectionString);
    }).BuildServiceProvider();
    var ca = pkiServices.GetRequiredService<CertificateAuthority>();
    await ca.InitializeAsync();
    var issuer = (await ca.GetCaCertificatesAsync()).IssuingCaDer;

    var seedWatch = Stopwatch.StartNew();
    var serials = new List<string>();
    await using (var db = await contexts.CreateDbContextAsync())
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await VolumeSeed.CertificatesAsync(connection, certificates, holders, issuer, serials);
        await VolumeSeed.RequestsAsync(connection, holders * 2, holders, postgres);
        await VolumeSeed.OpenTasksAsync(connection, openTasks);
        await using var analyze = connection.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync();
    }

    Console.WriteLine();
    Console.WriteLine($"{provider}: seeded in {seedWatch.Elapsed.TotalSeconds:F0} s");
    var store = new EfWorkflowStore(contexts);
    var productOptions = postgres
        ? new DbContextOptionsBuilder<AmsDbContext>().UseNpgsql(connectionString).Options
        : new DbContextOptionsBuilder<AmsDbContext>().UseSqlite(connectionString).Options;
    var ocsp = pkiServices.GetRequiredService<OcspResponder>();
    var random = new Random(42);

    await MeasureAsync("inbox, first page (50 open tasks)", async () =>
        _ = await store.QueryUserTasksAsync(new UserTaskQuery { State = UserTaskState.Created, CandidateUser = "op", CandidateGroups = ["verifier"], Limit = 50 }, default));
    await MeasureAsync("Sertifikat Anda (a holder's certificates)", async () =>
        _ = await ca.ListByHolderEmailAsync(VolumeSeed.Holder(random.Next(holders))));
    await MeasureAsync("Status Permohonan (a holder's requests)", async () =>
    {
        await using var db = new AmsDbContext(productOptions);
        var holder = VolumeSeed.HolderId(random.Next(holders));
        _ = await db.Requests.AsNoTracking().Where(r => r.HolderId == holder).ToListAsync();
    });
    await MeasureAsync("OCSP, one serial with a nonce", async () =>
        _ = await ocsp.RespondAsync(OcspRequestBuilder.Build(issuer, [serials[random.Next(serials.Count)]], nonce: RandomNumberGeneratorBytes())));
    Npgsql.NpgsqlConnection.ClearAllPools();
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
}

cluster?.Stop();
Directory.Delete(folder, recursive: true);

async Task MeasureAsync(string page, Func<Task> read)
{
    for (var i = 0; i < 50; i++)
    {
        await read();
    }

    var times = new double[samples];
    for (var i = 0; i < samples; i++)
    {
        var watch = Stopwatch.StartNew();
        await read();
        times[i] = watch.Elapsed.TotalMilliseconds;
    }

    Array.Sort(times);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"    {page,-44} p50={times[samples / 2],7:F2} ms  p95={times[samples * 95 / 100],7:F2} ms  p99={times[samples * 99 / 100],7:F2} ms"));
}

static byte[] RandomNumberGeneratorBytes() => System.Security.Cryptography.RandomNumberGenerator.GetBytes(16);
