using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using TaxiiServer.Api.Admin;
using TaxiiServer.Api.Limits;
using TaxiiServer.Application.Access;
using TaxiiServer.Application.Admin;

namespace TaxiiServer.Api.Auth;

/// <summary>
/// The scheme every endpoint uses: <c>Authorization: Basic</c> goes to <see cref="BasicAuthenticationHandler"/>,
/// <c>Bearer</c> and <c>Token</c> carry an API key. Each refused credential is written to the audit trail (the name
/// tried or the key's public prefix, the address, the reason; never the secret). Challenges answer with a TAXII error
/// on the TAXII surface and with problem details under <c>/admin</c>.
/// </summary>
internal sealed class TaxiiCredentialsHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeyVerifier keys,
    PrincipalLoader principals,
    AuditService audit,
    FailedAuthenticationGate gate)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "TaxiiCredentials";
    private const string Challenge = "Basic realm=\"TAXII\", charset=\"UTF-8\", Bearer realm=\"TAXII\"";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Anonymous endpoints (health) never touch the store, even when a client sends credentials.
        var header = Request.Headers.Authorization.ToString();
        if (header.Length == 0 || Context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return AuthenticateResult.NoResult();
        }

        if (!AuthenticationHeaderValue.TryParse(header, out var value))
        {
            return await MalformedAsync("header", "unreadable Authorization header");
        }

        if (value.Scheme.Equals("Bearer", StringComparison.OrdinalIgnoreCase) ||
            value.Scheme.Equals("Token", StringComparison.OrdinalIgnoreCase))
        {
            return await AuthenticateKeyAsync(value.Parameter ?? string.Empty);
        }

        if (!value.Scheme.Equals(BasicAuthenticationHandler.SchemeName, StringComparison.OrdinalIgnoreCase))
        {
            return await MalformedAsync(value.Scheme, "unsupported authentication scheme");
        }

        var basic = await Context.AuthenticateAsync(BasicAuthenticationHandler.SchemeName);
        if (basic.Succeeded)
        {
            return AuthenticateResult.Success(new AuthenticationTicket(basic.Principal, SchemeName));
        }

        return await FailAsync(BasicUserName(value.Parameter), "basic", basic.Failure?.Message ?? "no credentials");
    }

    private async Task<AuthenticateResult> AuthenticateKeyAsync(string presented)
    {
        // A key is checked with one indexed read and no hash, so a good key is served even from an address under
        // attack. Bad keys count against the client address like bad passwords; once it is blocked they are
        // answered 429 and not audited one by one.
        const string KeyAccount = "(api key)";
        var verification = await keys.VerifyAsync(presented.Trim(), Context.RequestAborted);
        if (verification.Account is not { } account)
        {
            if (!gate.TryRefuse(Context, KeyAccount))
            {
                gate.Failed(Context, KeyAccount);
            }

            return await FailAsync(verification.KeyPrefix, "apikey", verification.FailureReason ?? "refused");
        }

        var principal = await principals.LoadAsync(account, Context.RequestAborted);
        Context.SetTaxiiPrincipal(principal);
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, account.Name)], "ApiKey");
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>An unreadable or unsupported header: a failure of the client address, through the same guard.</summary>
    private async Task<AuthenticateResult> MalformedAsync(string scheme, string reason)
    {
        const string Malformed = "(malformed)";
        if (gate.TryRefuse(Context, Malformed))
        {
            return AuthenticateResult.Fail(reason);
        }

        gate.Failed(Context, Malformed);
        return await FailAsync(null, scheme, reason);
    }

    private async Task<AuthenticateResult> FailAsync(string? nameTried, string scheme, string reason)
    {
        // Attempts the failed-sign-in guard refused, or that come from an address it blocks, are counted in
        // metrics, not audited one by one: under a flood an audit write per request would turn the attack on the store.
        if (!gate.ShouldAudit(Context))
        {
            return AuthenticateResult.Fail(reason);
        }

        await audit.RecordAuthenticationFailureAsync(nameTried, Context.Connection.RemoteIpAddress?.ToString(),
            scheme, reason, Context.RequestAborted);
        return AuthenticateResult.Fail(reason);
    }

    /// <summary>The user part of Basic credentials, for the audit trail; the password is never decoded into a string.</summary>
    private static string? BasicUserName(string? parameter)
    {
        try
        {
            var bytes = Convert.FromBase64String(parameter ?? string.Empty);
            var colon = Array.IndexOf(bytes, (byte)':');
            return colon > 0 ? Encoding.UTF8.GetString(bytes, 0, Math.Min(colon, 128)) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (!AdminProblemTypes.IsAdminRequest(Context))
        {
            await Context.ChallengeAsync(BasicAuthenticationHandler.SchemeName, properties);
            return;
        }

        Response.Headers.WWWAuthenticate = Challenge;
        await AdminProblemTypes.ForStatus(401,
            "Send HTTP Basic credentials or an API key (Authorization: Bearer <key>) of an admin account.").ExecuteAsync(Context);
    }

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) =>
        AdminProblemTypes.IsAdminRequest(Context)
            ? AdminProblemTypes.ForStatus(403, "Only admin accounts may use the administration API.").ExecuteAsync(Context)
            : Context.ForbidAsync(BasicAuthenticationHandler.SchemeName, properties);
}
