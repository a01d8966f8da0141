using System.Text;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

public class IdTextTests
{
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d", "identity")]
    [TestCase("x-mitre-tactic--6B8A1D5E-2C3F-4A5B-9C7D-1E2F3A4B5C6D", "x-mitre-tactic")] // upper-case hex is read too
    [TestCase("a--b--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d", null)] // the first "--" separates
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6", null)] // one digit short
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6dd", null)]
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d1-e2f3a4b5c6d", null)] // a hyphen out of place
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c-d", null)] // five hyphens
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6g", null)] // not hex
    [TestCase("--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d", null)] // no type
    [TestCase("idéntity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5c6d", "idéntity")] // the prefix is not judged here
    [TestCase("identity--6b8a1d5e-2c3f-4a5b-9c7d-1e2f3a4b5cé", null)]
    public void Characters_and_utf8_split_alike(string id, string? type)
    {
        var fromChars = IdText.TrySplit(id.AsSpan(), out var charType, out _) ? charType.ToString() : null;
        var fromBytes = IdText.TrySplit(Encoding.UTF8.GetBytes(id).AsSpan(), out var byteType, out _) ? Encoding.UTF8.GetString(byteType) : null;
        Assert.That((fromChars, fromBytes), Is.EqualTo((type, type)));
    }
}
