using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;
using KnowledgeGen.Tests.Infrastructure;
using KnowledgeGen.Tool;

namespace KnowledgeGen.Tests;

/// <summary>
/// docs/review.md shows the whole shape `knowledgegen export --json` writes: every member a real export of the
/// repository's knowledge base holds is among the members the documented example shows, and each exported value and
/// date is what the `value` and `date` definitions of docs/schema/diff.schema.json, to which the page refers, allow.
/// </summary>
public sealed partial class ExportShapeTests : IDisposable
{
    private readonly TemporaryDirectory _work = new();
    private readonly JsonElement _export;

    public ExportShapeTests()
    {
        string file = Path.Combine(_work.Path, "export.json");
        var error = new StringWriter();
        int exit = CommandLine.Run(["export", RepositoryPaths.Facts, "--json", file], new StringWriter(), error, githubActions: false);
        Assert.True(exit == 0, error.ToString());
        _export = JsonDocument.Parse(File.ReadAllText(file)).RootElement.Clone();
    }

    [Fact]
    public void Every_member_the_export_writes_is_in_the_documented_example()
    {
        string review = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "review.md")).ReplaceLineEndings("\n");
        Match example = DocumentedExport().Match(review);
        Assert.True(example.Success, "docs/review.md no longer shows the export's shape");
        var documented = new SortedSet<string>(StringComparer.Ordinal);
        Members(JsonDocument.Parse(example.Groups[1].Value).RootElement, string.Empty, documented);
        var written = new SortedSet<string>(StringComparer.Ordinal);

        Members(_export, string.Empty, written);

        Assert.Contains("facts[].citations[].position.line", written);
        Assert.Empty(written.Except(documented));
    }

    [Fact]
    public void Every_exported_value_and_date_is_one_the_diff_schema_definitions_allow()
    {
        JsonSchema value = Definition("value");
        JsonSchema date = Definition("date");
        var checkedValues = new List<JsonElement>();
        foreach (JsonElement fact in _export.GetProperty("facts").EnumerateArray())
        {
            if (fact.TryGetProperty("value", out JsonElement v))
            {
                checkedValues.Add(v);
                Assert.True(value.Evaluate(v).IsValid, fact.GetProperty("id").GetString() + ": " + v);
            }
        }

        foreach (JsonElement source in _export.GetProperty("sources").EnumerateArray().Where(s => s.TryGetProperty("published", out _)))
        {
            Assert.True(date.Evaluate(source.GetProperty("published")).IsValid, source.ToString());
        }

        Assert.NotEmpty(checkedValues);
    }

    public void Dispose() => _work.Dispose();

    /// <summary>Each member's path (facts[].citations[].source); a value's members, which depend on its kind, are left to the schema.</summary>
    private static void Members(JsonElement element, string path, ISet<string> paths)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (JsonProperty member in element.EnumerateObject())
            {
                string at = path.Length == 0 ? member.Name : path + "." + member.Name;
                paths.Add(at);
                if (member.Name != "value")
                {
                    Members(member.Value, at, paths);
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (JsonElement item in element.EnumerateArray())
            {
                Members(item, path + "[]", paths);
            }
        }
    }

    /// <summary>One definition of the diff's schema, as a schema of its own.</summary>
    private static JsonSchema Definition(string name)
    {
        JsonNode diff = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "schema", "diff.schema.json")))!;
        var root = new JsonObject
        {
            ["$schema"] = diff["$schema"]?.DeepClone(),
            ["definitions"] = diff["definitions"]!.DeepClone(),
            ["$ref"] = "#/definitions/" + name,
        };
        return JsonSchema.FromText(root.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    [GeneratedRegex(@"^## `knowledgegen export --json`\n.*?^```json\n(.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex DocumentedExport();
}
