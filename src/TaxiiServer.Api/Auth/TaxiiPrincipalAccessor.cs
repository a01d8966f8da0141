using TaxiiServer.Core.Access;

namespace TaxiiServer.Api.Auth;

/// <summary>Carries the authenticated <see cref="Principal"/> from the authentication handler to the endpoints.</summary>
internal static class TaxiiPrincipalAccessor
{
    private static readonly object Key = new();

    public static void SetTaxiiPrincipal(this HttpContext context, Principal principal) => context.Items[Key] = principal;

    /// <summary>The caller; endpoints only run after authorization, so it is always present there.</summary>
    public static Principal GetTaxiiPrincipal(this HttpContext context) =>
        context.Items[Key] as Principal
        ?? throw new InvalidOperationException("No authenticated TAXII principal on this request.");
}
