namespace TaxiiServer.Cli;

/// <summary>
/// The command line split into positional words and <c>--name value</c> options (a name not followed by a value,
/// or followed by another option, is a flag). Hand-written: the tool needs nothing more, and no package is pulled in.
/// </summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal)
    {
        "json", "admin", "force", "read", "write", "help", "disabled", "enabled",
    };

    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);

    public CliArguments(IReadOnlyList<string> args)
    {
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var name = arg[2..];
                var eq = name.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    _options[name[..eq]] = name[(eq + 1)..];
                }
                else if (!Flags.Contains(name) && i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    _options[name] = args[++i];
                }
                else
                {
                    _options[name] = null;
                }
            }
            else
            {
                Positionals.Add(arg);
            }
        }
    }

    public List<string> Positionals { get; } = [];

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Option(string name) => _options.TryGetValue(name, out var value) ? value : null;

    /// <summary>The n-th positional word, or a usage error naming what is missing.</summary>
    public string Require(int index, string what) =>
        index < Positionals.Count ? Positionals[index] : throw new CliUsageException($"missing {what}");

    public string RequireOption(string name) =>
        Option(name) ?? throw new CliUsageException($"missing --{name}");
}

/// <summary>A mistake on the command line: printed with the usage, exit code 2.</summary>
internal sealed class CliUsageException(string message) : Exception(message);

/// <summary>The server refused a request: printed with its problem or error details, exit code 1.</summary>
internal sealed class CliRequestException(string message) : Exception(message);
