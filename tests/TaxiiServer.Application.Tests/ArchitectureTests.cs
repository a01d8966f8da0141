using System.Reflection;

namespace TaxiiServer.Application.Tests;

/// <summary>The layering of STYLE.md, checked on the compiled assemblies.</summary>
public class ArchitectureTests
{
    [TestCase(typeof(TaxiiServer.Application.Query.ObjectQueryService))]
    [TestCase(typeof(TaxiiServer.Validation.Pipeline.IObjectValidator))]
    [TestCase(typeof(TaxiiServer.Core.Storage.IObjectStore))]
    public void Application_validation_and_core_reference_no_http_types(Type marker)
    {
        var references = marker.Assembly.GetReferencedAssemblies().Select(a => a.Name);
        Assert.That(references, Has.None.StartsWith("Microsoft.AspNetCore"));
    }

    [Test]
    public void Core_references_no_other_project_and_no_storage_driver()
    {
        var references = typeof(TaxiiServer.Core.Storage.IObjectStore).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name ?? "").ToList();
        Assert.That(references, Has.None.StartsWith("TaxiiServer"));
        Assert.That(references, Has.None.StartsWith("MongoDB"));
        Assert.That(references, Has.None.StartsWith("Microsoft.Data.Sqlite"));
    }

    [Test]
    public void Application_does_not_reference_a_storage_backend()
    {
        var references = Assembly.GetAssembly(typeof(TaxiiServer.Application.Query.ObjectQueryService))!
            .GetReferencedAssemblies().Select(a => a.Name ?? "");
        Assert.That(references, Has.None.StartsWith("TaxiiServer.Storage"));
    }
}
