using System.Text.Json;
using TaxiiServer.Application.Admin;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Application.Tests.Admin;

/// <summary>
/// Issue 5: how a "validation" object read as the admin API reads JSON (web defaults) changes a stored setting.
/// Absent keeps, null clears, a value sets; each member on its own.
/// </summary>
public class ApiRootValidationInputTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly ApiRootValidation Stored = new(ApiRootValidationMode.Schema, false, true);

    private static ApiRootValidation Apply(string json, ApiRootValidation current)
    {
        var result = JsonSerializer.Deserialize<ApiRootValidationInput>(json, Web)!.ApplyTo(current);
        Assert.That(result.IsSuccess, Is.True, result.Problem?.Detail);
        return result.Value!;
    }

    [TestCase("{}", ApiRootValidationMode.Schema, false, true)] // nothing given: nothing changes
    [TestCase("""{"policy":"off"}""", ApiRootValidationMode.Off, false, true)]
    [TestCase("""{"policy":"STRICT"}""", ApiRootValidationMode.Strict, false, true)] // case is ignored
    [TestCase("""{"policy":null}""", null, false, true)] // null clears this member only
    [TestCase("""{"acceptCustomObjects":true}""", ApiRootValidationMode.Schema, true, true)]
    [TestCase("""{"acceptCustomObjects":null,"acceptCustomProperties":null}""", ApiRootValidationMode.Schema, null, null)]
    [TestCase("""{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":null}""", null, null, null)]
    public void Members_are_kept_set_or_cleared(string json, ApiRootValidationMode? policy, bool? objects, bool? properties) =>
        Assert.That(Apply(json, Stored), Is.EqualTo(new ApiRootValidation(policy, objects, properties)));

    [Test]
    public void On_a_new_root_only_the_members_given_are_set() =>
        Assert.That(Apply("""{"acceptCustomProperties":false}""", ApiRootValidation.Unset),
            Is.EqualTo(new ApiRootValidation(null, null, false)));

    [Test]
    public void The_validation_member_itself_absent_or_null_gives_no_change()
    {
        Assert.That(JsonSerializer.Deserialize<ApiRootInput>("""{"title":"t"}""", Web)!.Validation, Is.Null);
        Assert.That(JsonSerializer.Deserialize<ApiRootInput>("""{"title":"t","validation":null}""", Web)!.Validation, Is.Null);
        Assert.That(JsonSerializer.Deserialize<ApiRootInput>("""{"validation":{"policy":"off"}}""", Web)!.Validation!.Policy, Is.EqualTo("off"));
    }

    [TestCase("lenient")] // not a mode
    [TestCase("")] // empty
    [TestCase("1")] // an enum number
    public void An_unknown_policy_is_a_problem_naming_the_field(string policy)
    {
        var input = new ApiRootValidationInput { Policy = policy };

        var result = input.ApplyTo(Stored);

        Assert.That(result.IsSuccess, Is.False);
        Assert.That(result.Problem!.Kind, Is.EqualTo(AdminProblemKind.Invalid));
        Assert.That(result.Problem.Errors!.Keys, Is.EqualTo(new[] { "validation.policy" }));
    }

    [Test]
    public void The_presence_flags_are_not_part_of_the_json()
    {
        var json = JsonSerializer.Serialize(new ApiRootValidationInput { Policy = "off" }, Web);

        Assert.That(json, Is.EqualTo("""{"policy":"off","acceptCustomObjects":null,"acceptCustomProperties":null}"""));
    }
}
