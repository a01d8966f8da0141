namespace TaxiiServer.Validation.Rules;

/// <summary>What the keys of a JSON object inside a STIX object are, which decides the rules their names follow.</summary>
internal enum KeyRole
{
    /// <summary>Property names (the top level, nested objects, extension bodies, dictionary values).</summary>
    PropertyName,

    /// <summary>Keys of a STIX dictionary (see <see cref="DictionaryProperties"/>): hash names, header names, ...</summary>
    DictionaryKey,

    /// <summary>Anything inside a custom <c>x_</c> property, whose shape its producer defines.</summary>
    ProducerDefined,
}
