using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Tests.Stix;

public class StixIdTests
{
    [Test]
    public void Splits_type_and_uuid()
    {
        Assert.That(StixId.TryParse("indicator--d81f86b9-975b-4c0b-875e-810c5ad45a4f", out var type, out var uuid), Is.True);
        Assert.That(type, Is.EqualTo("indicator"));
        Assert.That(uuid, Is.EqualTo(Guid.Parse("d81f86b9-975b-4c0b-875e-810c5ad45a4f")));
    }

    [TestCase("x-acme-widget--d81f86b9-975b-4c0b-875e-810c5ad45a4f")] // custom types have hyphens
    [TestCase("ipv4-addr--ff26c055-6336-5bc5-b98d-13d6226742dd")] // UUIDv5 of SCOs
    [TestCase("relationship--81f12913-1372-4c96-85ec-E9034ac98aba")] // upper-case hex, as in the OASIS examples
    public void Accepts(string id) => Assert.That(StixId.IsValid(id), Is.True);

    [TestCase("indicator-d81f86b9-975b-4c0b-875e-810c5ad45a4f")] // single hyphen
    [TestCase("indicator--d81f86b9975b4c0b875e810c5ad45a4f")] // UUID without hyphens
    [TestCase("--d81f86b9-975b-4c0b-875e-810c5ad45a4f")] // no type
    [TestCase("indicator--not-a-uuid")]
    [TestCase(null)]
    public void Rejects(string? id) => Assert.That(StixId.IsValid(id), Is.False);
}
