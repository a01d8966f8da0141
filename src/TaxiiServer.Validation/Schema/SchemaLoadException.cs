namespace TaxiiServer.Validation.Schema;

/// <summary>A schema could not be registered or compiled: bad JSON, an unresolvable reference, a bad regex.</summary>
public sealed class SchemaLoadException : Exception
{
    public SchemaLoadException(string message)
        : base(message)
    {
    }

    public SchemaLoadException(string message, Exception inner)
        : base(message, inner)
    {
    }

    public SchemaLoadException()
    {
    }
}
