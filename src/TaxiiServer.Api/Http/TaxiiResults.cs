using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using TaxiiServer.Core.Errors;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Api.Http;

/// <summary>Results that write TAXII resources with the TAXII media type.</summary>
internal static class TaxiiResults
{
    public static IResult Json<T>(T value, JsonTypeInfo<T> typeInfo, int status = StatusCodes.Status200OK) =>
        new JsonResourceResult<T>(value, typeInfo, status);

    /// <summary>
    /// A 200 with no body that still carries the TAXII media type: clients such as taxii2-client check the
    /// Content-Type of every success response against their Accept header.
    /// </summary>
    public static IResult EmptyOk() => EmptyResult.Instance;

    public static IResult Problem(TaxiiProblem problem) => new ProblemResult(problem);

    /// <summary>Maps a use-case result: its value through <paramref name="onSuccess"/>, a problem to an error.</summary>
    public static IResult From<T>(Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : Problem(result.Problem);

    private sealed class JsonResourceResult<T>(T value, JsonTypeInfo<T> typeInfo, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = status;
            httpContext.Response.ContentType = TaxiiMediaTypes.Taxii21;
            return JsonSerializer.SerializeAsync(httpContext.Response.Body, value, typeInfo, httpContext.RequestAborted);
        }
    }

    private sealed class EmptyResult : IResult
    {
        public static readonly EmptyResult Instance = new();

        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = TaxiiMediaTypes.Taxii21;
            httpContext.Response.ContentLength = 0;
            return Task.CompletedTask;
        }
    }

    private sealed class ProblemResult(TaxiiProblem problem) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext) =>
            TaxiiErrorWriter.WriteAsync(httpContext, problem.Code, problem.Description);
    }
}
