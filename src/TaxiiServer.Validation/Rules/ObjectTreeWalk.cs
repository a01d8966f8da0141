using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>
/// Walks every value of an object once and hands each property and each empty list or object to the rules that
/// judge them (property names, empty lists, empty dictionaries). Each of those rules used to walk the whole
/// object itself. Problems come out grouped by rule, in the order the rules were given, as if each had run alone.
/// </summary>
internal sealed class ObjectTreeWalk
{
    private readonly ITreeRule[] rules;
    private readonly IPropertyVisitor[] propertyVisitors;
    private readonly IEmptyValueVisitor[] emptyVisitors;

    public ObjectTreeWalk(IEnumerable<ITreeRule> rules)
    {
        this.rules = [.. rules];
        propertyVisitors = [.. this.rules.OfType<IPropertyVisitor>()];
        emptyVisitors = [.. this.rules.OfType<IEmptyValueVisitor>()];
    }

    public void Run(JsonElement stixObject, List<ValidationProblem> problems)
    {
        if (stixObject.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var start = problems.Count;
        var path = JsonPath.Rent();
        try
        {
            VisitObject(stixObject, KeyRole.PropertyName, path, problems);
        }
        finally
        {
            JsonPath.Return(path);
        }

        if (rules.Length > 1 && problems.Count - start > 1)
        {
            GroupByRule(problems, start);
        }
    }

    /// <summary>Walks an object's properties; false when it has none.</summary>
    private bool VisitObject(JsonElement value, KeyRole role, JsonPath path, List<ValidationProblem> problems)
    {
        var any = false;
        foreach (var property in value.EnumerateObject())
        {
            any = true;
            path.Push(property);
            foreach (var visitor in propertyVisitors)
            {
                visitor.VisitProperty(property, role, path, problems);
            }

            var child = property.Value;
            if (child.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                VisitNested(child, ChildRole(property, role), path, problems);
            }

            path.Pop();
        }

        return any;
    }

    /// <summary>Walks an object or array below the top level; <paramref name="role"/> is what its objects' keys are.</summary>
    private void VisitNested(JsonElement value, KeyRole role, JsonPath path, List<ValidationProblem> problems)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            if (!VisitObject(value, role, path, problems))
            {
                ReportEmpty(JsonValueKind.Object, path, problems);
            }

            return;
        }

        if (value.GetArrayLength() == 0)
        {
            ReportEmpty(JsonValueKind.Array, path, problems);
            return;
        }

        // Objects in a list hold property names, even in a dictionary's list; a producer-defined shape stays one.
        var itemRole = role == KeyRole.ProducerDefined ? KeyRole.ProducerDefined : KeyRole.PropertyName;
        var index = 0;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                path.Push(index);
                VisitNested(item, itemRole, path, problems);
                path.Pop();
            }

            index++;
        }
    }

    private static KeyRole ChildRole(JsonProperty property, KeyRole role) => role switch
    {
        KeyRole.PropertyName when DictionaryProperties.IsCustomByConvention(property) => KeyRole.ProducerDefined,
        KeyRole.PropertyName when DictionaryProperties.IsDictionary(property) => KeyRole.DictionaryKey,
        KeyRole.ProducerDefined => KeyRole.ProducerDefined,
        _ => KeyRole.PropertyName,
    };

    private void ReportEmpty(JsonValueKind kind, JsonPath path, List<ValidationProblem> problems)
    {
        foreach (var visitor in emptyVisitors)
        {
            visitor.VisitEmpty(kind, path, problems);
        }
    }

    // Rare (an object with several problems): reorder what the walk appended so each rule's problems are together.
    private void GroupByRule(List<ValidationProblem> problems, int start)
    {
        var found = problems.GetRange(start, problems.Count - start);
        problems.RemoveRange(start, found.Count);
        foreach (var rule in rules)
        {
            foreach (var problem in found)
            {
                if (problem.RuleId == rule.Id)
                {
                    problems.Add(problem);
                }
            }
        }
    }
}
