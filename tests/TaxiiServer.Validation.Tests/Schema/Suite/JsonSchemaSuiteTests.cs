using TaxiiServer.Testing;

namespace TaxiiServer.Validation.Tests.Schema.Suite;

/// <summary>
/// Every case of the draft 2020-12 JSON Schema Test Suite (required files, plus the optional format files listed in
/// <see cref="SuiteCatalog.AssertedFormats"/> with format assertion on), one NUnit case each.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class JsonSchemaSuiteTests
{
    public static IEnumerable<TestCaseData> Cases()
    {
        var root = SuiteCatalog.Root;
        if (root is null)
        {
            // Discovery must not throw; the single case reports the skip when it runs.
            yield return new TestCaseData(string.Empty, -1, -1).SetName("JSON Schema Test Suite (shared data absent)");
            yield break;
        }

        foreach (var file in SuiteCatalog.TestFiles(root))
        {
            var groups = SuiteCatalog.ReadFile(root, file);
            for (var g = 0; g < groups.GetArrayLength(); g++)
            {
                var group = groups[g];
                var tests = group.GetProperty("tests");
                for (var t = 0; t < tests.GetArrayLength(); t++)
                {
                    var name = $"{file} | {group.GetProperty("description").GetString()} | {tests[t].GetProperty("description").GetString()}";
                    yield return new TestCaseData(file, g, t).SetName(name.Replace('(', '[').Replace(')', ']'));
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Suite_case_gets_the_expected_verdict(string file, int group, int test)
    {
        var root = SharedData.RequireDirectory(SuiteCatalog.Folder);
        var groupElement = SuiteCatalog.ReadFile(root, file)[group];
        var testElement = groupElement.GetProperty("tests")[test];
        var groupDescription = groupElement.GetProperty("description").GetString()!;
        var testDescription = testElement.GetProperty("description").GetString()!;
        if (SuiteExclusions.Find(file, groupDescription, testDescription) is { } reason)
        {
            Assert.Ignore("Excluded: " + reason);
        }

        var schema = SuiteCatalog.Compile(root, file, group);
        var result = schema.Evaluate(testElement.GetProperty("data"));

        Assert.That(result.IsValid, Is.EqualTo(testElement.GetProperty("valid").GetBoolean()), () =>
            $"schema {groupElement.GetProperty("schema").GetRawText()}\ndata {testElement.GetProperty("data").GetRawText()}\nerrors: "
            + string.Join("; ", result.Errors));
    }
}
