namespace TaxiiServer.Validation.Schema;

/// <summary>The verdict of <see cref="CompiledSchema.Evaluate"/>: valid, or invalid with the errors found.</summary>
public sealed class SchemaEvaluationResult
{
    /// <summary>The shared result for every valid instance, so success allocates nothing.</summary>
    public static SchemaEvaluationResult Valid { get; } = new([]);

    internal SchemaEvaluationResult(IReadOnlyList<SchemaError> errors) => Errors = errors;

    public bool IsValid => Errors.Count == 0;

    /// <summary>Empty when valid. Branch failures of anyOf/oneOf are summarised in one error per keyword.</summary>
    public IReadOnlyList<SchemaError> Errors { get; }
}
