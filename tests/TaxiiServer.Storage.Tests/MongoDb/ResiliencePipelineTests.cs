using System.Net;
using MongoDB.Bson;
using MongoDB.Driver;
using MongoDB.Driver.Core.Clusters;
using MongoDB.Driver.Core.Connections;
using MongoDB.Driver.Core.Servers;
using Polly.CircuitBreaker;
using Polly.Timeout;
using TaxiiServer.Core.Storage;
using TaxiiServer.Storage.MongoDb;
using TaxiiServer.Storage.MongoDb.Resilience;

namespace TaxiiServer.Storage.Tests.MongoDb;

/// <summary>The pipeline against a fake operation throwing the driver's own exceptions; millisecond settings keep it fast.</summary>
public class ResiliencePipelineTests
{
    private static readonly ConnectionId Connection =
        new(new ServerId(new ClusterId(), new DnsEndPoint("localhost", 27017)));

    private static MongoResilienceOptions Fast(int retries = 3) => new()
    {
        MaxRetryAttempts = retries,
        BackoffBase = TimeSpan.FromMilliseconds(1),
        BreakerFailureRatio = 1.0,
        BreakerSamplingDuration = TimeSpan.FromSeconds(30),
        BreakerMinimumThroughput = 100,
        BreakDuration = TimeSpan.FromSeconds(30),
        Timeout = TimeSpan.FromSeconds(10),
    };

    private static MongoCommandException RetryableWriteError()
    {
        var ex = new MongoCommandException(Connection, "write interrupted", new BsonDocument("ok", 0));
        ex.AddErrorLabel(TransientMongoErrors.RetryableWriteErrorLabel);
        return ex;
    }

    public static IEnumerable<TestCaseData> TransientErrors()
    {
        yield return new TestCaseData(new MongoConnectionException(Connection, "boom")).SetArgDisplayNames("connection");
        yield return new TestCaseData(new MongoNotPrimaryException(Connection, new BsonDocument("insert", "objects"), new BsonDocument("code", 10107))).SetArgDisplayNames("not primary");
        yield return new TestCaseData(new MongoNodeIsRecoveringException(Connection, new BsonDocument("insert", "objects"), new BsonDocument("code", 11600))).SetArgDisplayNames("recovering");
        yield return new TestCaseData(new MongoExecutionTimeoutException(Connection, "maxTimeMS")).SetArgDisplayNames("execution timeout");
        yield return new TestCaseData(new TimeoutException("server selection")).SetArgDisplayNames("server selection timeout");
        yield return new TestCaseData(RetryableWriteError()).SetArgDisplayNames("RetryableWriteError label");
    }

    public static IEnumerable<TestCaseData> PermanentErrors()
    {
        // Credentials do not fix themselves, although the driver files this under connection errors.
        yield return new TestCaseData(new MongoAuthenticationException(Connection, "bad password")).SetArgDisplayNames("authentication");
        yield return new TestCaseData(new MongoCommandException(Connection, "bad query", new BsonDocument("code", 2))).SetArgDisplayNames("command");
        yield return new TestCaseData(new InvalidOperationException("bug")).SetArgDisplayNames("not a driver error");
    }

    [TestCaseSource(nameof(TransientErrors))]
    public async Task Transient_errors_are_retried_until_success(Exception transient)
    {
        var executor = new MongoStoreExecutor(Fast(), TimeProvider.System);
        var attempts = 0;

        var result = await executor.ExecuteAsync(_ => ++attempts < 3 ? throw transient : Task.FromResult("ok"), CancellationToken.None);

        Assert.That(result, Is.EqualTo("ok"));
        Assert.That(attempts, Is.EqualTo(3));
    }

    [TestCaseSource(nameof(PermanentErrors))]
    public void Permanent_errors_pass_through_unchanged_after_one_attempt(Exception permanent)
    {
        var executor = new MongoStoreExecutor(Fast(), TimeProvider.System);
        var attempts = 0;

        var thrown = Assert.ThrowsAsync(permanent.GetType(), () => executor.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw permanent;
        }, CancellationToken.None));

        Assert.That(thrown, Is.SameAs(permanent));
        Assert.That(attempts, Is.EqualTo(1));
    }

    [Test]
    public void Exhausted_retries_become_store_unavailable_with_the_last_error_inside()
    {
        var executor = new MongoStoreExecutor(Fast(retries: 2), TimeProvider.System);
        var attempts = 0;

        var thrown = Assert.ThrowsAsync<StoreUnavailableException>(() => executor.ExecuteAsync<int>(_ =>
        {
            attempts++;
            throw new MongoConnectionException(Connection, "boom");
        }, CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(3));
        Assert.That(thrown!.InnerException, Is.InstanceOf<MongoConnectionException>());
        Assert.That(thrown.RetryAfter, Is.Null);
    }

    [Test]
    public void An_open_circuit_rejects_calls_at_once_with_the_break_duration_as_retry_after()
    {
        var options = Fast(retries: 0);
        options.BreakerMinimumThroughput = 2;
        options.BreakerFailureRatio = 0.5;
        var executor = new MongoStoreExecutor(options, TimeProvider.System);
        var attempts = 0;
        Task<int> Failing(CancellationToken _)
        {
            attempts++;
            throw new MongoConnectionException(Connection, "boom");
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.ThrowsAsync<StoreUnavailableException>(() => executor.ExecuteAsync(Failing, CancellationToken.None));
        }

        var thrown = Assert.ThrowsAsync<StoreUnavailableException>(() => executor.ExecuteAsync(Failing, CancellationToken.None));

        Assert.That(attempts, Is.EqualTo(2), "the open circuit must not call MongoDB");
        Assert.That(thrown!.InnerException, Is.InstanceOf<BrokenCircuitException>());
        Assert.That(thrown.RetryAfter, Is.GreaterThan(TimeSpan.FromSeconds(25)).And.LessThanOrEqualTo(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void A_call_that_outlives_the_timeout_becomes_store_unavailable()
    {
        var options = Fast();
        options.Timeout = TimeSpan.FromMilliseconds(50);
        var executor = new MongoStoreExecutor(options, TimeProvider.System);

        var thrown = Assert.ThrowsAsync<StoreUnavailableException>(() => executor.ExecuteAsync(async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        }, CancellationToken.None));

        Assert.That(thrown!.InnerException, Is.InstanceOf<TimeoutRejectedException>());
    }

    [Test]
    public void The_callers_cancellation_stays_a_cancellation()
    {
        var executor = new MongoStoreExecutor(Fast(), TimeProvider.System);
        using var cts = new CancellationTokenSource();
        cts.Cancel();

        Assert.That(() => executor.ExecuteAsync(token => Task.FromResult(token.IsCancellationRequested ? throw new OperationCanceledException(token) : 1), cts.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
