namespace TaxiiServer.Cli;

/// <summary>taxii-admin: administration and bulk import for a TaxiiServer hub. See <see cref="CliApp.Usage"/>.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };
        return await new CliApp(Console.Out, Console.Error, Environment.GetEnvironmentVariable).RunAsync(args, cancel.Token);
    }
}
