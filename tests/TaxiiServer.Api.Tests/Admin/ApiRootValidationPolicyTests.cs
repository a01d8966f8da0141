using TaxiiServer.Api.Tests.Infrastructure;
using static TaxiiServer.Api.Tests.Admin.ValidationPolicyHttp;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// Issue 5: the validation policy an admin stores on an API root is what ingest applies, on the next envelope,
/// field by field over configuration. Each test makes its own root; two root names are fixed because configuration
/// names them.
/// </summary>
public class ApiRootValidationPolicyTests : TaxiiApiFixture
{
    private const string ConfiguredOff = "cfg-off";
    private const string ConfiguredOffFallback = "cfg-off-fallback";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [$"Taxii:Validation:ApiRoots:{ConfiguredOff}:Policy"] = "Off",
        [$"Taxii:Validation:ApiRoots:{ConfiguredOffFallback}:Policy"] = "Off",
    };

    private static string NewRootName() => "pol" + Guid.NewGuid().ToString("N")[..10];

    [Test]
    public async Task Issue_5_policy_off_stores_objects_that_break_the_schema_and_the_must_rules()
    {
        var root = NewRootName();
        var collection = await Factory.NewRootWithCollectionAsync(root);
        Assert.That(await Factory.PostOneAsync(root, collection, MissingPattern()), Does.StartWith("schema.required"),
            "strict (the configured default) before the change");

        await Factory.PatchRootOkAsync(root, """{"validation":{"policy":"off"}}""");
        var broken = MissingPattern();

        Assert.That(await Factory.PostOneAsync(root, collection, broken), Is.Null);
        Assert.That(await Factory.PostOneAsync(root, collection, ModifiedBeforeCreated()), Is.Null);
        (await Admin.GetTaxiiAsync(TaxiiPaths.OneObject(root, collection, (string)broken["id"]!))).ShouldBe(200);
    }

    [Test]
    public async Task Issue_5_policy_strict_rejects_a_must_rule_violation_with_the_rules_message()
    {
        var root = NewRootName();
        var collection = await Factory.NewRootWithCollectionAsync(root, """{"policy":"off"}""");
        Assert.That(await Factory.PostOneAsync(root, collection, ModifiedBeforeCreated()), Is.Null, "off as created");

        await Factory.PatchRootOkAsync(root, """{"validation":{"policy":"strict"}}""");

        Assert.That(await Factory.PostOneAsync(root, collection, ModifiedBeforeCreated()),
            Does.StartWith("spec.modified-before-created").And.Contain("is earlier than 'created'"));
    }

    [Test]
    public async Task Issue_5_policy_schema_accepts_a_must_rule_violation_but_rejects_a_schema_violation()
    {
        var root = NewRootName();
        var collection = await Factory.NewRootWithCollectionAsync(root);

        await Factory.PatchRootOkAsync(root, """{"validation":{"policy":"schema"}}""");

        Assert.That(await Factory.PostOneAsync(root, collection, ModifiedBeforeCreated()), Is.Null);
        Assert.That(await Factory.PostOneAsync(root, collection, MissingPattern()), Does.StartWith("schema.required"));
    }

    [Test]
    public async Task Issue_5_refusing_custom_objects_rejects_a_well_named_custom_type_until_cleared()
    {
        var root = NewRootName();
        var collection = await Factory.NewRootWithCollectionAsync(root);
        Assert.That(await Factory.PostOneAsync(root, collection, CustomObject()), Is.Null, "accepted by default");

        await Factory.PatchRootOkAsync(root, """{"validation":{"acceptCustomObjects":false}}""");
        var refused = await Factory.PostOneAsync(root, collection, CustomObject());
        await Factory.PatchRootOkAsync(root, """{"validation":{"acceptCustomObjects":null}}""");

        Assert.That(refused, Does.StartWith("spec.custom-object"));
        Assert.That(await Factory.PostOneAsync(root, collection, CustomObject()), Is.Null, "back to the configured true");
    }

    [Test]
    public async Task A_stored_policy_overrides_the_roots_configuration_entry()
    {
        var collection = await Factory.NewRootWithCollectionAsync(ConfiguredOff);
        var before = await Factory.GetRootAsync(ConfiguredOff);
        Assert.That(await Factory.PostOneAsync(ConfiguredOff, collection, ModifiedBeforeCreated()), Is.Null, "configured off");

        var after = await Factory.PatchRootOkAsync(ConfiguredOff, """{"validation":{"policy":"strict"}}""");

        Assert.That(PolicyOf(before, "validation"), Is.Null);
        Assert.That(PolicyOf(before, "effectiveValidation"), Is.EqualTo("off"));
        Assert.That(PolicyOf(after, "validation"), Is.EqualTo("strict"));
        Assert.That(PolicyOf(after, "effectiveValidation"), Is.EqualTo("strict"));
        Assert.That(await Factory.PostOneAsync(ConfiguredOff, collection, ModifiedBeforeCreated()),
            Does.StartWith("spec.modified-before-created"));
    }

    [Test]
    public async Task An_unset_policy_falls_back_to_configuration_and_clearing_a_stored_one_returns_to_it()
    {
        var collection = await Factory.NewRootWithCollectionAsync(ConfiguredOffFallback,
            """{"policy":"strict"}""");
        Assert.That(await Factory.PostOneAsync(ConfiguredOffFallback, collection, MissingPattern()), Does.StartWith("schema."));

        var cleared = await Factory.PatchRootOkAsync(ConfiguredOffFallback, """{"validation":{"policy":null}}""");

        Assert.That(cleared.GetProperty("validation").GetProperty("policy").ValueKind, Is.EqualTo(System.Text.Json.JsonValueKind.Null));
        Assert.That(PolicyOf(cleared, "effectiveValidation"), Is.EqualTo("off"));
        Assert.That(await Factory.PostOneAsync(ConfiguredOffFallback, collection, MissingPattern()), Is.Null);
    }

    [Test]
    public async Task An_unset_root_without_a_configuration_entry_uses_the_server_wide_defaults()
    {
        var root = NewRootName();
        await Factory.NewRootWithCollectionAsync(root);

        var shown = await Factory.GetRootAsync(root);

        Assert.That(shown.GetProperty("validation").ToString(),
            Is.EqualTo("""{"policy":null,"acceptCustomObjects":null,"acceptCustomProperties":null}"""));
        Assert.That(shown.GetProperty("effectiveValidation").ToString(),
            Is.EqualTo("""{"policy":"strict","acceptCustomObjects":true,"acceptCustomProperties":true}"""));
    }
}
