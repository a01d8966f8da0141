using BenchmarkDotNet.Running;
using TaxiiServer.Benchmarks.Flood;
using TaxiiServer.Benchmarks.Limits;
using TaxiiServer.Benchmarks.Throughput;

namespace TaxiiServer.Benchmarks;

/// <summary>
/// Run on demand, in Release:
/// <list type="bullet">
/// <item><c>dotnet run -c Release --project tests/TaxiiServer.Benchmarks -- throughput [--count N]</c>: end-to-end
/// ingest and poll through HTTP against a real server process on loopback;</item>
/// <item><c>dotnet run -c Release --project tests/TaxiiServer.Benchmarks -- flood [--seconds 20]</c>: legitimate
/// pollers' success and latency with and without a request flood (issue 6);</item>
/// <item><c>dotnet run -c Release --project tests/TaxiiServer.Benchmarks -- limits [--count 20000]</c>: a default-config
/// sync and three floods at 256 connections against one poller (issue 11);</item>
/// <item><c>dotnet run -c Release --project tests/TaxiiServer.Benchmarks -- --filter '*'</c>: BenchmarkDotNet
/// micro-benchmarks (with MemoryDiagnoser).</item>
/// </list>
/// </summary>
public static class BenchmarkEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "throughput")
        {
            return await ThroughputRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "flood")
        {
            return await FloodRunner.RunAsync(args[1..]);
        }

        if (args.Length > 0 && args[0] == "limits")
        {
            return await LimitsRunner.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
        return 0;
    }
}
