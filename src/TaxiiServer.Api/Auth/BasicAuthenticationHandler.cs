using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Http;
using TaxiiServer.Api.Limits;
using TaxiiServer.Application.Access;
using TaxiiServer.Core.Errors;

namespace TaxiiServer.Api.Auth;

/// <summary>
/// HTTP Basic, the one scheme every TAXII client speaks. The verified account's <see cref="Core.Access.Principal"/>
/// (with its grants, read fresh on every request) is attached to the request for the endpoints.
/// </summary>
internal sealed class BasicAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    CredentialVerifier verifier,
    PrincipalLoader principals,
    FailedAuthenticationGate guard)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Basic";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Anonymous endpoints (health) never touch the account store, even when a client sends credentials:
        // ASP.NET Core runs a lone scheme as the default for every request.
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0 || Context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!AuthenticationHeaderValue.TryParse(header, out var value) ||
            !value.Scheme.Equals(SchemeName, StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return AuthenticateResult.Fail("Unsupported Authorization header.");
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value.Parameter));
        }
        catch (FormatException)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        var separator = decoded.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0)
        {
            return AuthenticateResult.Fail("Malformed Basic credentials.");
        }

        // Credentials verified recently cost no hash, so they are served even from an address or for an account
        // under attack; only attempts that would compute the deliberately slow hash meet the guard.
        var name = decoded[..separator];
        var password = decoded[(separator + 1)..];
        var account = await verifier.TryCachedAsync(name, password, Context.RequestAborted);
        if (account is null)
        {
            if (guard.TryRefuse(Context, name))
            {
                return AuthenticateResult.Fail("Too many failed attempts.");
            }

            account = await verifier.VerifyAsync(name, password, Context.RequestAborted);
            if (account is null)
            {
                guard.Failed(Context, name);
                return AuthenticateResult.Fail("Invalid credentials.");
            }

            guard.Succeeded(Context, name);
        }

        var principal = await principals.LoadAsync(account, Context.RequestAborted);
        Context.SetTaxiiPrincipal(principal);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"TAXII\", charset=\"UTF-8\"";
        return TaxiiErrorWriter.WriteAsync(Context, TaxiiErrorCode.Unauthorized,
            "Send HTTP Basic credentials of an account of this server.");
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        TaxiiErrorWriter.WriteAsync(Context, TaxiiErrorCode.Forbidden, "This account may not do that.");
}
