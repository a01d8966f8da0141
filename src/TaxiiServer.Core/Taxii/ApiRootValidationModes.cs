using System.Diagnostics.CodeAnalysis;

namespace TaxiiServer.Core.Taxii;

/// <summary>
/// The text of each <see cref="ApiRootValidationMode"/> ("strict", "schema", "off"): what the admin API, the
/// bootstrap file and both stores write. Spelled out rather than taken from the member names, so renaming a member
/// can never change stored data or the wire format.
/// </summary>
public static class ApiRootValidationModes
{
    public const string Strict = "strict";
    public const string Schema = "schema";
    public const string Off = "off";

    private static readonly ApiRootValidationMode[] All =
        [ApiRootValidationMode.Strict, ApiRootValidationMode.Schema, ApiRootValidationMode.Off];

    /// <summary>Every name, in the order of the modes; for messages that list what is accepted.</summary>
    public static IReadOnlyList<string> Names { get; } = [Strict, Schema, Off];

    public static string ToName(this ApiRootValidationMode mode) => mode switch
    {
        ApiRootValidationMode.Strict => Strict,
        ApiRootValidationMode.Schema => Schema,
        ApiRootValidationMode.Off => Off,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown validation mode."),
    };

    /// <summary>
    /// Reads a mode name, ignoring case as configuration binding does (<c>Strict</c> and <c>strict</c> are the same
    /// policy). False for anything else, numbers included.
    /// </summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ApiRootValidationMode mode)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(text, candidate.ToName(), StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = default;
        return false;
    }
}
