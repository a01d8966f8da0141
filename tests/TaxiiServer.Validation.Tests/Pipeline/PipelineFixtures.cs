using System.Collections.Concurrent;
using System.Text.Json;
using TaxiiServer.Testing;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Pipeline;

internal static class PipelineFixtures
{
    private static readonly ConcurrentDictionary<string, StixSchemaSet> Sets = new();

    /// <summary>"project" = the repository's schemas/; "oasis" = shared/stix/oasis-schemas (skipped when absent).</summary>
    public static StixSchemaSet Schemas(string which) => Sets.GetOrAdd(which, w => new StixSchemaSet(w == "project"
        ? SharedData.InRepository("schemas")
        : SharedData.RequireDirectory("stix/oasis-schemas")));

    /// <summary>
    /// Validates a corpus bundle the way the server validates a POST: the wrapper must be a bundle with a non-empty
    /// objects array (else <paramref name="bundleError"/>), then each object on its own.
    /// </summary>
    public static List<ObjectVerdict> ValidateBundle(IObjectValidator validator, byte[] bytes, out string? bundleError)
    {
        bundleError = null;
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes);
        }
        catch (JsonException ex)
        {
            bundleError = "not JSON: " + ex.Message;
            return [];
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.GetString() != "bundle")
            {
                bundleError = "not a bundle";
                return [];
            }

            if (!root.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array || objects.GetArrayLength() == 0)
            {
                bundleError = "objects must be a non-empty array";
                return [];
            }

            return objects.EnumerateArray()
                .Select(o => validator.Validate(o.Clone(), new ValidationContext(AcceptsStix20: false)))
                .ToList();
        }
    }
}
