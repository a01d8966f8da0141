using System.Diagnostics.CodeAnalysis;

namespace TaxiiServer.Core.Errors;

/// <summary>Either a value or a <see cref="TaxiiProblem"/>.</summary>
public readonly struct Result<T>
{
    private Result(T? value, TaxiiProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public TaxiiProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

#pragma warning disable CA1000 // Factory methods on a generic result type read best at the call site.
    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(TaxiiProblem problem) => new(default, problem);
#pragma warning restore CA1000

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(TaxiiProblem problem) => Fail(problem);
}
