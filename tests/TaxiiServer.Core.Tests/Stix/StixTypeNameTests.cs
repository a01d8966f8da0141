using TaxiiServer.Core.Stix;

namespace TaxiiServer.Core.Tests.Stix;

public class StixTypeNameTests
{
    [TestCase("indicator", true)]
    [TestCase("x-acme-widget", true)]
    [TestCase("ab", false)] // shorter than three characters
    [TestCase("Indicator", false)] // upper case
    [TestCase("x_acme", false)] // underscore is for property names, not types
    [TestCase("1abc", false)] // must start with a letter
    [TestCase("x--acme", false)] // a double hyphen would break the id syntax
    public void Checks_type_name_syntax(string type, bool valid) =>
        Assert.That(StixTypeName.IsValid(type), Is.EqualTo(valid));
}
