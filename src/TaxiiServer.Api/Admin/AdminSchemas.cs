namespace TaxiiServer.Api.Admin;

/// <summary>
/// Endpoint metadata naming the component schemas (in <see cref="AdminOpenApiSchemas"/>) of an admin operation's
/// body and answer. Operations without it are described as plain JSON objects.
/// </summary>
internal sealed record AdminSchemas(string? Request, string? Response, bool ResponseIsList = false);
