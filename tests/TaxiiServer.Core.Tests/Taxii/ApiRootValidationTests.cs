using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Core.Tests.Taxii;

public class ApiRootValidationTests
{
    [TestCase("strict", ApiRootValidationMode.Strict)]
    [TestCase("schema", ApiRootValidationMode.Schema)]
    [TestCase("off", ApiRootValidationMode.Off)]
    [TestCase("Strict", ApiRootValidationMode.Strict)] // configuration binding ignores case; so do the admin API and bootstrap
    [TestCase("OFF", ApiRootValidationMode.Off)]
    public void Mode_names_are_read_ignoring_case(string text, ApiRootValidationMode expected)
    {
        Assert.That(ApiRootValidationModes.TryParse(text, out var mode), Is.True);
        Assert.That(mode, Is.EqualTo(expected));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("lenient")] // not a mode
    [TestCase("0")] // enum numbers are no names: a number must never select a mode
    [TestCase(" strict")] // no trimming: the stored text is exact
    public void Anything_else_is_no_mode(string? text) =>
        Assert.That(ApiRootValidationModes.TryParse(text, out _), Is.False);

    [Test]
    public void Each_mode_has_a_lower_case_name_that_reads_back()
    {
        foreach (var mode in Enum.GetValues<ApiRootValidationMode>())
        {
            var name = mode.ToName();
            Assert.That(name, Is.EqualTo(name.ToLowerInvariant()));
            Assert.That(ApiRootValidationModes.TryParse(name, out var back) && back == mode, Is.True, name);
        }

        Assert.That(ApiRootValidationModes.Names, Is.EqualTo(new[] { "strict", "schema", "off" }));
    }

    [Test]
    public void A_root_has_no_stored_setting_unless_one_is_given()
    {
        var root = new ApiRootInfo("hub", "Hub", null, 10);
        var configured = root with { Validation = new ApiRootValidation(ApiRootValidationMode.Off, null, false) };

        Assert.That(root.Validation, Is.EqualTo(ApiRootValidation.Unset));
        Assert.That(new ApiRootValidation(null, null, null), Is.EqualTo(ApiRootValidation.Unset));
        Assert.That(configured, Is.Not.EqualTo(root), "the setting is part of the root's value");
        Assert.That(configured with { Validation = ApiRootValidation.Unset }, Is.EqualTo(root));
    }
}
