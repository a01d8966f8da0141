using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace TaxiiServer.Api.Limits;

/// <summary>Checks every nested section of <c>Taxii:Limits</c> at start, so a bad value stops the server with a message.</summary>
internal sealed class LimitsOptionsValidator : IValidateOptions<LimitsOptions>
{
    public ValidateOptionsResult Validate(string? name, LimitsOptions options)
    {
        var errors = new List<string>();
        Check(options.Account, "Account", errors);
        Check(options.Anonymous, "Anonymous", errors);
        foreach (var (account, quota) in options.Accounts)
        {
            Check(quota, "Accounts:" + account, errors);
        }

        Annotations(options.Work, "Work", errors);
        Annotations(options.Expensive, "Expensive", errors);
        Annotations(options.Connections, "Connections", errors);
        Positive(options.RequestTimeout, "RequestTimeout", errors);
        Positive(options.Expensive.MaxQueueWait, "Expensive:MaxQueueWait", errors);
        Positive(options.Work.MaxQueueWait, "Work:MaxQueueWait", errors);
        if (options.MaxShapingDelay < TimeSpan.Zero)
        {
            errors.Add("Taxii:Limits:MaxShapingDelay must not be negative.");
        }
        Positive(options.Connections.RequestHeadersTimeout, "Connections:RequestHeadersTimeout", errors);
        Positive(options.Connections.KeepAliveTimeout, "Connections:KeepAliveTimeout", errors);
        Positive(options.Connections.DataRateGracePeriod, "Connections:DataRateGracePeriod", errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(QuotaOptions quota, string path, List<string> errors)
    {
        Annotations(quota, path, errors);
        if (quota.Burst < quota.PermitsPerSecond)
        {
            errors.Add($"Taxii:Limits:{path}:Burst must be at least PermitsPerSecond.");
        }
    }

    private static void Annotations(object section, string path, List<string> errors)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(section, new ValidationContext(section), results, validateAllProperties: true))
        {
            errors.AddRange(results.Select(r => $"Taxii:Limits:{path}: {r.ErrorMessage}"));
        }
    }

    private static void Positive(TimeSpan value, string path, List<string> errors)
    {
        if (value <= TimeSpan.Zero)
        {
            errors.Add($"Taxii:Limits:{path} must be positive.");
        }
    }
}
