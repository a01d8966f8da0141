using BenchmarkDotNet.Running;

namespace TaxiiServer.Benchmarks;

/// <summary>Run on demand: <c>dotnet run -c Release --project tests/TaxiiServer.Benchmarks -- --filter '*'</c>.</summary>
public static class BenchmarkEntryPoint
{
    public static void Main(string[] args) =>
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkEntryPoint).Assembly).Run(args);
}
