using System.Text.Json.Nodes;

namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>Builds a TAXII envelope <c>{"objects": [...]}</c>; raw items may be anything, valid or not.</summary>
public sealed class EnvelopeBuilder
{
    private readonly JsonArray _objects = [];

    public static EnvelopeBuilder Of(params StixObjectBuilder[] objects)
    {
        var envelope = new EnvelopeBuilder();
        foreach (var stixObject in objects)
        {
            envelope.With(stixObject);
        }

        return envelope;
    }

    public EnvelopeBuilder With(StixObjectBuilder stixObject) => WithRaw(stixObject.Build());

    /// <summary>Adds an item as given: an object, or any JSON value for invalid-item tests.</summary>
    public EnvelopeBuilder WithRaw(JsonNode? item)
    {
        _objects.Add(item?.DeepClone());
        return this;
    }

    public int Count => _objects.Count;

    public string ToJson() => new JsonObject { ["objects"] = _objects.DeepClone() }.ToJsonString();
}
