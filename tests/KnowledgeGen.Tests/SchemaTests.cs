using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using KnowledgeGen.Model;
using KnowledgeGen.Parsing;
using KnowledgeGen.Tests.Infrastructure;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace KnowledgeGen.Tests;

/// <summary>
/// The JSON Schema that editors use to complete and check fact files stays in step with the generator: the
/// shipped fact files validate against it, and its fields are exactly the fields the generator accepts.
/// </summary>
public class SchemaTests
{
    private static readonly string SchemaPath = Path.Combine(RepositoryPaths.Root, "docs", "schema", "fact-file.schema.json");
    private static readonly JsonElement Definitions = JsonDocument.Parse(File.ReadAllText(SchemaPath)).RootElement.GetProperty("definitions");

    public static TheoryData<string> FactFiles => new(Directory.EnumerateFiles(RepositoryPaths.Facts, "*.yaml", SearchOption.AllDirectories)
        .Select(p => Path.GetRelativePath(RepositoryPaths.Root, p).Replace('\\', '/')).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(FactFiles))]
    public async Task Shipped_fact_file_validates_against_the_schema(string file)
    {
        JsonSchema schema = await JsonSchema.FromFileAsync(SchemaPath);
        string json = YamlAsJson(File.ReadAllText(Path.Combine(RepositoryPaths.Root, file)));

        Assert.Empty(schema.Validate(json).Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("an unknown field", "    about: [port]", "    about: [port]\n    colour: blue")]
    [InlineData("a value field of another kind", "unit: container", "percent: 3")]
    [InlineData("a value missing a field", "unit: container, ", "")]
    [InlineData("an unknown kind", "kind: quantity", "kind: amount")]
    [InlineData("an id not in kebab-case", "id: containers-2019", "id: Containers_2019")]
    [InlineData("an occurrence of 0", "quote: The port", "occurrence: 0\n        quote: The port")]
    public async Task A_mistake_fails_the_schema_too(string mistake, string valid, string broken)
    {
        JsonSchema schema = await JsonSchema.FromFileAsync(SchemaPath);
        Assert.Empty(schema.Validate(YamlAsJson(SmallKnowledgeBase.ValidFact)));

        Assert.True(schema.Validate(YamlAsJson(SmallKnowledgeBase.ValidFact.Replace(valid, broken))).Count > 0, mistake + " passed the schema");
    }

    [Fact]
    public void Schema_fields_are_the_generators_fields()
    {
        AssertSameFields(FactFileFields.Source, "source");
        AssertSameFields(FactFileFields.Entity, "entity");
        AssertSameFields(FactFileFields.Fact, "fact");
        AssertSameFields(FactFileFields.Citation, "citation");
        AssertSameFields(FactFileFields.Date, "date", alternative: 1);
        AssertSameFields(FactFileFields.Period, "period", alternative: 1);
        var valueDefinitions = new Dictionary<FactKind, string>
        {
            [FactKind.Money] = "money", [FactKind.Quantity] = "quantity", [FactKind.Percentage] = "percentage", [FactKind.Date] = "dateValue",
            [FactKind.Role] = "role", [FactKind.Stance] = "stance", [FactKind.Event] = "event", [FactKind.Quote] = "quote",
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

    private static string[] Enum(JsonElement property) => property.GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal).ToArray();


    /// <summary>YAML as an editor's YAML 1.2 language server sees it: plain numbers and booleans typed, all else text.</summary>
    private static string YamlAsJson(string yaml)
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
