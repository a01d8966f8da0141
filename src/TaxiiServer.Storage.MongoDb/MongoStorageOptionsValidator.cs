using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using MongoDB.Driver;

namespace TaxiiServer.Storage.MongoDb;

/// <summary>
/// Checks what data annotations cannot: the nested resilience options, that the URI and write concern parse, and
/// that a date_added lease outlives any store call. Runs at start-up through ValidateOnStart.
/// </summary>
internal sealed class MongoStorageOptionsValidator : IValidateOptions<MongoStorageOptions>
{
    public ValidateOptionsResult Validate(string? name, MongoStorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options.Resilience, new ValidationContext(options.Resilience), results, true))
        {
            failures.AddRange(results.Select(r => $"{MongoStorageOptions.SectionName}:Resilience: {r.ErrorMessage}"));
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                _ = MongoUrl.Create(options.ConnectionString);
            }
            catch (MongoConfigurationException ex)
            {
                failures.Add($"{MongoStorageOptions.SectionName}:ConnectionString is not a MongoDB URI: {ex.Message}");
            }
        }

        if (!string.IsNullOrWhiteSpace(options.WriteConcern))
        {
            try
            {
                _ = MongoClientSettingsFactory.CreateWriteConcern(options);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException)
            {
                failures.Add($"{MongoStorageOptions.SectionName}:WriteConcern '{options.WriteConcern}' is not valid.");
            }
        }

        if (options.DateAddedLeaseDuration < options.Resilience.Timeout * 2)
        {
            failures.Add($"{MongoStorageOptions.SectionName}:DateAddedLeaseDuration ({options.DateAddedLeaseDuration}) " +
                $"must be at least twice Resilience:Timeout ({options.Resilience.Timeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
