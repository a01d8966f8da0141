using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TaxiiServer.Application.Diagnostics;

/// <summary>
/// The server's own instruments, on the <c>TaxiiServer</c> meter (exported at <c>/metrics</c>). Tags are bounded
/// sets (route templates, limiter names, rule ids, status codes): never an account name, address or object id.
/// Singleton: instruments are thread-safe and live as long as the meter factory.
/// </summary>
public sealed class TaxiiMetrics
{
    /// <summary>The meter name to subscribe to.</summary>
    public const string MeterName = "TaxiiServer";

    private readonly Meter _meter;
    private readonly Counter<long> _requests;
    private readonly Histogram<double> _requestDuration;
    private readonly Counter<long> _rejections;
    private readonly Counter<long> _authenticationFailures;
    private readonly Counter<long> _passwordHashes;
    private readonly Counter<long> _objects;
    private readonly Histogram<int> _pageSize;
    private readonly Histogram<double> _storeDuration;

    public TaxiiMetrics(IMeterFactory meterFactory)
    {
        _meter = meterFactory.Create(MeterName);
        _requests = _meter.CreateCounter<long>("taxii.http.requests", "{request}", "Requests answered, by route template, method and status.");
        _requestDuration = _meter.CreateHistogram<double>("taxii.http.request.duration", "ms", "Time to answer a request, by route template.");
        _rejections = _meter.CreateCounter<long>("taxii.limits.rejections", "{request}", "Requests refused by a limit, by limiter and reason.");
        _authenticationFailures = _meter.CreateCounter<long>("taxii.auth.failures", "{attempt}", "Failed authentication attempts, by reason.");
        _passwordHashes = _meter.CreateCounter<long>("taxii.auth.password_hashes", "{hash}", "PBKDF2 password verifications computed (cache misses).");
        _objects = _meter.CreateCounter<long>("taxii.ingest.objects", "{object}", "POSTed objects, by outcome and, for rejections, validation rule id.");
        _pageSize = _meter.CreateHistogram<int>("taxii.query.page_size", "{record}", "Records per page served, by kind (objects or manifest).");
        _storeDuration = _meter.CreateHistogram<double>("taxii.store.duration", "ms", "Object store call latency, by operation.");
    }

    public void RequestAnswered(string route, string method, int status, double milliseconds)
    {
        var tags = new TagList { { "route", route }, { "method", method }, { "status", status } };
        _requests.Add(1, tags);
        _requestDuration.Record(milliseconds, tags);
    }

    public void Rejected(string limiter, string reason) =>
        _rejections.Add(1, new KeyValuePair<string, object?>("limiter", limiter), new KeyValuePair<string, object?>("reason", reason));

    public void AuthenticationFailed(string reason) => _authenticationFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void PasswordHashComputed() => _passwordHashes.Add(1);

    public void ObjectsAccepted(int count) => _objects.Add(count, new KeyValuePair<string, object?>("outcome", "accepted"), new KeyValuePair<string, object?>("rule", ""));

    /// <summary>One rejected object; <paramref name="message"/> is its status message, which starts with the rule id.</summary>
    public void ObjectRejected(string? message) =>
        _objects.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"), new KeyValuePair<string, object?>("rule", RuleId(message)));

    public void PageServed(string kind, int size) => _pageSize.Record(size, new KeyValuePair<string, object?>("kind", kind));

    public void StoreCall(string operation, double milliseconds) =>
        _storeDuration.Record(milliseconds, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>A gauge read at each collection (e.g. a limiter's queue length).</summary>
    public void ObserveGauge(string name, string description, Func<long> read, string tagName, string tagValue) =>
        _meter.CreateObservableGauge(name, () => new Measurement<long>(read(), new KeyValuePair<string, object?>(tagName, tagValue)),
            "{request}", description);

    /// <summary>The leading token of a status message (<c>rule.id at /path: reason</c>); "other" when it is not one.</summary>
    internal static string RuleId(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return "other";
        }

        var end = message.IndexOfAny([' ', ':']);
        var token = end < 0 ? message : message[..end];
        // Rule ids are short dotted words; anything else would let object content leak into tag values.
        return token.Length is > 0 and <= 64 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')
            ? token
            : "other";
    }
}
