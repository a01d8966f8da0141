using TaxiiServer.Api.Memory;

namespace TaxiiServer.Api.Tests.Memory;

public class IdleReleasePolicyTests
{
    private const long MiB = 1024 * 1024;
    private static readonly MemoryOptions Options = new() { IdleAllocationMiB = 8, GrowthMiB = 32, MinimumInterval = TimeSpan.FromSeconds(30) };

    private static TimeSpan At(int seconds) => TimeSpan.FromSeconds(seconds);

    [Test]
    public void An_idle_node_that_grew_past_its_floor_releases()
    {
        var policy = new IdleReleasePolicy(Options);
        Assert.That(policy.ShouldRelease(0, 100 * MiB, At(0)), Is.False, "the first look sets the floor");
        Assert.That(policy.ShouldRelease(1 * MiB, 150 * MiB, At(5)), Is.True);
    }

    [Test]
    public void A_busy_node_is_never_interrupted()
    {
        var policy = new IdleReleasePolicy(Options);
        policy.ShouldRelease(0, 100 * MiB, At(0));
        Assert.That(policy.ShouldRelease(500 * MiB, 400 * MiB, At(5)), Is.False, "500 MiB allocated in one interval: busy");
    }

    [Test]
    public void Growth_under_the_threshold_is_left_alone()
    {
        var policy = new IdleReleasePolicy(Options);
        policy.ShouldRelease(0, 100 * MiB, At(0));
        Assert.That(policy.ShouldRelease(1 * MiB, 120 * MiB, At(5)), Is.False);
    }

    [Test]
    public void Releases_are_spaced_and_back_off_while_they_free_little()
    {
        var policy = new IdleReleasePolicy(Options);
        policy.ShouldRelease(0, 100 * MiB, At(0));
        Assert.That(policy.ShouldRelease(0, 200 * MiB, At(5)), Is.True);
        policy.Released(200 * MiB, 195 * MiB, At(5)); // freed 5 MiB: the memory is live

        Assert.That(policy.ShouldRelease(0, 195 * MiB, At(20)), Is.False, "not before the minimum interval");
        Assert.That(policy.ShouldRelease(0, 195 * MiB, At(40)), Is.False, "the wait doubled to 60 s");
        Assert.That(policy.ShouldRelease(0, 195 * MiB, At(66)), Is.True);
        Assert.That(policy.Wait, Is.EqualTo(TimeSpan.FromSeconds(60)));
    }

    [Test]
    public void A_release_that_frees_much_keeps_the_short_interval()
    {
        var policy = new IdleReleasePolicy(Options);
        policy.ShouldRelease(0, 100 * MiB, At(0));
        policy.ShouldRelease(0, 300 * MiB, At(5));
        policy.Released(300 * MiB, 200 * MiB, At(5));

        Assert.That(policy.Wait, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(policy.ShouldRelease(0, 200 * MiB, At(36)), Is.True, "pools let go of more on later collections");
    }
}
