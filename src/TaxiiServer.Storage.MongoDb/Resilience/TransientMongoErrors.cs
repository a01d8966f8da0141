using MongoDB.Driver;

namespace TaxiiServer.Storage.MongoDb.Resilience;

/// <summary>
/// Which driver errors are worth retrying: those a failover, an election or a network blip causes and that go away
/// by themselves. Everything else (duplicate keys, validation, authentication, bad queries) fails at once.
/// </summary>
internal static class TransientMongoErrors
{
    public const string RetryableWriteErrorLabel = "RetryableWriteError";

    public static bool IsTransient(Exception exception) => exception switch
    {
        // An authentication failure derives from MongoConnectionException but retrying cannot fix credentials.
        MongoAuthenticationException => false,
        MongoConnectionException => true,
        MongoExecutionTimeoutException => true,
        MongoNotPrimaryException => true,
        MongoNodeIsRecoveringException => true,
        MongoException m when m.HasErrorLabel(RetryableWriteErrorLabel) => true,

        // Server selection and wait-queue timeouts surface as plain TimeoutException.
        TimeoutException => true,
        _ => false,
    };
}
