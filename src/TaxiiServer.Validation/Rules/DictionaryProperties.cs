using System.Runtime.InteropServices;
using System.Text.Json;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Properties whose values are STIX dictionaries (spec 2.12), wherever they appear: their keys follow dictionary-key
/// rules (<c>SHA-256</c>, <c>x509-v3-extensions-type</c>, <c>extension-definition--&lt;uuid&gt;</c>, HTTP header
/// names, environment variable names), not property-name rules.
/// </summary>
internal static class DictionaryProperties
{
    private static readonly byte[][] Names =
    [
        "hashes"u8.ToArray(),                   // everywhere: artifact, file, x509-certificate, external_references[], ntfs/pebinary extensions
        "extensions"u8.ToArray(),               // every object; keys are extension names or extension-definition ids
        "additional_header_fields"u8.ToArray(), // email-message
        "environment_variables"u8.ToArray(),    // process
        "startup_info"u8.ToArray(),             // windows-process-ext
        "document_info_dict"u8.ToArray(),       // pdf-ext
        "request_header"u8.ToArray(),           // http-request-ext
        "ipfix"u8.ToArray(),                    // network-traffic
        "options"u8.ToArray(),                  // socket-ext: option names such as SO_ACCEPTCONN
        "exif_tags"u8.ToArray(),                // raster-image-ext: EXIF tag names such as XResolution
        "file_header_hashes"u8.ToArray(),       // windows-pebinary-ext
        "contents"u8.ToArray(),                 // language-content: keys are language tags
        "objects"u8.ToArray(),                  // observed-data's deprecated container: keys are local references "0", "1", ...
    ];

    public static bool IsDictionary(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        foreach (var candidate in Names)
        {
            if (name.SequenceEqual(candidate))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Custom properties (the <c>x_</c> convention) hold producer-defined shapes that may be dictionaries, so the
    /// recursive name check looks at their names but not inside them.
    /// </summary>
    public static bool IsCustomByConvention(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        return name.Length > 2 && name[0] == 'x' && name[1] == '_';
    }
}
