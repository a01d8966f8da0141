using TaxiiServer.Api.Auth;
using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>Small helpers shared by the admin endpoint groups.</summary>
internal static class AdminHttp
{
    /// <summary>The caller and its address, as the audit trail records them.</summary>
    public static AdminActor Actor(HttpContext context) =>
        new(context.GetTaxiiPrincipal().Name, context.Connection.RemoteIpAddress?.ToString());

    /// <summary>200 with the value, or the problem document of the failure.</summary>
    public static IResult Ok<T>(AdminResult<T> result) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : AdminProblemTypes.ToResult(result.Problem);

    /// <summary>201 with the value and its location, or the problem document of the failure.</summary>
    public static IResult Created<T>(AdminResult<T> result, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : AdminProblemTypes.ToResult(result.Problem);
}
