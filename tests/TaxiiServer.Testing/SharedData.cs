namespace TaxiiServer.Testing;

/// <summary>
/// Locates the read-only reference material in <c>../shared</c> beside the repository (CI has it; a plain clone may
/// not). Tests that need it call <see cref="RequireDirectory"/>, which marks them ignored with a visible reason when
/// it is absent instead of failing or passing silently.
/// </summary>
public static class SharedData
{
    /// <summary>The repository root: the nearest ancestor of the test binaries holding TaxiiServer.sln.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>The shared folder, or null when absent. <c>TAXII_SHARED_DIR</c> overrides the location.</summary>
    public static string? Root { get; } = FindShared();

    public static string RequireDirectory(string relativePath)
    {
        if (Root is null)
        {
            Assert.Ignore($"../shared is not present beside the repository; skipping test that needs shared/{relativePath}.");
        }

        var path = Path.Combine(Root!, relativePath);
        if (!Directory.Exists(path) && !File.Exists(path))
        {
            Assert.Ignore($"shared/{relativePath} is not present; skipping.");
        }

        return path;
    }

    /// <summary>A path inside the repository (samples/, schemas/, tests/...).</summary>
    public static string InRepository(string relativePath) => Path.Combine(RepositoryRoot, relativePath);

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "TaxiiServer.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("TaxiiServer.sln not found above the test binaries.");
    }

    private static string? FindShared()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("TAXII_SHARED_DIR");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        var candidate = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));
        return Directory.Exists(candidate) ? candidate : null;
    }
}
