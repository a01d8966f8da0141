using TaxiiServer.Application.Access;

namespace TaxiiServer.Application.Tests.Access;

public class ApiKeyFormatTests
{
    [Test]
    public void A_generated_key_has_the_documented_shape_and_its_prefix_and_hash()
    {
        var (key, prefix, hash) = ApiKeyFormat.Generate();

        Assert.That(key, Does.Match("^taxii_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$"));
        Assert.That(ApiKeyFormat.LooksValid(key), Is.True);
        Assert.That(ApiKeyFormat.PrefixOf(key), Is.EqualTo(prefix));
        Assert.That(hash, Is.EqualTo(ApiKeyFormat.Hash(key)).And.Match("^[0-9a-f]{64}$"));
        Assert.That(hash, Does.Not.Contain(key[15..]));
    }

    [Test]
    public void Every_key_is_different()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeyFormat.Generate().Key).ToList();

        Assert.That(keys, Is.Unique);
        Assert.That(keys.Select(ApiKeyFormat.PrefixOf), Is.Unique);
    }

    [TestCase("")]
    [TestCase("taxii_1234567_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // prefix one char short
    [TestCase("taxii_12345678-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // wrong separator
    [TestCase("taxi_12345678_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")] // wrong marker
    [TestCase("taxii_12345678_AAAA")] // secret too short
    public void Malformed_keys_are_refused_before_any_lookup(string key) =>
        Assert.That(ApiKeyFormat.LooksValid(key), Is.False);

    [Test]
    public void The_hash_is_the_sha256_of_the_whole_key() =>
        Assert.That(ApiKeyFormat.Hash("abc"), Is.EqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}
