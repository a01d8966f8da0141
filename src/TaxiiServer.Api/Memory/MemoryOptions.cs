using System.ComponentModel.DataAnnotations;

namespace TaxiiServer.Api.Memory;

/// <summary>Giving memory back after bursts, bound from <c>Taxii:Memory</c>.</summary>
public sealed class MemoryOptions
{
    public const string Section = "Taxii:Memory";

    /// <summary>Collect and decommit once the node falls idle after a burst. Default on.</summary>
    public bool ReleaseWhenIdle { get; set; } = true;

    /// <summary>How often the node looks at its memory. Default 5 seconds.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Idle means it allocated less than this many MiB over one check interval. Default 8.</summary>
    [Range(0, 1_000_000)]
    public int IdleAllocationMiB { get; set; } = 8;

    /// <summary>Collect when the GC holds this many MiB more than after the last collection. Default 32.</summary>
    [Range(1, 1_000_000)]
    public int GrowthMiB { get; set; } = 32;

    /// <summary>
    /// Fewest time between two collections. Default 10 seconds: pools give buffers back over several collections, so
    /// a node needs a few releases after a burst; an aggressive collection of an idle heap costs milliseconds.
    /// </summary>
    public TimeSpan MinimumInterval { get; set; } = TimeSpan.FromSeconds(10);
}
