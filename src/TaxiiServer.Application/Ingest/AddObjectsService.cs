using System.Runtime.InteropServices;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TaxiiServer.Application.Catalog;
using TaxiiServer.Application.Diagnostics;
using TaxiiServer.Application.Options;
using TaxiiServer.Core.Access;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;
using TaxiiServer.Validation.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Application.Ingest;

/// <summary>
/// POST to a collection's objects: parse the envelope once, validate every object, store the valid ones in one
/// durable batch, and record a status listing each object as a success only once its write committed. The
/// validation policy combines the API root's stored setting with configuration (see
/// <see cref="ValidationOptions.PolicyFor(ApiRootInfo)"/>); the root is read from the store on every request, never
/// cached, so a change an admin makes through any node applies to the next envelope on every node.
/// </summary>
public sealed class AddObjectsService(
    CatalogService catalog,
    ICatalogStore roots,
    IObjectValidator validator,
    IObjectStore objects,
    IStatusStore statuses,
    IOptions<IngestOptions> options,
    IOptions<ValidationOptions> validation,
    TimeProvider clock,
    TaxiiMetrics? metrics = null)
{
    public async Task<Result<StatusResource>> AddAsync(
        Principal principal, string apiRoot, string collectionId, ReadOnlyMemory<byte> body, CancellationToken ct)
    {
        var requestTimestamp = TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow());
        var collection = await catalog.GetWritableAsync(principal, apiRoot, collectionId, ct);
        if (!collection.IsSuccess)
        {
            return collection.Problem;
        }

        // One primary-key read, for the stored validation setting. The collection above belongs to this root and a root
        // holding collections cannot be deleted, so null only happens in a race with an admin; answer as for no root.
        if (await roots.FindApiRootAsync(apiRoot, ct) is not { } root)
        {
            return TaxiiProblem.NotFound($"No API root '{apiRoot}'.");
        }

        using var envelope = EnvelopeParser.Parse(body, options.Value.MaxJsonDepth, out var parseError);
        if (envelope is null)
        {
            var code = parseError!.Kind == EnvelopeParseErrorKind.NotJson
                ? TaxiiErrorCode.InvalidJson
                : TaxiiErrorCode.InvalidEnvelope;
            return new TaxiiProblem(code, parseError.Message);
        }

        var context = new ValidationContext(collection.Value.Accepts(SpecVersion.V20), validation.Value.PolicyFor(root));
        var failures = new List<StatusDetail>();
        var accepted = new List<NewObject>(envelope.Objects.Count);
        for (var index = 0; index < envelope.Objects.Count; index++)
        {
            var element = envelope.Objects[index];
            if (envelope.LoneSurrogates.TryGetValue(index, out var lone))
            {
                failures.Add(NotUnicode(element, lone));
                continue;
            }

            var verdict = validator.Validate(element, context);
            if (!verdict.IsValid)
            {
                failures.Add(new StatusDetail(verdict.Id ?? "", verdict.Version?.Text, verdict.Message));
                continue;
            }

            accepted.Add(new NewObject(
                verdict.Id!, verdict.Type!, verdict.SpecVersion, verdict.Version,
                ContentHasher.Hash(element), JsonMarshal.GetRawUtf8Value(element).ToArray()));
        }

        var successes = new List<StatusDetail>(accepted.Count);
        if (accepted.Count > 0)
        {
            var outcomes = await objects.AddAsync(collectionId, accepted, ct);
            foreach (var outcome in outcomes)
            {
                if (outcome.Kind == AddOutcomeKind.Conflict)
                {
                    failures.Add(new StatusDetail(outcome.Id, outcome.Version,
                        "store.conflict: an object with this id and version is already stored with different content; the stored object is kept (a new version needs a later 'modified')"));
                }
                else
                {
                    successes.Add(new StatusDetail(outcome.Id, outcome.Version, null));
                }
            }
        }

        var status = new StatusResource(
            Guid.NewGuid().ToString(), apiRoot, principal.Name, requestTimestamp,
            successes, failures, [], TaxiiTimestamp.FromDateTimeOffset(clock.GetUtcNow()));
        await statuses.SaveAsync(status, ct);
        RecordOutcomes(successes.Count, failures);
        return status;
    }

    /// <summary>
    /// Refused before validation, whatever the policy: such a string cannot be read, hashed or served as Unicode.
    /// The id is reported when it is itself readable.
    /// </summary>
    private static StatusDetail NotUnicode(JsonElement element, LoneSurrogate lone)
    {
        // Raw names only: looking a property up by name unescapes every escaped name, and one holding a lone
        // surrogate throws.
        var id = "";
        foreach (var property in element.EnumerateObject())
        {
            if (JsonMarshal.GetRawUtf8PropertyName(property).SequenceEqual("id"u8) && property.Value.ValueKind == JsonValueKind.String
                && LoneSurrogateScanner.FindLone(JsonMarshal.GetRawUtf8Value(property.Value)) is null)
            {
                id = property.Value.GetString() ?? "";
                break;
            }
        }

        var at = lone.Location.Length == 0 ? "/" : lone.Location;
        return new StatusDetail(id, null,
            $"{UnicodeRuleId} at {at}: holds {lone.Escape}, a lone UTF-16 surrogate escape; STIX strings must be Unicode text (escape a character outside the BMP as a surrogate pair, e.g. \\ud83d\\ude00)");
    }

    /// <summary>The rule id of <see cref="NotUnicode"/>, as partners and metrics see it.</summary>
    public const string UnicodeRuleId = "json.lone-surrogate";

    private void RecordOutcomes(int accepted, List<StatusDetail> failures)
    {
        if (metrics is null)
        {
            return;
        }

        metrics.ObjectsAccepted(accepted);
        foreach (var failure in failures)
        {
            metrics.ObjectRejected(failure.Message);
        }
    }
}
