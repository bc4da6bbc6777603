using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;
using Json.Schema;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Tests;

/// <summary>
/// The JSON Schema that editors use to complete and check fact files stays in step with the generator: the
/// shipped fact files validate against it, and its fields are exactly the fields the generator accepts.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "docs", "schema", "fact-file.schema.json");
    // A draft-07 validator that honours if/then, as the editors' YAML language server does.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromFile(SchemaPath, new BuildOptions { SchemaRegistry = new SchemaRegistry() }));

    private static readonly JsonElement Definitions = JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement.GetProperty("definitions");

    public static TheoryData<string> FactFiles => new(Directory.EnumerateFiles(RepositoryPaths.Facts, "*.yaml", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FactFiles))]
    public void Shipped_fact_file_validates_against_the_schema(string file)
    {
        string json = YamlAsJson(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));

        Assert.Empty(Validate(json).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("an unknown field", "    about: [port]", "    about: [port]\n    colour: blue")]
    [InlineData("a value field of another kind", "unit: container", "percent: 3")]
    [InlineData("a value missing a field", "unit: container, ", "")]
    [InlineData("an unknown kind", "kind: quantity", "kind: amount")]
    [InlineData("an id not in kebab-case", "id: containers-2019", "id: Containers_2019")]
    [InlineData("an occurrence of 0", "quote: The port", "occurrence: 0\n        quote: The port")]
    public void A_mistake_fails_the_schema_too(string mistake, string valid, string broken)
    {
        Assert.Empty(Validate(YamlAsJson(SmallKnowledgeBase.ValidFact)));

        Assert.True(Validate(YamlAsJson(SmallKnowledgeBase.ValidFact.Replace(valid, broken))).Count > 0, mistake + " passed the schema");
    }

    [Fact]
    public void The_schema_command_writes_the_schema_byte_for_byte()
    {
        using var work = new TemporaryDirectory();
        string target = Path.Combine(work.Path, "editor", "fact-file.schema.json");

        int exit = KnowledgeGen.Tool.CommandLine.Run(new[] { "schema", "--out", target }, TextWriter.Null, TextWriter.Null, githubActions: false);

        Assert.Equal(0, exit);
        Assert.Equal(File.ReadAllBytes(SchemaPath), File.ReadAllBytes(target));
    }

    [Fact]
    public void Schema_fields_are_the_generators_fields()
    {
        AssertSameFields(FactFileFields.Source, "source");
        AssertSameFields(FactFileFields.Entity, "entity");
        AssertSameFields(FactFileFields.Fact, "fact");
        AssertSameFields(FactFileFields.Citation, "citation");
        AssertSameFields(FactFileFields.Measure, "measure");
        AssertSameFields(FactFileFields.Retired, "retired");
        AssertSameFields(FactFileFields.NotClaim, "notClaim");
        AssertSameFields(FactFileFields.Date, "date", alternative: 1);
        AssertSameFields(FactFileFields.Period, "period", alternative: 1);
        AssertSameFields(FactFileFields.Inference, "inference");
        var valueDefinitions = new Dictionary<FactKind, string>
        {
            [FactKind.Money] = "money", [FactKind.Quantity] = "quantity", [FactKind.Percentage] = "percentage", [FactKind.Date] = "dateValue",
            [FactKind.Role] = "role", [FactKind.Stance] = "stance", [FactKind.Event] = "event", [FactKind.Quote] = "quote",
            [FactKind.TradeAction] = "tradeAction",
        };
        Assert.Equal(FactFileFields.ValueByKind.Keys.Order(), valueDefinitions.Keys.Order());
        foreach ((FactKind kind, string definition) in valueDefinitions)
        {
            AssertSameFields(FactFileFields.ValueByKind[kind], definition);
        }
    }

    [Fact]
    public void Schema_kinds_are_the_generators_kinds()
    {
        Assert.Equal(System.Enum.GetValues<FactKind>().Select(FactFileFields.Name).Order(StringComparer.Ordinal), Enum(Definitions.GetProperty("fact").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(System.Enum.GetValues<EntityKind>().Select(FactFileFields.Name).Order(StringComparer.Ordinal), Enum(Definitions.GetProperty("entity").GetProperty("properties").GetProperty("kind")));
        Assert.Equal(System.Enum.GetValues<FactStatus>().Select(FactFileFields.Name).Append("none").Order(StringComparer.Ordinal), Enum(Definitions.GetProperty("fact").GetProperty("properties").GetProperty("status")));
        Assert.Equal(System.Enum.GetValues<NotClaimReason>().Select(FactFileFields.Name).Order(StringComparer.Ordinal), Enum(Definitions.GetProperty("notClaim").GetProperty("properties").GetProperty("reason")));
    }

    [Fact]
    public void Every_field_of_the_schema_is_described()
    {
        var undescribed = new List<string>();
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(SchemaPath));
        CollectUndescribed(schema.RootElement, "(file)", undescribed);

        Assert.Empty(undescribed);
    }

    [Fact]
    public void Under_value_the_schema_offers_only_the_fields_of_the_facts_kind()
    {
        // An editor completes from the schemas that apply; the fact's own value property must not list every
        // kind's fields, only each kind's if/then does.
        JsonElement fact = Definitions.GetProperty("fact");
        Assert.False(fact.GetProperty("properties").GetProperty("value").TryGetProperty("anyOf", out _));
        foreach (JsonElement rule in fact.GetProperty("allOf").EnumerateArray())
        {
            string kind = rule.GetProperty("if").GetProperty("properties").GetProperty("kind").GetProperty("const").GetString()!;
            JsonElement then = rule.GetProperty("then");
            if (kind == "claim")
            {
                Assert.False(then.TryGetProperty("properties", out _));
                continue;
            }

            string reference = then.GetProperty("properties").GetProperty("value").GetProperty("$ref").GetString()!;
            string definition = reference.Substring("#/definitions/".Length);
            FactKind factKind = System.Enum.GetValues<FactKind>().Single(k => FactFileFields.Name(k) == kind);
            AssertSameFields(FactFileFields.ValueByKind[factKind], definition);
        }
    }

    [Theory]
    [InlineData("a quantity's value under a money fact", "kind: quantity", "kind: money")]
    [InlineData("an unknown status", "    about: [port]", "    about: [port]\n    status: rumoured")]
    [InlineData("a measure on a claim", "    kind: quantity", "    kind: claim\n    measure: containers-handled")]
    public void A_mistake_in_a_new_field_fails_the_schema(string mistake, string valid, string broken)
    {
        string yaml = SmallKnowledgeBase.ValidFact.Replace(valid, broken);
        if (broken.Contains("kind: claim", StringComparison.Ordinal))
        {
            yaml = Regex.Replace(yaml, @"\n    value: \{[^}]*\}", string.Empty); // a claim has no value; only the measure is wrong
        }

        Assert.True(Validate(YamlAsJson(yaml)).Count > 0, mistake + " passed the schema");
    }

    [Fact]
    public void The_new_fields_pass_the_schema()
    {
        string yaml = SmallKnowledgeBase.ValidFact
            .Replace("    about: [port]", "    about: [port]\n    according-to: [port]\n    status: announced\n    measure: containers-handled")
            + "\nmeasures:\n  - { id: containers-handled, description: Containers the port handled in a year., unit: container }\n";

        Assert.Empty(Validate(YamlAsJson(yaml)).Select(e => e.ToString()));
    }

    /// <summary>Every property of every object in the schema carries a description (its own, not only its $ref's).</summary>
    private static void CollectUndescribed(JsonElement element, string path, List<string> undescribed)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement item in element.EnumerateArray())
            {
                CollectUndescribed(item, path + "[" + i++ + "]", undescribed);
            }
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (JsonProperty child in element.EnumerateObject())
        {
            if (child.Name == "properties" && path.IndexOf("/if", StringComparison.Ordinal) < 0 && path.IndexOf("/then", StringComparison.Ordinal) < 0)
            {
                foreach (JsonProperty field in child.Value.EnumerateObject())
                {
                    if (!field.Value.TryGetProperty("description", out _))
                    {
                        undescribed.Add(path + "." + field.Name);
                    }
                }
            }

            CollectUndescribed(child.Value, path + "/" + child.Name, undescribed);
        }
    }

    [Fact]
    public void Schema_currencies_are_the_generators_iso_4217_list()
    {
        JsonElement currency = Definitions.GetProperty("money").GetProperty("properties").GetProperty("currency");

        Assert.Equal(KnowledgeGen.Checking.CurrencyCodes.All.Keys.Order(StringComparer.Ordinal), Enum(currency));
    }

    private static void AssertSameFields(string[] generator, string definition, int? alternative = null)
    {
        JsonElement schema = Definitions.GetProperty(definition);
        if (alternative is not null)
        {
            schema = schema.GetProperty("oneOf")[alternative.Value];
        }

        string[] fields = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray();
        Assert.True(generator.Order(StringComparer.Ordinal).SequenceEqual(fields), $"{definition}: generator [{string.Join(", ", generator)}], schema [{string.Join(", ", fields)}]");
    }

    private static List<string> Validate(string json) => Validate(Schema.Value, json);

    /// <summary>Each error the schema finds in the JSON, as "location: message"; empty when it is valid.</summary>
    internal static List<string> Validate(JsonSchema schema, string json)
    {
        using JsonDocument document = JsonDocument.Parse(json);
        EvaluationResults results = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = new List<string>();
        if (results.IsValid)
        {
            return errors;
        }

        foreach (EvaluationResults detail in results.Details ?? (IReadOnlyList<EvaluationResults>)Array.Empty<EvaluationResults>())
        {
            foreach (KeyValuePair<string, string> error in detail.Errors ?? new Dictionary<string, string>())
            {
                errors.Add(detail.InstanceLocation + ": " + error.Value);
            }
        }

        return errors.Count == 0 ? new List<string> { "invalid" } : errors;
    }

    private static string[] Enum(JsonElement property) => property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();


    /// <summary>YAML as an editor's YAML 1.2 language server sees it: plain numbers and booleans typed, all else text.</summary>
    internal static string YamlAsJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (Convert(stream.Documents[0].RootNode) ?? new JsonObject()).ToJsonString();
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value!, Convert(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(Convert).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar => Plain(scalar.Value ?? string.Empty),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static JsonNode? Plain(string value)
    {
        if (value is "" or "~" or "null")
        {
            return null;
        }

        if (value is "true" or "false")
        {
            return JsonValue.Create(value == "true");
        }

        return Regex.IsMatch(value, @"^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][-+]?[0-9]+)?$")
            ? JsonNode.Parse(value.TrimStart('+'))
            : JsonValue.Create(value);
    }
}
