namespace TaxiiServer.Api.Http;

/// <summary>Every error the pipeline produces without a body (routing 404, 405, ...) gets a TAXII error body.</summary>
internal static class TaxiiErrorPipeline
{
    public static IServiceCollection AddTaxiiErrors(this IServiceCollection services)
    {
        services.AddExceptionHandler<TaxiiExceptionHandler>();
        services.AddProblemDetails();
        return services;
    }

    public static WebApplication UseTaxiiErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages(context =>
        {
            var response = context.HttpContext.Response;
            if (response.HasStarted || response.ContentLength > 0 || response.ContentType is not null)
            {
                return Task.CompletedTask;
            }

            return TaxiiErrorWriter.WriteAsync(context.HttpContext, TaxiiErrorWriter.CodeFor(response.StatusCode), Describe(context.HttpContext));
        });
        return app;
    }

    private static string Describe(HttpContext context) => context.Response.StatusCode switch
    {
        404 => $"Nothing is served at {context.Request.Path}.",
        405 => $"{context.Request.Method} is not allowed on {context.Request.Path}.",
        _ => $"The request to {context.Request.Path} failed.",
    };
}
