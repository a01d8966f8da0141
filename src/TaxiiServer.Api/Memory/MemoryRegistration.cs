namespace TaxiiServer.Api.Memory;

internal static class MemoryRegistration
{
    public static IServiceCollection AddTaxiiMemoryRelease(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<IdleMemoryRelease>();
        return services;
    }
}
