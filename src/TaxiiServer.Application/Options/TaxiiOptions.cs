using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Application.Options;

/// <summary>Paging settings, bound from <c>Taxii:Paging</c>.</summary>
public sealed class PagingOptions
{
    public const string Section = "Taxii:Paging";

    /// <summary>Page size when a request gives no <c>limit</c>. Default 100.</summary>
    [Range(1, 100_000)]
    public int DefaultLimit { get; set; } = 100;

    /// <summary>Largest page served; larger limits are served at this size. Default 1000.</summary>
    [Range(1, 100_000)]
    public int MaxLimit { get; set; } = 1000;
}

/// <summary>Status resource retention, bound from <c>Taxii:Status</c>.</summary>
public sealed class StatusOptions
{
    public const string Section = "Taxii:Status";

    /// <summary>How long a completed status stays readable. Default 24 hours.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How often expired statuses are purged. Default 10 minutes.</summary>
    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>Credential settings, bound from <c>Taxii:Security</c>.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Taxii:Security";

    /// <summary>
    /// PBKDF2-HMAC-SHA256 iterations for new password hashes. Default 600,000 (OWASP Password Storage Cheat Sheet).
    /// Existing hashes keep the count they were made with.
    /// </summary>
    [Range(10_000, 10_000_000)]
    public int Pbkdf2Iterations { get; set; } = 600_000;

    /// <summary>
    /// How long a successful password verification is remembered after its last use (sliding; at most a day in
    /// all). Default 30 minutes, so a SIEM polling every few minutes hashes once a day and keeps signing in from an
    /// address under a password-guessing flood. Each use still checks the account is enabled and its password
    /// unchanged, so revocation is immediate whatever the TTL.
    /// </summary>
    public TimeSpan CredentialCacheTtl { get; set; } = TimeSpan.FromMinutes(30);
}

/// <summary>Ingest settings, bound from <c>Taxii:Ingest</c>.</summary>
public sealed class IngestOptions
{
    public const string Section = "Taxii:Ingest";

    /// <summary>Deepest JSON nesting accepted in a POST body. Default 64.</summary>
    [Range(8, 1000)]
    public int MaxJsonDepth { get; set; } = 64;
}

/// <summary>Bootstrap settings, bound from <c>Taxii:Bootstrap</c>.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Taxii:Bootstrap";

    /// <summary>A bootstrap JSON file applied at every start (idempotently); none when empty.</summary>
    public string? File { get; set; }
}
