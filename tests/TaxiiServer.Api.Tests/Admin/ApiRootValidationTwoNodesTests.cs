using TaxiiServer.Api.Tests.Infrastructure;
using static TaxiiServer.Api.Tests.Admin.ValidationPolicyHttp;

namespace TaxiiServer.Api.Tests.Admin;

/// <summary>
/// Issue 5, "changes take effect on every server node within seconds, with no restart": two servers on one SQLite
/// file stand in for two nodes on one store. Each has already validated an envelope for the root (so anything it
/// might have kept in memory is warm) before the other changes the policy; the very next envelope follows the change.
/// </summary>
public class ApiRootValidationTwoNodesTests
{
    [Test]
    public async Task Issue_5_a_policy_changed_through_one_node_applies_on_the_next_request_to_another()
    {
        using var folder = new TestDataFolder(TestHub.Bootstrap());
        using var first = new TaxiiApiFactory(folder);
        using var second = new TaxiiApiFactory(folder);
        var root = "nodes" + Guid.NewGuid().ToString("N")[..8];
        var collection = await first.NewRootWithCollectionAsync(root);

        var strictOnSecond = await second.PostOneAsync(root, collection, MissingPattern());
        await first.PatchRootOkAsync(root, """{"validation":{"policy":"off"}}""");
        var offOnSecond = await second.PostOneAsync(root, collection, MissingPattern());
        var shownBySecond = await second.GetRootAsync(root);

        var offOnFirst = await first.PostOneAsync(root, collection, ModifiedBeforeCreated());
        await second.PatchRootOkAsync(root, """{"validation":{"policy":"strict"}}""");
        var strictOnFirst = await first.PostOneAsync(root, collection, ModifiedBeforeCreated());

        using (Assert.EnterMultipleScope())
        {
            Assert.That(strictOnSecond, Does.StartWith("schema.required"));
            Assert.That(offOnSecond, Is.Null, "the second node applies the first node's change");
            Assert.That(PolicyOf(shownBySecond, "validation"), Is.EqualTo("off"));
            Assert.That(offOnFirst, Is.Null);
            Assert.That(strictOnFirst, Does.StartWith("spec.modified-before-created"), "and the other way round");
        }
    }
}
