using TaxiiServer.Api;
using TaxiiServer.Api.Auth;
using TaxiiServer.Api.Http;
using TaxiiServer.Api.Options;
using TaxiiServer.Api.Taxii;
using TaxiiServer.Application;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddTaxiiStore(builder.Configuration);
builder.Services.AddTaxiiApplication();
builder.Services.AddTaxiiAuthentication();
builder.Services.AddTaxiiErrors();
builder.Services.AddHostedService<StartupBanner>();

var app = builder.Build();

app.UseTaxiiErrors();
app.UseAuthentication();
app.UseAuthorization();
app.MapTaxii();

app.Run();

/// <summary>Entry point; public so in-process tests can host the server.</summary>
public partial class Program;
