namespace TaxiiServer.Application.Bootstrap;

/// <summary>The bootstrap file is unreadable or inconsistent; the server refuses to start with the reason.</summary>
public sealed class BootstrapException : Exception
{
    public BootstrapException()
    {
    }

    public BootstrapException(string message)
        : base(message)
    {
    }

    public BootstrapException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
