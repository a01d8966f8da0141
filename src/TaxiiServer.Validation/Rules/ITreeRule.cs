using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>A rule judged during the one shared walk over every value of an object (<see cref="ObjectTreeWalk"/>).</summary>
internal interface ITreeRule : IValidationRule
{
}

/// <summary>A tree rule that looks at property names.</summary>
internal interface IPropertyVisitor : ITreeRule
{
    /// <summary>
    /// Called for each property of each JSON object in the tree, the top level included, before its value is walked;
    /// <paramref name="path"/> ends with the property.
    /// </summary>
    void VisitProperty(JsonProperty property, KeyRole role, JsonPath path, List<ValidationProblem> problems);
}

/// <summary>A tree rule that looks at empty values.</summary>
internal interface IEmptyValueVisitor : ITreeRule
{
    /// <summary>Called for each empty array or object below the top level; <paramref name="path"/> points at it.</summary>
    void VisitEmpty(JsonValueKind kind, JsonPath path, List<ValidationProblem> problems);
}
