using System.Globalization;

namespace Ams.Pki.Bench;

/// <summary>The command and its <c>--name value</c> options.</summary>
internal sealed class BenchArguments
{
    private readonly Dictionary<string, string> _options;

    private BenchArguments(string command, List<string> positional, Dictionary<string, string> options)
    {
        Command = command;
        Positional = positional;
        _options = options;
    }

    public string Command { get; }

    public IReadOnlyList<string> Positional { get; }

    public int Seconds => Int("seconds", 5);

    public int Certificates => Int("certs", 1000);

    public int Concurrency => Int("concurrency", 16);

    /// <summary>Concurrent HTTP clients against openssl's responder, which resets connections beyond its accept backlog.</summary>
    public int OpenSslConcurrency => Int("openssl-concurrency", 4);

    /// <summary>Whether to measure over HTTP too (<c>--http 0</c> for in-process only).</summary>
    public bool Http => Int("http", 1) != 0;

    public int Runs => Int("runs", 3);

    public IReadOnlyList<int> Entries =>
        [.. (_options.GetValueOrDefault("entries") ?? "100000,1000000").Split(',').Select(e => int.Parse(e, CultureInfo.InvariantCulture))];

    public static BenchArguments Parse(string[] args)
    {
        var command = args.Length > 0 ? args[0] : "all";
        var positional = new List<string>();
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && i + 1 < args.Length)
            {
                options[args[i][2..]] = args[++i];
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        return new BenchArguments(command, positional, options);
    }

    private int Int(string name, int fallback) =>
        _options.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
