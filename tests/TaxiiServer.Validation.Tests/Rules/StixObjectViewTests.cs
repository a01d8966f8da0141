using System.Text.Json;
using TaxiiServer.Validation.Rules;

namespace TaxiiServer.Validation.Tests.Rules;

/// <summary>The shared top-level view must answer exactly as <c>JsonElement.TryGetProperty</c> would.</summary>
public class StixObjectViewTests
{
    [TestCase("""{"type":"a","type":"b"}""", "type", "b")] // duplicates: the last one wins
    [TestCase("""{"x_mitre_aaaa":"1","x_mitre_bbbb":"2"}""", "x_mitre_aaaa", "1")] // same length and first eight bytes
    [TestCase("""{"x_mitre_aaaa":"1","x_mitre_bbbb":"2"}""", "x_mitre_bbbb", "2")]
    [TestCase("""{"ty\u0070e":"escaped"}""", "type", "escaped")] // an escaped name is found by what it reads as
    [TestCase("""{"created_by_r\u0065f":"escaped and long"}""", "created_by_ref", "escaped and long")]
    [TestCase("""{"id":"short"}""", "id", "short")]
    [TestCase("""{"":"empty name"}""", "", "empty name")]
    public void Finds_what_TryGetProperty_finds(string json, string name, string expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement.GetProperty(name).GetString(), Is.EqualTo(expected), "the case itself");
        var view = StixObjectView.Rent(document.RootElement);
        try
        {
            Assert.That(view.TryGet(System.Text.Encoding.UTF8.GetBytes(name), out var value), Is.True);
            Assert.That(value.GetString(), Is.EqualTo(expected));
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    [TestCase("""{"x_mitre_aaaa":"1"}""", "x_mitre_aaab")] // same length and head, different tail
    [TestCase("""{"type":"a"}""", "typ")]
    [TestCase("""{"type":"a"}""", "types")]
    [TestCase("""{"ty\u0070e":"a"}""", "typf")]
    [TestCase("""{}""", "type")]
    public void Misses_what_TryGetProperty_misses(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement.TryGetProperty(name, out _), Is.False, "the case itself");
        var view = StixObjectView.Rent(document.RootElement);
        try
        {
            Assert.That(view.TryGet(System.Text.Encoding.UTF8.GetBytes(name), out _), Is.False);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    [Test]
    public void Indexes_every_property_of_a_wide_object_in_document_order()
    {
        var names = Enumerable.Range(0, 100).Select(i => $"prop_{i:D3}").ToList();
        using var document = JsonDocument.Parse("{" + string.Join(",", names.Select(n => $"\"{n}\":\"{n}\"")) + "}");
        var view = StixObjectView.Rent(document.RootElement);
        try
        {
            Assert.That(Enumerable.Range(0, view.Count).Select(i => view[i].Name), Is.EqualTo(names));
            Assert.That(names.All(n => view.TryGet(System.Text.Encoding.UTF8.GetBytes(n), out var v) && v.GetString() == n), Is.True);
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    [TestCase("""{"type":"attack-pattern"}""", "attack-pattern")]
    [TestCase("""{"type":"bundle"}""", "bundle")]
    [TestCase("""{"type":"x-mitre-tactic"}""", null)] // custom
    [TestCase("""{"type":5}""", null)]
    [TestCase("""{"type":""}""", null)]
    [TestCase("""{"type":"fil\u0065"}""", "file")]
    public void Resolves_the_spec_defined_type(string json, string? expected)
    {
        using var document = JsonDocument.Parse(json);
        var view = StixObjectView.Rent(document.RootElement);
        try
        {
            Assert.That(view.Type?.Name, Is.EqualTo(expected));
        }
        finally
        {
            StixObjectView.Return(view);
        }
    }

    [Test]
    public void A_huge_object_does_not_leave_its_index_pinned_to_the_thread()
    {
        var huge = "{" + string.Join(",", Enumerable.Range(0, 5000).Select(i => $"\"x_p{i}\":{i}")) + "}";
        using (var document = JsonDocument.Parse(huge))
        {
            var view = StixObjectView.Rent(document.RootElement);
            Assert.That(view.Count, Is.EqualTo(5000));
            StixObjectView.Return(view);
        }

        using var small = JsonDocument.Parse("""{"type":"indicator"}""");
        var reused = StixObjectView.Rent(small.RootElement);
        try
        {
            Assert.That(reused.Capacity, Is.LessThanOrEqualTo(1024));
            Assert.That(reused.TryGet("type"u8, out var type) && type.GetString() == "indicator", Is.True);
        }
        finally
        {
            StixObjectView.Return(reused);
        }
    }
}
