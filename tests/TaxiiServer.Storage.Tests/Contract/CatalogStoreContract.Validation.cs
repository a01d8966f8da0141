using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>
/// The validation setting stored on an API root (issue 5): each of its three fields is kept exactly, set or unset,
/// through create, update, find and list.
/// </summary>
public abstract partial class CatalogStoreContract
{
    private static readonly ApiRootValidation Everything = new(ApiRootValidationMode.Schema, false, true);

    private static ApiRootInfo Root(string name, ApiRootValidation validation) =>
        new ApiRootInfo(name, name.ToUpperInvariant(), null, 1000) with { Validation = validation };

    // Every mode, both booleans, and each field left unset on its own.
    private static IEnumerable<TestCaseData> Settings() =>
        new ApiRootValidation[]
        {
            new(ApiRootValidationMode.Strict, true, true),
            new(ApiRootValidationMode.Schema, false, false),
            new(ApiRootValidationMode.Off, null, null),
            new(null, false, null),
            new(null, null, true),
            ApiRootValidation.Unset,
        }.Select(v => new TestCaseData(v).SetArgDisplayNames(
            $"{v.Policy?.ToName() ?? "unset"}/{v.AcceptCustomObjects?.ToString() ?? "unset"}/{v.AcceptCustomProperties?.ToString() ?? "unset"}"));

    [TestCaseSource(nameof(Settings))]
    public async Task A_created_api_root_keeps_its_validation_setting(ApiRootValidation validation)
    {
        var root = Root("api1", validation);

        Assert.That(await Catalog.TryCreateApiRootAsync(root, default), Is.True);

        Assert.That((await Catalog.FindApiRootAsync("api1", default))!.Validation, Is.EqualTo(validation));
        Assert.That((await Catalog.GetApiRootsAsync(default)).Single(), Is.EqualTo(root));
    }

    [Test]
    public async Task A_root_created_without_a_setting_reads_as_unset()
    {
        await Catalog.TryCreateApiRootAsync(new ApiRootInfo("api1", "One", null, 1000), default);

        Assert.That((await Catalog.FindApiRootAsync("api1", default))!.Validation, Is.EqualTo(ApiRootValidation.Unset));
    }

    [Test]
    public async Task Updating_sets_changes_and_clears_the_validation_setting()
    {
        await Catalog.TryCreateApiRootAsync(Root("api1", ApiRootValidation.Unset), default);
        await Catalog.TryCreateApiRootAsync(Root("api2", Everything), default);

        await Catalog.UpdateApiRootAsync(Root("api1", Everything), default);
        Assert.That((await Catalog.FindApiRootAsync("api1", default))!.Validation, Is.EqualTo(Everything));

        var partly = new ApiRootValidation(ApiRootValidationMode.Off, null, true);
        await Catalog.UpdateApiRootAsync(Root("api1", partly), default);
        Assert.That((await Catalog.FindApiRootAsync("api1", default))!.Validation, Is.EqualTo(partly));

        await Catalog.UpdateApiRootAsync(Root("api1", ApiRootValidation.Unset), default);
        Assert.That((await Catalog.FindApiRootAsync("api1", default))!.Validation, Is.EqualTo(ApiRootValidation.Unset));

        // The other root is untouched by all of it, and lists show what finds show.
        Assert.That((await Catalog.GetApiRootsAsync(default)).Select(r => r.Validation),
            Is.EqualTo(new[] { ApiRootValidation.Unset, Everything }));
    }

    [Test]
    public async Task Updating_other_settings_keeps_the_validation_setting_given_with_them()
    {
        await Catalog.TryCreateApiRootAsync(Root("api1", Everything), default);
        var renamed = Root("api1", Everything) with { Title = "Renamed", MaxContentLength = 5 };

        Assert.That(await Catalog.UpdateApiRootAsync(renamed, default), Is.True);

        Assert.That(await Catalog.FindApiRootAsync("api1", default), Is.EqualTo(renamed));
    }
}
