using TaxiiServer.Core.Taxii;
using TaxiiServer.Validation.Pipeline;

namespace TaxiiServer.Validation.Tests.Pipeline;

/// <summary>Issue 5: the setting stored on an API root, then the root's configuration entry, then the server-wide values.</summary>
public class PolicyPrecedenceTests
{
    private static ValidationOptions Options()
    {
        var options = new ValidationOptions { Policy = ValidationMode.Strict, AcceptCustomObjects = true, AcceptCustomProperties = true };
        options.ApiRoots["hub"] = new ApiRootValidationOptions { Policy = ValidationMode.Schema, AcceptCustomProperties = false };
        return options;
    }

    private static ApiRootInfo Root(string name, ApiRootValidation validation) =>
        new ApiRootInfo(name, name, null, 10) with { Validation = validation };

    [Test]
    public void Without_a_stored_setting_configuration_decides_as_before()
    {
        var options = Options();

        Assert.That(options.PolicyFor(Root("hub", ApiRootValidation.Unset)), Is.EqualTo(options.PolicyFor("hub")));
        Assert.That(options.PolicyFor(Root("hub", ApiRootValidation.Unset)), Is.EqualTo(new ValidationPolicy(ValidationMode.Schema, true, false)));
        Assert.That(options.PolicyFor(Root("other", ApiRootValidation.Unset)), Is.EqualTo(ValidationPolicy.Default));
    }

    [Test]
    public void A_stored_value_wins_over_the_roots_configuration_entry_and_the_server_wide_value()
    {
        var stored = new ApiRootValidation(ApiRootValidationMode.Off, false, true);

        Assert.That(Options().PolicyFor(Root("hub", stored)), Is.EqualTo(new ValidationPolicy(ValidationMode.Off, false, true)));
        Assert.That(Options().PolicyFor(Root("other", stored)), Is.EqualTo(new ValidationPolicy(ValidationMode.Off, false, true)));
    }

    [Test]
    public void Each_field_falls_back_on_its_own()
    {
        // Only the custom-objects flag is stored: the mode and custom properties still come from the hub's entry.
        var stored = new ApiRootValidation(null, false, null);

        Assert.That(Options().PolicyFor(Root("hub", stored)), Is.EqualTo(new ValidationPolicy(ValidationMode.Schema, false, false)));
        Assert.That(Options().PolicyFor(Root("other", stored)), Is.EqualTo(new ValidationPolicy(ValidationMode.Strict, false, true)));
    }

    [TestCase(ApiRootValidationMode.Strict, ValidationMode.Strict)]
    [TestCase(ApiRootValidationMode.Schema, ValidationMode.Schema)]
    [TestCase(ApiRootValidationMode.Off, ValidationMode.Off)]
    public void Stored_modes_map_to_pipeline_modes_and_back(ApiRootValidationMode stored, ValidationMode pipeline)
    {
        Assert.That(stored.ToValidationMode(), Is.EqualTo(pipeline));
        Assert.That(pipeline.ToApiRootMode(), Is.EqualTo(stored));
    }
}
