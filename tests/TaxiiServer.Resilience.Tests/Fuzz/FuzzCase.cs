using System.Text;

namespace TaxiiServer.Resilience.Tests.Fuzz;

/// <summary>
/// One generated request, kept as the exact bytes sent so a finding can be replayed. <see cref="ServerMayAnswer"/>
/// marks requests whose request line, headers or framing are broken on purpose: Kestrel may refuse those itself,
/// with an empty body or by closing the connection, before any application code runs.
/// </summary>
internal sealed record FuzzCase(string Kind, byte[] Request, bool EndEarly = false, TimeSpan SlowHeaders = default, bool ServerMayAnswer = false)
{
    public bool IsAdmin => Encoding.ASCII.GetString(Request, 0, Math.Min(Request.Length, 64)).Contains(" /admin", StringComparison.Ordinal);

    /// <summary>The replay file: a first line of flags, then the raw request.</summary>
    public byte[] ToReplayFile() =>
        [.. Encoding.ASCII.GetBytes($"# {Kind.Replace(' ', '_')} endEarly={EndEarly} slowMs={(int)SlowHeaders.TotalMilliseconds} serverMayAnswer={ServerMayAnswer}\n"), .. Request];

    public static FuzzCase FromReplayFile(byte[] file)
    {
        var newline = Array.IndexOf(file, (byte)'\n');
        var flags = Encoding.ASCII.GetString(file, 2, newline - 2).Split(' ');
        string Flag(string name) => flags.Single(f => f.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];
        return new FuzzCase(flags[0].Replace('_', ' '), file[(newline + 1)..], bool.Parse(Flag("endEarly")),
            TimeSpan.FromMilliseconds(int.Parse(Flag("slowMs"), System.Globalization.CultureInfo.InvariantCulture)), bool.Parse(Flag("serverMayAnswer")));
    }
}
