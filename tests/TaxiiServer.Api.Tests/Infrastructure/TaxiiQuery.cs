namespace TaxiiServer.Api.Tests.Infrastructure;

/// <summary>Builds a query string with escaped values; names such as <c>match[id]</c> are sent as written.</summary>
public static class TaxiiQuery
{
    public static string Of(params (string Name, string Value)[] parameters) =>
        string.Join('&', parameters.Select(p => p.Name + "=" + Uri.EscapeDataString(p.Value)));
}
