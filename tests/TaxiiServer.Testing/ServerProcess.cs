using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace TaxiiServer.Testing;

/// <summary>
/// The real server, started as its own process on a free loopback port over a SQLite file in a data folder, so
/// its memory can be read on its own, it can be killed like a crashed node, and the HTTP stack is the production
/// one. Used by the benchmarks and the resilience suites.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private readonly string _dataDir;

    private readonly bool _deleteData;

    private ServerProcess(Process process, Uri baseAddress, string dataDir, bool deleteData)
    {
        _process = process;
        _dataDir = dataDir;
        _deleteData = deleteData;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The server built alongside the tests: src/TaxiiServer.Api/bin/&lt;configuration&gt;/net10.0.</summary>
    public static string BuiltServer(string configuration) =>
        SharedData.InRepository(Path.Combine("src", "TaxiiServer.Api", "bin", configuration, "net10.0", "TaxiiServer.Api.dll"));

    /// <summary>
    /// Starts the server over <paramref name="dataDir"/> (its SQLite file is <c>taxii.db</c> there); the folder is
    /// deleted on dispose unless <paramref name="deleteDataOnDispose"/> is false (a restart on the same store).
    /// </summary>
    public static async Task<ServerProcess> StartAsync(string serverDll, string dataDir, string bootstrapFile,
        IReadOnlyDictionary<string, string> extraSettings, bool deleteDataOnDispose = true)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{serverDll}\"")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = dataDir,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Taxii__Storage__Sqlite__Path"] = Path.Combine(dataDir, "taxii.db");
        start.Environment["Taxii__Bootstrap__File"] = bootstrapFile;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in extraSettings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the server.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { Console.Error.WriteLine("server: " + e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var server = new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"), dataDir, deleteDataOnDispose);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>
    /// CPU time the server process has used so far (user + system), from /proc/&lt;pid&gt;/stat; clock ticks are
    /// 100 per second on Linux.
    /// </summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id}/stat");
        // Fields after the command name, which is in parentheses and may hold spaces: state is field 3, utime 14, stime 15.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0;
    }

    /// <summary>Peak resident set size of the server process in MiB (Linux VmHWM).</summary>
    public double PeakMemoryMiB()
    {
        var status = File.ReadAllLines($"/proc/{_process.Id}/status");
        var line = status.First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kb = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return kb / 1024.0;
    }

    /// <summary>Resident memory now, in MiB (Linux VmRSS).</summary>
    public double ResidentMemoryMiB()
    {
        var line = File.ReadAllLines($"/proc/{_process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>SIGKILL, as a crash or an OOM kill would: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        if (!_deleteData)
        {
            return;
        }

        try
        {
            Directory.Delete(_dataDir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server exited with code {_process.ExitCode}.");
            }

            try
            {
                // Any HTTP answer (401 without credentials) means Kestrel is up and the bootstrap has run.
                using var response = await client.GetAsync(new Uri(BaseAddress, "taxii2/"));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200);
            }
        }

        throw new TimeoutException("The server did not start listening within 60 s.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
