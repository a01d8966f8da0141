using System.Text.Json;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Rules;

/// <summary>Finds every empty array or empty object below an object's top level.</summary>
internal static class EmptyValueWalker
{
    public static void Walk(JsonElement root, JsonValueKind emptyKind, JsonPath path, List<ValidationProblem> problems,
        IValidationRule rule, string message)
    {
        foreach (var property in root.EnumerateObject())
        {
            path.Push(property);
            Visit(property.Value, emptyKind, path, problems, rule, message);
            path.Pop();
        }
    }

    private static void Visit(JsonElement value, JsonValueKind emptyKind, JsonPath path, List<ValidationProblem> problems,
        IValidationRule rule, string message)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Array:
                if (value.GetArrayLength() == 0)
                {
                    Report(emptyKind == JsonValueKind.Array, path, problems, rule, message);
                    return;
                }

                var index = 0;
                foreach (var item in value.EnumerateArray())
                {
                    path.Push(index++);
                    Visit(item, emptyKind, path, problems, rule, message);
                    path.Pop();
                }

                return;

            case JsonValueKind.Object:
                var any = false;
                foreach (var property in value.EnumerateObject())
                {
                    any = true;
                    path.Push(property);
                    Visit(property.Value, emptyKind, path, problems, rule, message);
                    path.Pop();
                }

                if (!any)
                {
                    Report(emptyKind == JsonValueKind.Object, path, problems, rule, message);
                }

                return;

            default:
                return;
        }
    }

    private static void Report(bool wanted, JsonPath path, List<ValidationProblem> problems, IValidationRule rule, string message)
    {
        if (wanted)
        {
            problems.Add(new ValidationProblem(rule.Id, path.ToPointer(), message));
        }
    }
}
