using System.Diagnostics;
using TaxiiServer.Api.Tests.Infrastructure;

namespace TaxiiServer.Api.Tests.Paging;

/// <summary>
/// A reader paging with next (small pages) while several clients POST into the same collection, resuming each pass
/// from X-TAXII-Date-Added-Last as Elastic does: it must never see a record twice nor miss one.
/// </summary>
public class ConcurrentPagingTests : TaxiiApiFixture
{
    private const int Writers = 3;
    private const int PostsPerWriter = 12;
    private const int ObjectsPerPost = 3;

    [Test]
    public async Task Reader_paging_during_concurrent_posts_sees_every_record_exactly_once_in_date_added_order()
    {
        var collection = Factory.TakeLabCollection();
        var stopwatch = Stopwatch.StartNew();
        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            using var client = Factory.NewClient(TestAccount.ReadWrite);
            for (var post = 0; post < PostsPerWriter; post++)
            {
                var objects = Enumerable.Range(0, ObjectsPerPost).Select(i => i % 2 == 0 ? StixObjectBuilder.Indicator() : StixObjectBuilder.Malware());
                await client.AddObjectsAsync(TestHub.LabRoot, collection, EnvelopeBuilder.Of([.. objects]));
            }
        })).ToArray();
        var allWritten = Task.WhenAll(writers);

        using var reader = Factory.NewClient(TestAccount.ReadOnly);
        var seen = new List<ManifestEntry>();
        string? resumeFrom = null;
        var passes = 0;
        while (!allWritten.IsCompleted)
        {
            resumeFrom = await ReadPassAsync(reader, collection, resumeFrom, seen);
            passes++;
        }

        await allWritten;
        // The catch-up read after the writers finished.
        await ReadPassAsync(reader, collection, resumeFrom, seen);
        stopwatch.Stop();

        var final = await ManifestAsync(TestHub.LabRoot, collection, []);
        TestContext.Out.WriteLine($"{seen.Count} records read in {passes} passes while writing, {stopwatch.ElapsedMilliseconds} ms");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(final, Has.Count.EqualTo(Writers * PostsPerWriter * ObjectsPerPost));
            Assert.That(seen.Select(r => (r.Id, r.Version)), Is.Unique, "no record served twice");
            Assert.That(seen, Is.EqualTo(final), "no record missed, and all in date_added order");
            Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(60)), "bounded in time");
        }
    }

    /// <summary>
    /// Reads every record added after <paramref name="addedAfter"/> with next-paging (pages of 4), appending to
    /// <paramref name="seen"/>; returns the X-TAXII-Date-Added-Last to resume from.
    /// </summary>
    private static async Task<string?> ReadPassAsync(HttpClient reader, string collection, string? addedAfter, List<ManifestEntry> seen)
    {
        var filters = new List<(string, string)> { ("match[version]", "all"), ("limit", "4") };
        if (addedAfter is not null)
        {
            filters.Add(("added_after", addedAfter));
        }

        string? next = null;
        var last = addedAfter;
        do
        {
            (string, string)[] query = next is null ? [.. filters] : [.. filters, ("next", next)];
            var page = (await reader.GetTaxiiAsync(TaxiiPaths.Manifest(TestHub.LabRoot, collection, TaxiiQuery.Of(query)))).ShouldBe(200);
            Assert.That(page.Objects, Has.Count.LessThanOrEqualTo(4));
            seen.AddRange(page.Objects.Select(ManifestEntry.From));
            last = page.Header("X-TAXII-Date-Added-Last") ?? last;
            Assert.That(page.Next is not null, Is.EqualTo(page.More), "next comes exactly with more");
            next = page.Next;
        }
        while (next is not null);

        return last;
    }
}
