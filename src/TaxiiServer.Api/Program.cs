using Microsoft.Extensions.Options;
using TaxiiServer.Api;
using TaxiiServer.Api.Admin;
using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Health;
using TaxiiServer.Api.Http;
using TaxiiServer.Api.Limits;
using TaxiiServer.Api.Memory;
using TaxiiServer.Api.Observability;
using TaxiiServer.Api.Options;
using TaxiiServer.Api.Taxii;
using TaxiiServer.Application;
using TaxiiServer.Application.Bootstrap;

// Settings are read once at start (IOptions), so watching appsettings for changes buys nothing; and the watcher
// covers the whole content root, where the default data folder lives: every SQLite write woke it (measured: ~3 % of
// the server's CPU during ingest). A later --hostBuilder:reloadConfigOnChange=true on the command line still wins.
var builder = WebApplication.CreateBuilder(["--hostBuilder:reloadConfigOnChange=false", .. args]);

builder.Services.AddTaxiiStore(builder.Configuration);
builder.Services.AddTaxiiApplication();
builder.Services.AddTaxiiAuthentication();
builder.Services.AddTaxiiErrors();
builder.Services.AddTaxiiHealth();
builder.Services.AddTaxiiLimits();
builder.AddTaxiiObservability();
builder.Services.AddTaxiiAdmin();
builder.Services.AddTaxiiMemoryRelease();
builder.Services.AddHostedService<StartupBanner>();

try
{
    var app = builder.Build();

    app.UseTaxiiObservability();
    app.UseTaxiiErrors();
    app.UseMiddleware<RequestSizeLimits>();
    app.UseAuthentication();
    app.UseTaxiiLimits();
    app.UseAuthorization();
    app.MapTaxii();
    app.MapTaxiiHealth();
    app.MapTaxiiAdmin();

    app.Run();
}
catch (Exception ex) when (ex is BootstrapException or OptionsValidationException)
{
    // A configuration mistake: say what is wrong in one line, without a stack trace, and exit non-zero.
    await Console.Error.WriteLineAsync($"TAXII server did not start: {ex.Message}");
    Environment.ExitCode = 1;
}

/// <summary>Entry point; public so in-process tests can host the server.</summary>
public partial class Program;
