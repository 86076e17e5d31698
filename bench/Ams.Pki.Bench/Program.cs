using Ams.Pki.Bench;

// Usage (Release):
//   dotnet run -c Release --project bench/Ams.Pki.Bench -- ocsp [--seconds 5] [--certs 1000] [--concurrency 16] [--runs 3]
//   dotnet run -c Release --project bench/Ams.Pki.Bench -- crl [--entries 100000,1000000] [--runs 3]
//   dotnet run -c Release --project bench/Ams.Pki.Bench -- all   (both, defaults)
var arguments = BenchArguments.Parse(args);
switch (arguments.Command)
{
    case "ocsp":
        await OcspBenchmark.RunAsync(arguments);
        break;
    case "crl":
        await CrlBenchmark.RunAsync(arguments);
        break;
    case CrlGenerationChild.Command:
        return await CrlGenerationChild.RunAsync(arguments);
    case "all":
        await OcspBenchmark.RunAsync(arguments);
        await CrlBenchmark.RunAsync(arguments);
        break;
    default:
        Console.Error.WriteLine("usage: Ams.Pki.Bench ocsp|crl|all [--seconds N] [--certs N] [--concurrency N] [--entries N,N] [--runs N]");
        return 2;
}

return 0;
