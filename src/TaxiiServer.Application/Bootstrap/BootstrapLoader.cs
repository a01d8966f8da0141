using System.Text.Json;
using TaxiiServer.Core.Stix;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Bootstrap;

/// <summary>Reads and checks a bootstrap file before anything is written, so a bad file changes nothing.</summary>
public static class BootstrapLoader
{
    /// <summary>Default max_content_length of an API root: 10 MiB.</summary>
    public const long DefaultMaxContentLength = 10 * 1024 * 1024;

    public static BootstrapDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new BootstrapException($"Bootstrap file '{Path.GetFullPath(path)}' does not exist (Taxii:Bootstrap:File).");
        }

        BootstrapDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(File.ReadAllBytes(path), BootstrapJsonContext.Default.BootstrapDocument);
        }
        catch (JsonException ex)
        {
            throw new BootstrapException($"Bootstrap file '{path}' is not valid: {ex.Message}", ex);
        }

        if (document is null)
        {
            throw new BootstrapException($"Bootstrap file '{path}' is empty.");
        }

        Check(document);
        return document;
    }

    private static void Check(BootstrapDocument document)
    {
        var collectionIds = new HashSet<string>(StringComparer.Ordinal);
        var rootNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in document.ApiRoots ?? [])
        {
            if (string.IsNullOrWhiteSpace(root.Name) || !IsUrlSegment(root.Name))
            {
                throw new BootstrapException($"API root name '{root.Name}' must be a URL segment of letters, digits, '-', '_' or '.'.");
            }

            if (!rootNames.Add(root.Name))
            {
                throw new BootstrapException($"API root '{root.Name}' is declared twice.");
            }

            if (root.MaxContentLength is <= 0)
            {
                throw new BootstrapException($"API root '{root.Name}': maxContentLength must be positive.");
            }

            if (root.Validation?.Policy is { } policy && !ApiRootValidationModes.TryParse(policy, out _))
            {
                throw new BootstrapException(
                    $"API root '{root.Name}': validation.policy must be \"strict\", \"schema\" or \"off\", not '{policy}'.");
            }

            foreach (var collection in root.Collections ?? [])
            {
                if (!Guid.TryParseExact(collection.Id, "D", out _) || collection.Id.Any(char.IsAsciiLetterUpper))
                {
                    throw new BootstrapException($"Collection id '{collection.Id}' in API root '{root.Name}' must be a lower-case UUID.");
                }

                if (string.IsNullOrWhiteSpace(collection.Title))
                {
                    throw new BootstrapException($"Collection '{collection.Id}' needs a title.");
                }

                if (!collectionIds.Add(collection.Id))
                {
                    throw new BootstrapException($"Collection '{collection.Id}' is declared twice.");
                }
            }
        }

        if (document.Discovery?.Default is { } defaultRoot && !rootNames.Contains(defaultRoot))
        {
            throw new BootstrapException($"discovery.default names API root '{defaultRoot}', which the file does not declare.");
        }

        foreach (var account in document.Accounts ?? [])
        {
            if (string.IsNullOrWhiteSpace(account.Name) || account.Name.Contains(':', StringComparison.Ordinal))
            {
                throw new BootstrapException($"Account name '{account.Name}' must be non-empty and contain no ':' (HTTP Basic).");
            }

            if (string.IsNullOrEmpty(account.Password))
            {
                throw new BootstrapException($"Account '{account.Name}' needs a password.");
            }
        }
    }

    /// <summary>The API root a file entry declares; call after <see cref="Load"/> has checked the file.</summary>
    public static ApiRootInfo ToApiRoot(BootstrapApiRoot root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var info = new ApiRootInfo(root.Name!, root.Title ?? root.Name!, root.Description,
            root.MaxContentLength ?? DefaultMaxContentLength);
        return root.Validation is not { } v
            ? info
            : info with
            {
                Validation = new ApiRootValidation(
                    ApiRootValidationModes.TryParse(v.Policy, out var mode) ? mode : null,
                    v.AcceptCustomObjects,
                    v.AcceptCustomProperties),
            };
    }

    public static CollectionInfo ToCollection(string apiRoot, BootstrapCollectionEntry c) =>
        new(c.Id!, apiRoot, c.Title!, c.Description, c.Alias,
            c.MediaTypes is { Count: > 0 } types ? types : [SpecVersion.MediaType(SpecVersion.V21)]);

    private static bool IsUrlSegment(string name) =>
        name.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_' or '.') && name is not "." and not "..";
}
