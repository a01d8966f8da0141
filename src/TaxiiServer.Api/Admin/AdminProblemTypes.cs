using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Admin;

/// <summary>
/// The RFC 7807 problem types of the administration API. They are stable identifiers that clients may switch on, so
/// they never change once released.
/// </summary>
internal static class AdminProblemTypes
{
    private const string Base = "urn:taxii-server:admin:problem:";

    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string Invalid = Base + "invalid";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string Unavailable = Base + "unavailable";
    public const string ServerError = Base + "server-error";
    public const string RequestFailed = Base + "request-failed";

    /// <summary>The result for an <see cref="AdminProblem"/> returned by a service.</summary>
    public static IResult ToResult(AdminProblem problem) => problem.Kind switch
    {
        AdminProblemKind.NotFound => Results.Problem(problem.Detail, statusCode: 404, title: "Not found", type: NotFound),
        AdminProblemKind.Conflict => Results.Problem(problem.Detail, statusCode: 409, title: "Conflict", type: Conflict),
        _ => Results.ValidationProblem(
            problem.Errors ?? new Dictionary<string, string[]>(), problem.Detail, statusCode: 400, title: "Invalid request", type: Invalid),
    };

    /// <summary>The result for a bare status code (routing, authentication, failures outside a handler).</summary>
    public static IResult ForStatus(int status, string detail) => status switch
    {
        401 => Results.Problem(detail, statusCode: 401, title: "Authentication required", type: Unauthorized),
        403 => Results.Problem(detail, statusCode: 403, title: "Forbidden", type: Forbidden),
        404 => Results.Problem(detail, statusCode: 404, title: "Not found", type: NotFound),
        405 => Results.Problem(detail, statusCode: 405, title: "Method not allowed", type: MethodNotAllowed),
        503 => Results.Problem(detail, statusCode: 503, title: "Store unavailable", type: Unavailable),
        >= 500 => Results.Problem(detail, statusCode: status, title: "Server error", type: ServerError),
        _ => Results.Problem(detail, statusCode: status, title: "Request failed", type: RequestFailed),
    };

    /// <summary>Whether a request belongs to the administration API, which answers with problem details.</summary>
    public static bool IsAdminRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/admin");
}
