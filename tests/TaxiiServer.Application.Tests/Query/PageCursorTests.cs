using TaxiiServer.Application.Query;
using TaxiiServer.Core.Stix;

namespace TaxiiServer.Application.Tests.Query;

public class PageCursorTests
{
    [Test]
    public void A_token_decodes_to_the_date_added_it_was_issued_at()
    {
        var at = TaxiiTimestamp.Parse("2026-05-06T07:08:09.123456Z");
        var token = PageCursor.Encode("sig", at);
        var decoded = PageCursor.Decode(token, "sig");
        Assert.That(decoded.Value, Is.EqualTo(at));
    }

    [Test]
    public void A_token_presented_with_other_filters_is_refused()
    {
        var token = PageCursor.Encode("filters-a", new TaxiiTimestamp(42));
        var decoded = PageCursor.Decode(token, "filters-b");
        Assert.That(decoded.IsSuccess, Is.False);
        Assert.That(decoded.Problem!.Code.HttpStatus, Is.EqualTo(400));
    }

    [TestCase("garbage!")] // not base64url
    [TestCase("djEuYWJjLjQy")] // base64url of "v1.abc.42": wrong digest length
    [TestCase("")]
    public void A_token_this_server_did_not_issue_is_refused(string token) =>
        Assert.That(PageCursor.Decode(token, "sig").IsSuccess, Is.False);
}
