using System.Globalization;

namespace TaxiiServer.Validation.Schema;

/// <summary>
/// Per-evaluation state: the dynamic scope for $dynamicRef, the recursion depth, and, only in the detailed pass that
/// runs after an instance failed, the error list and the instance path. One context is reused per thread.
/// </summary>
internal sealed class EvaluationContext
{
    private const int MaxDepth = 2000;

    [ThreadStatic]
    private static EvaluationContext? cached;

    private readonly List<string> path = [];
    private readonly List<SchemaResource> scope = [];
    private int depth;

    /// <summary>Non-null only in the detailed pass; keywords then report errors and track the instance path.</summary>
    public List<SchemaError>? Errors { get; set; }

    public bool Detailed => Errors is not null;

    public IReadOnlyList<SchemaResource> Scope => scope;

    public static EvaluationContext Rent()
    {
        var context = cached ?? new EvaluationContext();
        cached = null;
        return context;
    }

    public static void Return(EvaluationContext context)
    {
        context.Errors = null;
        context.path.Clear();
        context.scope.Clear();
        context.depth = 0;
        cached = context;
    }

    public bool Enter(SchemaResource resource)
    {
        if (++depth > MaxDepth)
        {
            throw new InvalidOperationException("Schema evaluation recursed too deeply; the schema probably references itself without consuming the instance.");
        }

        // Only resources declaring $dynamicAnchors can be found by a $dynamicRef, so only they join the scope.
        if (resource.DynamicAnchors is null || (scope.Count > 0 && ReferenceEquals(scope[^1], resource)))
        {
            return false;
        }

        scope.Add(resource);
        return true;
    }

    public void Leave(bool pushed)
    {
        depth--;
        if (pushed)
        {
            scope.RemoveAt(scope.Count - 1);
        }
    }

    public void PushPath(string segment) => path.Add(segment);

    public void PushPath(int index) => path.Add(index.ToString(CultureInfo.InvariantCulture));

    public void PopPath() => path.RemoveAt(path.Count - 1);

    public string InstancePointer => JsonPointer.Build(path);

    public void AddError(KeywordValidator keyword, string message) =>
        Errors?.Add(new SchemaError(keyword.Keyword, InstancePointer, keyword.Location, message));

    public void AddError(KeywordValidator keyword, string message, string childSegment) =>
        Errors?.Add(new SchemaError(keyword.Keyword, JsonPointer.Append(InstancePointer, childSegment), keyword.Location, message));
}
