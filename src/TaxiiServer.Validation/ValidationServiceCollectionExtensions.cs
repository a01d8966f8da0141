using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation;

public static class ValidationServiceCollectionExtensions
{
    /// <summary>
    /// Registers the validation pipeline. Singletons: the schemas are compiled once at start-up and the validators
    /// are stateless and thread-safe. A schema folder that is missing or does not compile fails the start.
    /// </summary>
    public static IServiceCollection AddTaxiiValidation(this IServiceCollection services)
    {
        services.AddOptions<ValidationOptions>().BindConfiguration(ValidationOptions.Section)
            .Validate(o => SchemaFolder.Resolve(o.SchemaPath) is not null,
                "Taxii:Validation:SchemaPath does not name a folder of STIX schemas (looked in the working directory and beside the server).")
            .ValidateOnStart();
        services.TryAddSingleton(sp =>
        {
            var path = sp.GetRequiredService<IOptions<ValidationOptions>>().Value.SchemaPath;
            return new StixSchemaSet(SchemaFolder.Resolve(path) ?? path);
        });
        services.TryAddSingleton<IObjectValidator, StixObjectValidator>();
        return services;
    }
}
