using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Ams.Testing;

/// <summary>
/// A throwaway PostgreSQL cluster: <c>initdb</c> in a temporary folder, <c>pg_ctl</c> on a free loopback port, stopped
/// and removed when the process ends. Debian's <c>postgresql</c> package provides the programs. The tests run it with
/// durability off (their data is thrown away); the benchmarks with PostgreSQL's defaults.
/// </summary>
public sealed class PostgresCluster
{
    private readonly string folder;
    private readonly string bin;
    private readonly bool asPostgresUser;

    private PostgresCluster(string folder, string bin, int port, bool asPostgresUser)
    {
        this.folder = folder;
        this.bin = bin;
        this.asPostgresUser = asPostgresUser;
        Port = port;
        AdminConnectionString = $"Host=127.0.0.1;Port={port};Username=ams;Database=postgres;Pooling=false;Timeout=30";
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public int Port { get; }

    /// <summary>The superuser's connection to the maintenance database.</summary>
    public string AdminConnectionString { get; }

    /// <summary>Creates an empty database and returns the connection string to it.</summary>
    public string CreateDatabase(string? name = null)
    {
        name ??= "t_" + Guid.NewGuid().ToString("N");
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE \"{name}\"";
        command.ExecuteNonQuery();
        return $"Host=127.0.0.1;Port={Port};Username=ams;Database={name};Timeout=30;Maximum Pool Size=20";
    }

    /// <summary>Where Debian keeps the newest server's programs, or null.</summary>
    public static string? FindPrograms()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return null;
        }

        return Directory.GetDirectories(root)
            .Select(d => (Path: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Path, "pg_ctl")) && File.Exists(Path.Combine(d.Path, "initdb")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Path)
            .FirstOrDefault();
    }

    /// <summary>Starts a cluster, or returns null when the server's programs are not installed.</summary>
    /// <param name="durable">PostgreSQL's own durability settings (benchmarks) rather than none (tests).</param>
    public static PostgresCluster? Start(bool durable)
    {
        var bin = FindPrograms();
        if (bin is null)
        {
            return null;
        }

        // initdb refuses to run as root: as root, the cluster belongs to Debian's postgres account.
        var asPostgresUser = Environment.UserName == "root";
        var folder = Path.Combine(Path.GetTempPath(), $"ams-postgres-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        if (asPostgresUser)
        {
            Run("chown", "postgres:postgres", folder);
        }

        var port = FreePort();
        var server = new PostgresCluster(folder, bin, port, asPostgresUser);
        server.RunAsOwner(Path.Combine(bin, "initdb"), "-D", Path.Combine(folder, "data"), "-U", "ams", "--auth=trust", "-E", "UTF8", "--no-sync", "--no-instructions");
        var durability = durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
        server.RunAsOwner(Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-l", Path.Combine(folder, "log"), "-w", "-t", "60", "-o",
            $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=400{durability}", "start");
        return server;
    }

    /// <summary>Stops the cluster and removes its folder.</summary>
    public void Stop()
    {
        try
        {
            RunAsOwner(Path.Combine(bin, "pg_ctl"), "-D", Path.Combine(folder, "data"), "-m", "immediate", "-w", "stop");
        }
        catch (InvalidOperationException)
        {
            // Already stopped.
        }

        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private void RunAsOwner(string program, params string[] arguments)
    {
        if (asPostgresUser)
        {
            Run("runuser", ["-u", "postgres", "--", program, .. arguments]);
        }
        else
        {
            Run(program, arguments);
        }
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error.Result}{output.Result}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
