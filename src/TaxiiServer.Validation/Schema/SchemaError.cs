namespace TaxiiServer.Validation.Schema;

/// <summary>One failed assertion found while evaluating an instance.</summary>
/// <param name="Keyword">The schema keyword that failed, e.g. <c>required</c> or <c>anyOf</c>.</param>
/// <param name="InstancePointer">JSON pointer to the offending value in the instance ("" is the root). For
/// <c>required</c> it points at the missing property.</param>
/// <param name="SchemaPointer">Absolute location of the failing keyword: schema resource URI plus a JSON pointer
/// fragment, e.g. <c>http://example.com/a.json#/properties/id/pattern</c>.</param>
/// <param name="Message">A sentence a person can read.</param>
public sealed record SchemaError(string Keyword, string InstancePointer, string SchemaPointer, string Message)
{
    public override string ToString() => $"{InstancePointer}: {Message} ({Keyword} at {SchemaPointer})";
}
