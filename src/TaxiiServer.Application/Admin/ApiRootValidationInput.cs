using System.Text.Json.Serialization;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Admin;

/// <summary>
/// The <c>validation</c> object of an API-root request. Each member counts on its own: absent keeps the stored value,
/// <c>null</c> clears it back to unset (configuration decides again), a value sets it. So <c>{"policy":"off"}</c>
/// changes the policy alone, and <c>{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":null}</c>
/// clears everything.
/// </summary>
/// <remarks>
/// System.Text.Json calls a setter only for a member present in the body, so each setter records that its member was
/// given: that is what tells an explicit <c>null</c> from an absent member. The policy is text, not an enum, so an
/// unknown name reaches <see cref="ApplyTo"/> and is answered with a problem naming the field instead of a bare 400.
/// </remarks>
public sealed class ApiRootValidationInput
{
    private readonly string? _policy;
    private readonly bool? _acceptCustomObjects;
    private readonly bool? _acceptCustomProperties;

    /// <summary>"strict", "schema" or "off" (any case); null clears.</summary>
    public string? Policy
    {
        get => _policy;
        init
        {
            _policy = value;
            HasPolicy = true;
        }
    }

    public bool? AcceptCustomObjects
    {
        get => _acceptCustomObjects;
        init
        {
            _acceptCustomObjects = value;
            HasAcceptCustomObjects = true;
        }
    }

    public bool? AcceptCustomProperties
    {
        get => _acceptCustomProperties;
        init
        {
            _acceptCustomProperties = value;
            HasAcceptCustomProperties = true;
        }
    }

    [JsonIgnore]
    public bool HasPolicy { get; private init; }

    [JsonIgnore]
    public bool HasAcceptCustomObjects { get; private init; }

    [JsonIgnore]
    public bool HasAcceptCustomProperties { get; private init; }

    /// <summary>The setting after applying the members given to <paramref name="current"/>, or why it cannot be.</summary>
    public AdminResult<ApiRootValidation> ApplyTo(ApiRootValidation current)
    {
        ArgumentNullException.ThrowIfNull(current);
        var policy = current.Policy;
        if (HasPolicy)
        {
            if (Policy is null)
            {
                policy = null;
            }
            else if (ApiRootValidationModes.TryParse(Policy, out var mode))
            {
                policy = mode;
            }
            else
            {
                // The value is not echoed: it is caller text of any length.
                return AdminProblem.Invalid("validation.policy",
                    "validation.policy must be \"strict\", \"schema\" or \"off\", or null to fall back to configuration.");
            }
        }

        return new ApiRootValidation(
            policy,
            HasAcceptCustomObjects ? AcceptCustomObjects : current.AcceptCustomObjects,
            HasAcceptCustomProperties ? AcceptCustomProperties : current.AcceptCustomProperties);
    }
}
