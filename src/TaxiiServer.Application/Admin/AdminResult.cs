using System.Diagnostics.CodeAnalysis;

namespace TaxiiServer.Application.Admin;

/// <summary>Why an administration request could not be done; each kind has a stable problem type.</summary>
public enum AdminProblemKind
{
    NotFound,
    Conflict,
    Invalid,
}

/// <summary>An expected failure of an administration use case, carried as a value to the HTTP layer.</summary>
public sealed record AdminProblem(AdminProblemKind Kind, string Detail, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public static AdminProblem NotFound(string detail) => new(AdminProblemKind.NotFound, detail);

    public static AdminProblem Conflict(string detail) => new(AdminProblemKind.Conflict, detail);

    public static AdminProblem Invalid(string field, string message) =>
        new(AdminProblemKind.Invalid, message, new Dictionary<string, string[]> { [field] = [message] });
}

/// <summary>Either a value or an <see cref="AdminProblem"/>.</summary>
public readonly struct AdminResult<T>
{
    private AdminResult(T? value, AdminProblem? problem)
    {
        Value = value;
        Problem = problem;
    }

    public T? Value { get; }

    public AdminProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public static implicit operator AdminResult<T>(T value) => new(value, null);

    public static implicit operator AdminResult<T>(AdminProblem problem) => new(default, problem);
}

/// <summary>The caller of an administration request, as the audit trail records it.</summary>
public sealed record AdminActor(string Name, string? Source);
