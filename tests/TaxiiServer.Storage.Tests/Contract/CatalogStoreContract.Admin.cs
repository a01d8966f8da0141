using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The administration side of the catalog contract (issue 5): updates and deletions.</summary>
public abstract partial class CatalogStoreContract
{
    [Test]
    public async Task Updating_an_api_root_replaces_its_settings()
    {
        await Catalog.TryCreateApiRootAsync(new ApiRootInfo("api1", "One", "first", 1000), default);
        var changed = new ApiRootInfo("api1", "Uno", null, 2000);

        Assert.That(await Catalog.UpdateApiRootAsync(changed, default), Is.True);
        Assert.That(await Catalog.UpdateApiRootAsync(changed with { Name = "nope" }, default), Is.False);
        Assert.That(await Catalog.FindApiRootAsync("api1", default), Is.EqualTo(changed));
        Assert.That(await Catalog.FindApiRootAsync("nope", default), Is.Null);
    }

    [Test]
    public async Task Deleting_an_api_root_removes_only_it()
    {
        await Catalog.TryCreateApiRootAsync(new ApiRootInfo("api1", "One", null, 1000), default);
        await Catalog.TryCreateApiRootAsync(new ApiRootInfo("api2", "Two", null, 1000), default);

        Assert.That(await Catalog.DeleteApiRootAsync("api1", default), Is.True);
        Assert.That(await Catalog.DeleteApiRootAsync("api1", default), Is.False);
        Assert.That((await Catalog.GetApiRootsAsync(default)).Select(r => r.Name), Is.EqualTo(new[] { "api2" }));
    }

    [Test]
    public async Task Updating_a_collection_keeps_its_api_root_and_replaces_the_rest()
    {
        var original = Collection("api1", "Indicators");
        await Catalog.TryCreateCollectionAsync(original, default);
        var changed = original with
        {
            ApiRoot = "elsewhere",
            Title = "IOCs",
            Description = null,
            Alias = "iocs",
            MediaTypes = [TaxiiMediaTypes.Stix21, "application/stix+json;version=2.0"],
        };

        Assert.That(await Catalog.UpdateCollectionAsync(changed, default), Is.True);
        Assert.That(await Catalog.UpdateCollectionAsync(changed with { Id = Guid.NewGuid().ToString() }, default), Is.False);

        var stored = await Catalog.FindCollectionAsync(original.Id, default);
        Assert.That(stored!.ApiRoot, Is.EqualTo("api1"));
        Assert.That(stored.Title, Is.EqualTo("IOCs"));
        Assert.That(stored.Description, Is.Null);
        Assert.That(stored.Alias, Is.EqualTo("iocs"));
        Assert.That(stored.MediaTypes, Is.EqualTo(changed.MediaTypes));
    }

    [Test]
    public async Task Deleting_a_collection_removes_it_from_its_api_root()
    {
        var keep = Collection("api1", "A");
        var drop = Collection("api1", "B");
        await Catalog.TryCreateCollectionAsync(keep, default);
        await Catalog.TryCreateCollectionAsync(drop, default);

        Assert.That(await Catalog.DeleteCollectionAsync(drop.Id, default), Is.True);
        Assert.That(await Catalog.DeleteCollectionAsync(drop.Id, default), Is.False);
        Assert.That(await Catalog.FindCollectionAsync(drop.Id, default), Is.Null);
        Assert.That((await Catalog.GetCollectionsAsync("api1", default)).Select(c => c.Id), Is.EqualTo(new[] { keep.Id }));
    }
}
