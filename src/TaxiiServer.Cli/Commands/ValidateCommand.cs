using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using TaxiiServer.Validation;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Cli.Commands;

/// <summary>
/// <c>validate FILE [--schemas DIR]</c>: the server's own pipeline, registered the same way
/// (<c>AddTaxiiValidation()</c>), run locally on every object of a bundle.
/// Prints one verdict per object and exits 1 when any object is invalid.
/// </summary>
internal static class ValidateCommand
{
    public static int Run(CliArguments cli, TextWriter output)
    {
        var file = cli.Require(1, "bundle file");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ValidationOptions.Section + ":SchemaPath"] = cli.Option("schemas") ?? Path.Combine(AppContext.BaseDirectory, "schemas"),
        }).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddTaxiiValidation()
            .BuildServiceProvider();
        var validator = services.GetRequiredService<IObjectValidator>();

        // A bundle or an envelope: both carry the objects in "objects" (the server's envelope parser refuses bundles,
        // which are what producers usually hand over).
        using var document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { MaxDepth = 256 });
        if (!document.RootElement.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            throw new CliUsageException($"{file} is neither a STIX bundle nor a TAXII envelope (no \"objects\" array)");
        }

        int valid = 0, invalid = 0;
        foreach (var element in objects.EnumerateArray())
        {
            // STIX 2.0 objects are accepted, as a collection listing the 2.0 media type would.
            var verdict = validator.Validate(element, new ValidationContext(AcceptsStix20: true));
            if (verdict.IsValid)
            {
                valid++;
                output.WriteLine($"valid    {verdict.Id}");
            }
            else
            {
                invalid++;
                output.WriteLine($"INVALID  {verdict.Id ?? "(no id)"}: {verdict.Message}");
            }
        }

        output.WriteLine($"Summary: {valid + invalid} objects, {valid} valid, {invalid} invalid");
        return invalid == 0 ? 0 : 1;
    }
}
