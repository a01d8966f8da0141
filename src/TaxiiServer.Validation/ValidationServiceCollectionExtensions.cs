using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using TaxiiServer.Validation.Pipeline;
using TaxiiServer.Validation.Structural;

namespace TaxiiServer.Validation;

public static class ValidationServiceCollectionExtensions
{
    /// <summary>Registers the object validator (singleton: validators are stateless and thread-safe).</summary>
    public static IServiceCollection AddTaxiiValidation(this IServiceCollection services)
    {
        services.TryAddSingleton<IObjectValidator, StructuralValidator>();
        return services;
    }
}
