using TaxiiServer.Validation.Schema;

namespace TaxiiServer.Validation.Tests.Schema;

public sealed class ReferenceResolutionTests
{
    [Test]
    public void Relative_ref_resolves_against_the_referring_documents_id()
    {
        var registry = new SchemaRegistry();
        registry.Register(new Uri("file:///x/common/id.json"), """
            { "$id": "http://example.com/schemas/common/id.json", "type": "string", "pattern": "^[a-z]+--" }
            """);
        var sdo = registry.Register(new Uri("file:///x/sdos/thing.json"), """
            { "$id": "http://example.com/schemas/sdos/thing.json", "properties": { "id": { "$ref": "../common/id.json" } } }
            """);

        var schema = registry.GetSchema(sdo);

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "id": "thing--1" }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "id": "Thing" }""").IsValid, Is.False);
        });
    }

    [Test]
    public void Pointer_into_a_non_keyword_location_resolves()
    {
        var schema = SchemaTestHelpers.Compile("""
            { "definitions": { "tlp": { "const": "white" } }, "properties": { "tlp": { "$ref": "#/definitions/tlp" } } }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "tlp": "white" }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "tlp": "red" }""").IsValid, Is.False);
        });
    }

    [Test]
    public void Pointer_tokens_with_tilde_slash_and_percent_are_unescaped()
    {
        var schema = SchemaTestHelpers.Compile("""
            {
              "$defs": { "a/b": { "type": "integer" }, "c~d": { "type": "string" }, "e%f": { "type": "boolean" } },
              "properties": {
                "slash": { "$ref": "#/$defs/a~1b" },
                "tilde": { "$ref": "#/$defs/c~0d" },
                "percent": { "$ref": "#/$defs/e%25f" }
              }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "slash": 1, "tilde": "x", "percent": true }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "slash": "1" }""").IsValid, Is.False);
            Assert.That(schema.Evaluate("""{ "tilde": 1 }""").IsValid, Is.False);
            Assert.That(schema.Evaluate("""{ "percent": 1 }""").IsValid, Is.False);
        });
    }

    [Test]
    public void Embedded_id_changes_the_base_uri_of_its_subschema()
    {
        var registry = new SchemaRegistry();
        registry.Register(new Uri("http://example.com/nested/int.json"), """{ "type": "integer" }""");
        registry.Register(new Uri("http://example.com/int.json"), """{ "type": "string" }""");
        var root = registry.Register(new Uri("http://example.com/root.json"), """
            { "$defs": { "inner": { "$id": "nested/", "$ref": "int.json" } }, "$ref": "#/$defs/inner" }
            """);

        var schema = registry.GetSchema(root);

        Assert.That(schema.Evaluate("5").IsValid, Is.True, "int.json must resolve against nested/, not the root");
    }

    [Test]
    public void Unresolvable_reference_fails_at_compile_time_with_the_uri()
    {
        var registry = new SchemaRegistry();
        var root = registry.Register(new Uri("http://example.com/root.json"), """{ "$ref": "missing.json" }""");

        var error = Assert.Throws<SchemaLoadException>(() => registry.GetSchema(root));

        Assert.That(error!.Message, Does.Contain("http://example.com/missing.json"));
    }

    [Test]
    public void Metaschema_reference_resolves_offline()
    {
        var schema = SchemaTestHelpers.Compile("""{ "$ref": "https://json-schema.org/draft/2020-12/schema" }""");

        Assert.Multiple(() =>
        {
            Assert.That(schema.Evaluate("""{ "minLength": 1 }""").IsValid, Is.True);
            Assert.That(schema.Evaluate("""{ "minLength": -1 }""").IsValid, Is.False);
        });
    }

    [Test]
    public void Load_folder_registers_by_id_and_by_relative_path_with_file_uri_fallback()
    {
        var folder = Directory.CreateTempSubdirectory("schemas-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "common"));
            Directory.CreateDirectory(Path.Combine(folder.FullName, "sdos"));
            File.WriteAllText(Path.Combine(folder.FullName, "common", "core.json"), """
                { "$id": "http://example.com/s/common/core.json", "required": ["id"] }
                """);
            File.WriteAllText(Path.Combine(folder.FullName, "sdos", "note.json"), """
                { "$id": "http://example.com/s/sdos/note.json", "allOf": [{ "$ref": "../common/core.json" }, { "required": ["content"] }] }
                """);
            File.WriteAllText(Path.Combine(folder.FullName, "no-id.json"), """{ "$ref": "common/core.json" }""");
            var registry = new SchemaRegistry();

            var count = registry.LoadFolder(folder.FullName);
            var note = registry.FindByRelativePath("sdos/note.json");

            Assert.Multiple(() =>
            {
                Assert.That(count, Is.EqualTo(3));
                Assert.That(registry.Contains(new Uri("http://example.com/s/common/core.json")), Is.True);
                Assert.That(registry.FindByRelativePath("sdos/missing.json"), Is.Null);
                Assert.That(note!.Evaluate("""{ "id": "x", "content": "y" }""").IsValid, Is.True);
                Assert.That(note!.Evaluate("""{ "content": "y" }""").IsValid, Is.False);
                Assert.That(registry.FindByRelativePath("no-id.json")!.Evaluate("{}").IsValid, Is.False, "file-URI fallback resolves refs relative to the file");
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Test]
    public void A_failed_compilation_leaves_no_half_built_schema_behind()
    {
        var registry = new SchemaRegistry();
        registry.Register(new Uri("http://example.com/shared.json"), """{ "type": "integer", "allOf": [{ "$ref": "missing.json" }] }""");
        var first = registry.Register(new Uri("http://example.com/first.json"), """{ "$ref": "shared.json" }""");
        var second = registry.Register(new Uri("http://example.com/second.json"), """{ "$ref": "shared.json" }""");

        Assert.Throws<SchemaLoadException>(() => registry.GetSchema(first));
        Assert.Throws<SchemaLoadException>(() => registry.GetSchema(second), "shared.json must not be reused half-compiled");
    }
}
