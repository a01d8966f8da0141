using TaxiiServer.Application.Limits;

namespace TaxiiServer.Api.Tests.Limits;

public sealed class PasswordHashSlotsTests
{
    [Test]
    public async Task A_second_check_waits_until_the_only_slot_is_free()
    {
        using var slots = new PasswordHashSlots(Microsoft.Extensions.Options.Options.Create(
            new FailedAuthenticationOptions { MaxConcurrentPasswordHashes = 1 }));
        using var release = new ManualResetEventSlim();
        var running = 0;
        var most = 0;
        bool Check()
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            release.Wait(TimeSpan.FromSeconds(10));
            Interlocked.Decrement(ref running);
            return true;
        }

        var first = Task.Run(() => slots.RunAsync(Check, CancellationToken.None));
        var second = Task.Run(() => slots.RunAsync(Check, CancellationToken.None));
        await Task.Delay(200);
        Assert.That(Volatile.Read(ref running), Is.EqualTo(1), "the second check waits for the slot");

        release.Set();
        Assert.That(await Task.WhenAll(first, second), Is.All.True);
        Assert.That(most, Is.EqualTo(1));
    }

    [Test]
    public void A_waiting_check_gives_up_with_its_request()
    {
        using var slots = new PasswordHashSlots(Microsoft.Extensions.Options.Options.Create(
            new FailedAuthenticationOptions { MaxConcurrentPasswordHashes = 1 }));
        using var release = new ManualResetEventSlim();
        using var holding = new ManualResetEventSlim();
        var holder = Task.Run(() => slots.RunAsync(() =>
        {
            holding.Set();
            return release.Wait(TimeSpan.FromSeconds(10));
        }, CancellationToken.None));
        Assert.That(holding.Wait(TimeSpan.FromSeconds(10)), Is.True);
        using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        Assert.That(async () => await slots.RunAsync(() => true, gone.Token), Throws.InstanceOf<OperationCanceledException>());
        release.Set();
        Assert.That(async () => await holder, Throws.Nothing);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
