using TaxiiServer.Application.Access;
using TaxiiServer.Application.Options;

namespace TaxiiServer.Application.Tests.Access;

public class PasswordHasherTests
{
    private static readonly PasswordHasher Hasher = new(Microsoft.Extensions.Options.Options.Create(new SecurityOptions { Pbkdf2Iterations = 10_000 }));

    [Test]
    public void A_hash_verifies_its_password_only()
    {
        var hash = Hasher.Hash("correct horse");
        Assert.Multiple(() =>
        {
            Assert.That(PasswordHasher.Verify("correct horse", hash), Is.True);
            Assert.That(PasswordHasher.Verify("correct horsE", hash), Is.False);
            Assert.That(hash, Does.Not.Contain("correct horse"));
        });
    }

    [Test]
    public void Each_hash_has_its_own_salt_and_records_its_iterations()
    {
        var a = Hasher.Hash("pw");
        var b = Hasher.Hash("pw");
        Assert.That(a, Is.Not.EqualTo(b));
        Assert.That(a, Does.StartWith("pbkdf2-sha256$10000$"));
    }

    [TestCase("")]
    [TestCase("pbkdf2-sha256$x$abc$def")] // iterations not a number
    [TestCase("md5$1$abc$def")] // another scheme
    [TestCase("pbkdf2-sha256$10$!!$!!")] // not base64
    public void A_malformed_hash_never_verifies(string stored) =>
        Assert.That(PasswordHasher.Verify("pw", stored), Is.False);

    [Test]
    public void The_default_iteration_count_follows_owasp() =>
        Assert.That(new SecurityOptions().Pbkdf2Iterations, Is.GreaterThanOrEqualTo(600_000));
}
