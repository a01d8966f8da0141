using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace TaxiiServer.Application.Diagnostics;

/// <summary>
/// The server's own instruments, on the <c>TaxiiServer</c> meter (exported at <c>/metrics</c>). Tags are bounded
/// sets (route templates, limiter names, rule ids, status codes) and never an address or object id. The limits'
/// instruments carry the account of verified requests only (names an admin created, so a bounded set; an
/// attacker's invented names never become a tag): <c>(anonymous)</c> for requests without valid credentials.
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
    private readonly Counter<long> _shaped;
    private readonly Histogram<double> _shapingDelay;
    private readonly Histogram<double> _queueWait;
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
        _rejections = _meter.CreateCounter<long>("taxii.limits.rejections", "{request}", "Requests refused by a limit, by limiter, reason and account.");
        _shaped = _meter.CreateCounter<long>("taxii.limits.shaped", "{request}", "Requests over their account's rate that waited for their turn, by account.");
        _shapingDelay = _meter.CreateHistogram<double>("taxii.limits.shaping.delay", "ms", "How long shaped requests waited for their turn.");
        _queueWait = _meter.CreateHistogram<double>("taxii.limits.queue.wait", "ms", "How long requests that found every slot busy waited for one, by pool.");
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

    /// <summary>Account tag of requests without a verified account.</summary>
    public const string Anonymous = "(anonymous)";

    public void Rejected(string limiter, string reason, string account = Anonymous) =>
        _rejections.Add(1, new KeyValuePair<string, object?>("limiter", limiter), new KeyValuePair<string, object?>("reason", reason),
            new KeyValuePair<string, object?>("account", account));

    /// <summary>A request of <paramref name="account"/> waited <paramref name="delay"/> for its turn.</summary>
    public void Shaped(string account, TimeSpan delay)
    {
        _shaped.Add(1, new KeyValuePair<string, object?>("account", account));
        _shapingDelay.Record(delay.TotalMilliseconds);
    }

    /// <summary>A request waited <paramref name="wait"/> for a slot of <paramref name="pool"/>.</summary>
    public void QueueWaited(string pool, TimeSpan wait) =>
        _queueWait.Record(wait.TotalMilliseconds, new KeyValuePair<string, object?>("pool", pool));

    public void AuthenticationFailed(string reason) => _authenticationFailures.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void PasswordHashComputed() => _passwordHashes.Add(1);

    public void ObjectsAccepted(int count) => _objects.Add(count, new KeyValuePair<string, object?>("outcome", "accepted"), new KeyValuePair<string, object?>("rule", ""));

    /// <summary>One rejected object; <paramref name="message"/> is its status message, which starts with the rule id.</summary>
    public void ObjectRejected(string? message) =>
        _objects.Add(1, new KeyValuePair<string, object?>("outcome", "rejected"), new KeyValuePair<string, object?>("rule", RuleId(message)));

    public void PageServed(string kind, int size) => _pageSize.Record(size, new KeyValuePair<string, object?>("kind", kind));

    public void StoreCall(string operation, double milliseconds) =>
        _storeDuration.Record(milliseconds, new KeyValuePair<string, object?>("operation", operation));

    /// <summary>One gauge with a value per tag (e.g. the queue length of each pool), read at each collection.</summary>
    public void ObserveGauges(string name, string description, string tagName, params (string TagValue, Func<long> Read)[] series) =>
        _meter.CreateObservableGauge(name, () => series.Select(s =>
            new Measurement<long>(s.Read(), new KeyValuePair<string, object?>(tagName, s.TagValue))), "{request}", description);

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
