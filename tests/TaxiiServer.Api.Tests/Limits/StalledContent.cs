using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace TaxiiServer.Api.Tests.Limits;

/// <summary>
/// A POST body that sends its first bytes and then waits until <see cref="Release"/>: the server holds the request
/// (and any slot it took) while it reads, as it would for a slow partner upload.
/// </summary>
internal sealed class StalledContent : HttpContent
{
    // One valid indicator, so a released upload is stored (202).
    private const string ValidTail = """
        [{"type":"indicator","spec_version":"2.1","id":"indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
          "created":"2026-01-01T00:00:00.000Z","modified":"2026-01-01T00:00:00.000Z",
          "pattern":"[ipv4-addr:value = '192.0.2.1']","pattern_type":"stix","valid_from":"2026-01-01T00:00:00Z"}]}
        """;

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public StalledContent() =>
        Headers.ContentType = MediaTypeHeaderValue.Parse("application/taxii+json;version=2.1");

    /// <summary>Completes once the first bytes were handed to the server.</summary>
    public Task Started => _started.Task;

    public void Release() => _release.TrySetResult();

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        await stream.WriteAsync(Encoding.UTF8.GetBytes("{\"objects\":"));
        await stream.FlushAsync();
        _started.TrySetResult();
        await _release.Task;
        await stream.WriteAsync(Encoding.UTF8.GetBytes(ValidTail));
    }

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }
}
