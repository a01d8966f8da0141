namespace TaxiiServer.Application.Limits;

/// <summary>What <see cref="FairWorkPool.AcquireAsync"/> gave.</summary>
/// <param name="Lease">The slot (dispose it to free the slot), or null when refused.</param>
/// <param name="Refusal">Why there is no slot.</param>
/// <param name="Queued">Whether the request had to wait (every slot was busy when it came).</param>
public readonly record struct WorkSlot(IDisposable? Lease, WorkRefusal Refusal, bool Queued);

/// <summary>Why <see cref="FairWorkPool.AcquireAsync"/> gave no slot.</summary>
public enum WorkRefusal
{
    /// <summary>A slot was granted.</summary>
    None,

    /// <summary>The queue of all accounts is at its bound: the node is saturated (503).</summary>
    QueueFull,

    /// <summary>The wait ran out before a slot came free (503).</summary>
    WaitTooLong,
}

/// <summary>
/// A fixed number of work slots shared fairly between accounts. While a slot is free a request takes it at once;
/// when all are busy it waits, and each slot that comes free goes to the waiting account that holds the fewest
/// slots (on a tie, the one served longest ago: round robin), its oldest request first. So one account's flood fills the slots
/// only while nobody else wants them: another account's request is served at the next free slot, however many the
/// flooder has queued. Work-conserving, no slot reserved per account. Singleton per pool.
/// </summary>
public sealed class FairWorkPool
{
    private readonly object _lock = new();
    private readonly Dictionary<string, Tenant> _tenants = new(StringComparer.Ordinal);
    private readonly int _slots;
    private readonly int _queueLimit;
    private readonly TimeProvider _clock;
    private int _inUse;
    private int _waiting;
    private long _grants;

    public FairWorkPool(int slots, int queueLimit, TimeProvider clock)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(queueLimit);
        _slots = slots;
        _queueLimit = queueLimit;
        _clock = clock;
    }

    public int Slots => _slots;

    public int InUse
    {
        get
        {
            lock (_lock)
            {
                return _inUse;
            }
        }
    }

    public int Waiting
    {
        get
        {
            lock (_lock)
            {
                return _waiting;
            }
        }
    }

    /// <summary>
    /// A slot for <paramref name="tenant"/> (dispose the lease to free it), or a refusal. Waits at most
    /// <paramref name="maxWait"/>; cancelling <paramref name="ct"/> (the client left) throws.
    /// </summary>
    public async ValueTask<WorkSlot> AcquireAsync(string tenant, TimeSpan maxWait, CancellationToken ct)
    {
        Waiter waiter;
        lock (_lock)
        {
            var owner = TenantOf(tenant);
            if (_inUse < _slots && _waiting == 0)
            {
                _inUse++;
                owner.InUse++;
                owner.LastServed = ++_grants;
                return new WorkSlot(new Lease(this, owner), WorkRefusal.None, Queued: false);
            }

            if (_waiting >= _queueLimit)
            {
                ForgetIfIdle(owner);
                return new WorkSlot(null, WorkRefusal.QueueFull, Queued: false);
            }

            waiter = new Waiter(owner);
            owner.Queue.Enqueue(waiter);
            _waiting++;
        }

        using var timeout = new CancellationTokenSource(maxWait, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        await using (linked.Token.UnsafeRegister(static state => ((Waiter)state!).Cancel(), waiter))
        {
            try
            {
                await waiter.Granted.Task.ConfigureAwait(false);
                return new WorkSlot(new Lease(this, waiter.Owner), WorkRefusal.None, Queued: true);
            }
            catch (OperationCanceledException)
            {
                Withdraw(waiter);
                ct.ThrowIfCancellationRequested();
                return new WorkSlot(null, WorkRefusal.WaitTooLong, Queued: true);
            }
        }
    }

    private Tenant TenantOf(string name)
    {
        if (!_tenants.TryGetValue(name, out var tenant))
        {
            tenant = new Tenant(name);
            _tenants.Add(name, tenant);
        }

        return tenant;
    }

    private void Release(Tenant owner)
    {
        lock (_lock)
        {
            owner.InUse--;
            _inUse--;
            ForgetIfIdle(owner);
            Dispatch();
        }
    }

    /// <summary>Hands free slots to waiters, fewest slots held first. Under the lock.</summary>
    private void Dispatch()
    {
        while (_inUse < _slots && _waiting > 0)
        {
            Tenant? next = null;
            foreach (var tenant in _tenants.Values)
            {
                if (tenant.Queue.Count == 0)
                {
                    continue;
                }

                if (next is null || tenant.InUse < next.InUse ||
                    (tenant.InUse == next.InUse && tenant.LastServed < next.LastServed))
                {
                    next = tenant;
                }
            }

            var waiter = next!.Queue.Dequeue();
            _waiting--;
            if (!waiter.TryGrant())
            {
                // Cancelled while queued: its place is simply skipped.
                continue;
            }

            _inUse++;
            next.InUse++;
            next.LastServed = ++_grants;
        }
    }

    /// <summary>A waiter gave up: take it out of its queue (if still there), under the lock.</summary>
    private void Withdraw(Waiter waiter)
    {
        lock (_lock)
        {
            var queue = waiter.Owner.Queue;
            var count = queue.Count;
            var removed = false;
            for (var i = 0; i < count; i++)
            {
                var item = queue.Dequeue();
                if (ReferenceEquals(item, waiter))
                {
                    removed = true;
                    continue;
                }

                queue.Enqueue(item);
            }

            if (removed)
            {
                _waiting--;
            }

            ForgetIfIdle(waiter.Owner);
        }
    }

    private void ForgetIfIdle(Tenant tenant)
    {
        if (tenant.InUse == 0 && tenant.Queue.Count == 0)
        {
            _tenants.Remove(tenant.Name);
        }
    }

    private sealed class Tenant(string name)
    {
        public string Name { get; } = name;

        public int InUse;

        /// <summary>When this account last got a slot (a grant sequence number; 0: never).</summary>
        public long LastServed;

        public readonly Queue<Waiter> Queue = new();
    }

    private sealed class Waiter(Tenant owner)
    {
        private int _state; // 0 waiting, 1 granted, 2 cancelled

        public Tenant Owner { get; } = owner;

        public TaskCompletionSource Granted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool TryGrant()
        {
            if (Interlocked.CompareExchange(ref _state, 1, 0) != 0)
            {
                return false;
            }

            Granted.SetResult();
            return true;
        }

        public void Cancel()
        {
            if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
            {
                Granted.SetCanceled();
            }
        }
    }

    private sealed class Lease(FairWorkPool queue, Tenant owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                queue.Release(owner);
            }
        }
    }
}
