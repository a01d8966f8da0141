using TaxiiServer.Testing;
using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

public sealed class StixSchemaSetTests
{
    [Test]
    public void Invented_type_names_do_not_grow_the_cache_without_bound()
    {
        var set = new StixSchemaSet(SharedData.InRepository("schemas"));
        var custom = set.For("x-first-custom", hasCreatedOrModified: true);

        for (var i = 0; i < StixSchemaSet.MaxRememberedCustomTypes + 1000; i++)
        {
            Assert.That(set.For($"x-invented-{i}", hasCreatedOrModified: true), Is.SameAs(custom));
        }

        Assert.That(set.RememberedTypes, Is.LessThanOrEqualTo(StixSchemaSet.MaxRememberedCustomTypes));
        // Types with a schema of their own are still found, and remembered, once the bound is reached.
        Assert.That(set.Defines("indicator"), Is.True);
        Assert.That(set.For("indicator", hasCreatedOrModified: true), Is.Not.SameAs(custom));
    }
}
