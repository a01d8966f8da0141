namespace TaxiiServer.Validation.Schema;

/// <summary>Finds the configured schema folder: as given, else relative to the server's own directory.</summary>
public static class SchemaFolder
{
    /// <summary>
    /// An absolute path is taken as is; a relative one is looked up in the working directory first (a user's own
    /// folder), then beside the server binaries (the project's schemas ship there). Null when neither exists.
    /// </summary>
    public static string? Resolve(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        if (Path.IsPathRooted(path))
        {
            return Directory.Exists(path) ? path : null;
        }

        var fromWorkingDirectory = Path.GetFullPath(path);
        if (Directory.Exists(fromWorkingDirectory))
        {
            return fromWorkingDirectory;
        }

        var besideServer = Path.Combine(AppContext.BaseDirectory, path);
        return Directory.Exists(besideServer) ? besideServer : null;
    }
}
