using static TaxiiServer.Storage.Tests.Contract.TestObjects;

namespace TaxiiServer.Storage.Tests.Contract;

/// <summary>Deleting every record of a collection, when the collection is deleted with force (issue 5).</summary>
public abstract partial class ObjectStoreContract
{
    [Test]
    public async Task Deleting_a_collection_s_objects_leaves_other_collections_alone()
    {
        var doomed = NewCollection();
        var kept = NewCollection();
        var id = NewId("indicator");
        await Objects.AddAsync(doomed, [Versioned(id, "2021-01-01T00:00:00Z"), Versioned(id, "2021-02-01T00:00:00Z"),
            Unversioned(NewId("ipv4-addr"))], default);
        await Objects.AddAsync(kept, [Versioned(id, "2021-01-01T00:00:00Z")], default);

        var deleted = await Objects.DeleteCollectionAsync(doomed, default);

        Assert.That(deleted, Is.EqualTo(3));
        Assert.That(await Objects.CountAsync(doomed, default), Is.Zero);
        Assert.That(await Objects.CountAsync(kept, default), Is.EqualTo(1));
        Assert.That(await Objects.DeleteCollectionAsync(doomed, default), Is.Zero);
    }

    [Test]
    public async Task A_collection_emptied_and_refilled_never_reuses_a_date_added()
    {
        var collection = NewCollection();
        await Objects.AddAsync(collection, [Unversioned(NewId("ipv4-addr"))], default);
        var before = (await AllAsync(collection)).Single().DateAdded;

        await Objects.DeleteCollectionAsync(collection, default);
        await Objects.AddAsync(collection, [Unversioned(NewId("ipv4-addr"))], default);

        Assert.That((await AllAsync(collection)).Single().DateAdded, Is.GreaterThan(before));
    }
}
