namespace TaxiiServer.Core.Errors;

/// <summary>
/// An expected failure of a use case, carried as a value to the HTTP layer, which renders it as a TAXII error
/// resource.
/// </summary>
public sealed record TaxiiProblem(TaxiiErrorCode Code, string? Description = null)
{
    public static TaxiiProblem NotFound(string description) => new(TaxiiErrorCode.NotFound, description);
    public static TaxiiProblem Forbidden(string description) => new(TaxiiErrorCode.Forbidden, description);
    public static TaxiiProblem BadFilter(string description) => new(TaxiiErrorCode.InvalidFilter, description);
}
