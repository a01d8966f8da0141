using System.Text.Json;

namespace TaxiiServer.Validation.Pipeline;

/// <summary>Judges one object of an envelope. Implementations are thread-safe and report every problem they find.</summary>
public interface IObjectValidator
{
    ObjectVerdict Validate(JsonElement stixObject, ValidationContext context);
}
