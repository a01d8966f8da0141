using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>Between the mode stored on an API root (Core) and the pipeline's own mode: the same three steps.</summary>
public static class ValidationModeMapping
{
    public static ValidationMode ToValidationMode(this ApiRootValidationMode mode) => mode switch
    {
        ApiRootValidationMode.Strict => ValidationMode.Strict,
        ApiRootValidationMode.Schema => ValidationMode.Schema,
        ApiRootValidationMode.Off => ValidationMode.Off,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown validation mode."),
    };

    public static ApiRootValidationMode ToApiRootMode(this ValidationMode mode) => mode switch
    {
        ValidationMode.Strict => ApiRootValidationMode.Strict,
        ValidationMode.Schema => ApiRootValidationMode.Schema,
        ValidationMode.Off => ApiRootValidationMode.Off,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown validation mode."),
    };
}
