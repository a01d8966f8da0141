using TaxiiServer.Core.Storage;
using TaxiiServer.Core.Taxii;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>The catalog contract: discovery, API roots and collections; creates never overwrite.</summary>
public abstract partial class CatalogStoreContract : StoreContract
{
    private ICatalogStore Catalog => Stores.Catalog;

    private static CollectionInfo Collection(string apiRoot, string title, string? id = null) => new(
        id ?? Guid.NewGuid().ToString(), apiRoot, title, "about " + title, null, [TaxiiMediaTypes.Stix21]);

    [Test]
    public async Task Discovery_is_absent_until_created_and_the_first_creation_wins()
    {
        Assert.That(await Catalog.GetDiscoveryAsync(default), Is.Null);
        var first = new DiscoveryInfo("Hub", "A hub", "soc@example.org", "api1");

        var created = await Catalog.TryCreateDiscoveryAsync(first, default);
        var again = await Catalog.TryCreateDiscoveryAsync(new DiscoveryInfo("Other", null, null, null), default);

        Assert.That(created, Is.True);
        Assert.That(again, Is.False);
        Assert.That(await Catalog.GetDiscoveryAsync(default), Is.EqualTo(first));
    }

    [Test]
    public async Task Discovery_keeps_absent_optional_fields_absent()
    {
        var discovery = new DiscoveryInfo("Hub", null, null, null);
        await Catalog.TryCreateDiscoveryAsync(discovery, default);

        Assert.That(await Catalog.GetDiscoveryAsync(default), Is.EqualTo(discovery));
    }

    [Test]
    public async Task Api_roots_are_listed_by_name_and_never_overwritten()
    {
        var b = new ApiRootInfo("b-root", "B", null, 10_485_760);
        var a = new ApiRootInfo("a-root", "A", "first", 1);
        await Catalog.TryCreateApiRootAsync(b, default);
        await Catalog.TryCreateApiRootAsync(a, default);

        var overwrite = await Catalog.TryCreateApiRootAsync(a with { Title = "changed" }, default);

        Assert.That(overwrite, Is.False);
        Assert.That(await Catalog.GetApiRootsAsync(default), Is.EqualTo(new[] { a, b }));
        Assert.That(await Catalog.FindApiRootAsync("a-root", default), Is.EqualTo(a));
        Assert.That(await Catalog.FindApiRootAsync("c-root", default), Is.Null);
    }

    [Test]
    public async Task Without_api_roots_the_list_is_empty()
    {
        Assert.That(await Catalog.GetApiRootsAsync(default), Is.Empty);
        Assert.That(await Catalog.GetCollectionsAsync("api1", default), Is.Empty);
    }

    [Test]
    public async Task Collections_are_listed_per_api_root_by_title_then_id()
    {
        var second = Collection("api1", "Beta", "00000000-0000-4000-8000-000000000002");
        var first = Collection("api1", "Beta", "00000000-0000-4000-8000-000000000001");
        var alpha = Collection("api1", "Alpha");
        var elsewhere = Collection("api2", "Aardvark");
        foreach (var c in new[] { second, elsewhere, first, alpha })
        {
            Assert.That(await Catalog.TryCreateCollectionAsync(c, default), Is.True);
        }

        var listed = await Catalog.GetCollectionsAsync("api1", default);

        Assert.That(listed.Select(c => c.Id), Is.EqualTo(new[] { alpha.Id, first.Id, second.Id }));
        Assert.That((await Catalog.GetCollectionsAsync("api2", default)).Single().Id, Is.EqualTo(elsewhere.Id));
    }

    [Test]
    public async Task A_collection_is_found_by_id_with_every_field_and_never_overwritten()
    {
        var collection = new CollectionInfo(Guid.NewGuid().ToString(), "api1", "Intel", null, "intel",
            [TaxiiMediaTypes.Stix21, TaxiiMediaTypes.Stix20]);
        await Catalog.TryCreateCollectionAsync(collection, default);

        var overwrite = await Catalog.TryCreateCollectionAsync(collection with { ApiRoot = "api2", Title = "x" }, default);
        var found = await Catalog.FindCollectionAsync(collection.Id, default);

        Assert.That(overwrite, Is.False);
        Assert.That(found, Is.Not.Null);
        Assert.That(found!.ApiRoot, Is.EqualTo("api1"));
        Assert.That(found.Title, Is.EqualTo("Intel"));
        Assert.That(found.Description, Is.Null);
        Assert.That(found.Alias, Is.EqualTo("intel"));
        Assert.That(found.MediaTypes, Is.EqualTo(collection.MediaTypes));
        Assert.That(await Catalog.FindCollectionAsync(Guid.NewGuid().ToString(), default), Is.Null);
        Assert.That(await Catalog.GetCollectionsAsync("api2", default), Is.Empty);
    }
}
