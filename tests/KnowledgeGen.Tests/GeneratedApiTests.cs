using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using Basic.Reference.Assemblies;
using CsCheck;
using KnowledgeGen.Emitting;
using KnowledgeGen.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KnowledgeGen.Tests;

/// <summary>
/// The generated API as a consumer meets it: objects to navigate instead of ids, no name of the consumer's that
/// can collide with it, any C# from 7.3, the same code wherever the project is, and only its own files read.
/// </summary>
public class GeneratedApiTests
{
    private const string Navigation = """
        using Test.Knowledge;
        using static Test.Knowledge.TestFacts;

        internal static class Consumer
        {
            public static string Describe()
            {
                var lines = new System.Collections.Generic.List<string>();
                RoleFact mayor = TestFacts.Facts.RuizMayor;
                lines.Add("role: " + mayor.Value.Person.Name + " / " + mayor.Value.Position + " / " + mayor.Value.Organisation?.Name);
                lines.Add("stance: " + TestFacts.Facts.CouncilPortFees.Value.Holder.Name);
                lines.Add("speaker: " + TestFacts.Facts.RuizLongOverdue.Value.Speaker.Name);
                lines.Add("money: " + TestFacts.Facts.Budget2020.Value.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + TestFacts.Facts.Budget2020.Value.Currency);
                lines.Add("about: " + string.Join(", ", System.Linq.Enumerable.Select(TestFacts.Facts.Budget2020.About, e => e.Name)));
                lines.Add("supersedes: " + TestFacts.Facts.Budget2020.Supersedes[0].Id + "; superseded by: " + TestFacts.Facts.Budget2020.Supersedes[0].SupersededBy[0].Id);
                lines.Add("contradicts: " + TestFacts.Facts.Turnout.Contradicts[0].Id + " / " + TestFacts.Facts.TurnoutDisputed.Contradicts[0].Id);
                lines.Add("citation source: " + TestFacts.Facts.Turnout.Citations[0].Source.Title + "; sources: " + TestFacts.Facts.Turnout.Sources.Count);
                lines.Add("entity facts: " + Organisations.HarbourCouncil.Facts.Count + "; roles: " + People.AnaRuiz.Roles[0].Id);
                lines.Add("source facts: " + TestFacts.Sources.HarbourNews.Facts.Count);
                lines.Add("lists: " + AllFacts.Count + " " + FactsOf<MoneyFact>().Count + " " + FactsOf<RoleFact>()[0].Value.Person.Id + " " + FactsOf<QuoteFact>().Count);
                lines.Add("find: " + FindFact("turnout")?.Statement + " | " + (FindFact("no-such-fact") == null) + " | " + FindEntity("ana-ruiz")?.Name + " | " + FindSource("harbour-news")?.Title);
                lines.Add("values: " + TestFacts.Facts.Budget2020.Value + " " + TestFacts.Facts.BudgetVoteDate.Value.Date + " " + TestFacts.Facts.Turnout.Value + " " + TestFacts.Facts.RuizMayor.Value.Person.Name);
                return string.Join("\n", lines);
            }
        }
        """;

    [Fact]
    public void Values_and_facts_point_to_objects_without_a_cast()
    {
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), consumerCode: Navigation);
        string described = Run(result.Output);

        Assert.Equal(
            """
            role: Ana Ruiz / Mayor / Harbour City council
            stance: Harbour City council
            speaker: Ana Ruiz
            money: 12500000 USD
            about: Harbour City council
            supersedes: budget-draft; superseded by: budget-2020
            contradicts: turnout-disputed / turnout
            citation source: Harbour City approves its budget; sources: 1
            entity facts: 6; roles: ruiz-mayor
            source facts: 11
            lists: 11 2 ana-ruiz 1
            find: Turnout was 41.5 per cent. | True | Ana Ruiz | Harbour City approves its budget
            values: $12.5 million 2020-03-03 41.5 per cent Ana Ruiz
            """.ReplaceLineEndings("\n"),
            described);
    }

    [Fact]
    public void Attribution_status_and_measures_are_objects_and_a_measure_lists_its_series()
    {
        const string facts = """
            measures:
              - id: port-containers
                description: Containers the port handled in a year.
                unit: container
            facts:
              - id: containers-2019
                kind: quantity
                statement: The port handled 2.5 million containers in 2019.
                about: [port]
                measure: port-containers
                holds: { from: 2019, to: 2019 }
                value: { amount: 2500000, unit: container, printed: 2.5 million containers }
                citations:
                  - source: port-report
                    quote: The port handled 2.5 million containers in 2019
              - id: traffic-will-grow
                kind: claim
                statement: Lee Park said traffic would grow.
                about: [port]
                according-to: [lee-park]
                status: expected
                citations:
                  - source: port-report
                    quote: Director Lee Park said on March 2 that traffic would grow

            """;
        const string reader = """
            using static Test.Knowledge.TestFacts;

            internal static class Consumer
            {
                public static string Describe()
                    => Facts.TrafficWillGrow.AccordingTo[0].Name + " | " + Facts.TrafficWillGrow.Status + " | " + (Facts.Containers2019.AccordingTo.Count == 0)
                        + " | " + Facts.Containers2019.Measure?.Unit + " | " + Measures.PortContainers.Description + " | " + Measures.PortContainers.Series[0].Id
                        + " | " + AllMeasures.Count + " | " + FindMeasure("port-containers")?.Id + " | " + (Facts.TrafficWillGrow.Status == FactStatus.Expected);
            }
            """;
        GeneratorResult result = GeneratorHarness.Run(SmallKnowledgeBase.Files(facts), consumerCode: reader);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        Assert.Equal("Lee Park | Expected | True | container | Containers the port handled in a year. | containers-2019 | 1 | port-containers | True", Run(result.Output));
        Assert.Contains("Status: expected. According to Lee Park.", string.Concat(result.GeneratedSources.Values));
    }

    [Fact]
    public void A_quote_the_build_reported_is_documented_as_not_verified_never_as_the_sources_sentence()
    {
        string wrong = SmallKnowledgeBase.ValidFact.Replace("quote: The port handled 2.5 million containers in 2019", "quote: The port handled 3 million containers in 2019", StringComparison.Ordinal);
        Assert.NotEqual(SmallKnowledgeBase.ValidFact, wrong);

        string verified = string.Concat(SmallKnowledgeBase.Run(SmallKnowledgeBase.ValidFact).GeneratedSources.Values);
        GeneratorResult result = SmallKnowledgeBase.Run(wrong);
        string generated = string.Concat(result.GeneratedSources.Values);

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "KG0040");
        Assert.Contains("/// <remarks>\u201CThe port handled 2.5 million containers in 2019, up 4 per cent.\u201D \u2014 [port-report]</remarks>", verified);
        Assert.Contains("/// <remarks>Not verified: the build reported an error for the quote \u201CThe port handled 3 million containers in 2019\u201D of [port-report].</remarks>", generated);
        Assert.DoesNotContain("\u201CThe port handled 3 million containers in 2019\u201D \u2014", generated);
    }

    /// <summary>Every C# example of docs/api.md, each block a method of its own, compiles against the trade knowledge base.</summary>
    [Fact]
    public void Every_example_in_the_api_page_compiles_against_the_trade_knowledge_base()
    {
        string page = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "api.md")).ReplaceLineEndings("\n");
        string[] blocks = System.Text.RegularExpressions.Regex.Matches(page, @"^```csharp\n(.*?)^```$", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.Singleline)
            .Select(m => m.Groups[1].Value)
            .ToArray();
        Assert.True(blocks.Length >= 8, "the page has " + blocks.Length + " C# examples");

        var code = new StringBuilder("using System;\nusing System.Collections.Generic;\n");
        foreach (string line in blocks.SelectMany(b => b.Split('\n')).Where(l => l.StartsWith("using ", StringComparison.Ordinal)).Distinct())
        {
            code.Append(line).Append('\n');
        }

        code.Append("#pragma warning disable CS0168, CS0219 // examples declare variables to show their types\ninternal static class ApiExamples\n{\n");
        for (int i = 0; i < blocks.Length; i++)
        {
            code.Append("    internal static void Example").Append(i).Append("()\n    {\n");
            foreach (string line in blocks[i].Split('\n').Where(l => !l.StartsWith("using ", StringComparison.Ordinal)))
            {
                code.Append("        ").Append(line).Append('\n');
            }

            code.Append("    }\n");
        }

        code.Append("}\n");
        var properties = new Dictionary<string, string> { ["KnowledgeGenNamespace"] = "TradeTalks.Knowledge", ["KnowledgeGenClassName"] = "TradeFacts" };
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation(code.ToString());
        GeneratorDriver driver = GeneratorHarness.CreateDriver(GeneratorHarness.FilesIn(RepositoryPaths.Facts), properties)
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> generatorDiagnostics);

        DiagnosticAssert.None(generatorDiagnostics);
        DiagnosticAssert.None(output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
    }

    [Fact]
    public void Lookups_by_id_and_navigation_allocate_nothing()
    {
        const string lookups = """
            internal static class Lookups
            {
                public static long Measure()
                {
                    string[] ids = { "turnout", "budget-2020", "no-such-fact" };
                    object? last = null;
                    for (int warm = 0; warm < 2; warm++)
                    {
                        long before = System.GC.GetAllocatedBytesForCurrentThread();
                        for (int i = 0; i < 1000; i++)
                        {
                            last = Test.Knowledge.TestFacts.FindFact(ids[i % 3]);
                            last = Test.Knowledge.TestFacts.FindEntity("ana-ruiz");
                            last = Test.Knowledge.TestFacts.Facts.RuizMayor.Value.Person.Facts;
                            last = Test.Knowledge.TestFacts.Organisations.HarbourCouncil.Facts;
                            last = Test.Knowledge.TestFacts.FactsOf<Test.Knowledge.TestFacts.MoneyFact>();
                        }

                        if (warm == 1)
                        {
                            return System.GC.GetAllocatedBytesForCurrentThread() - before + (last == null ? 1 : 0);
                        }
                    }

                    return -1;
                }
            }
            """;
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), consumerCode: lookups);

        Assert.Equal(0L, Invoke(result.Output, "Lookups", "Measure"));
    }

    [Fact]
    public void Reading_a_superseded_fact_warns_with_what_replaced_it_unless_turned_off()
    {
        const string reader = """
            internal static class Reader
            {
                internal static decimal Draft() => Test.Knowledge.TestFacts.Facts.BudgetDraft.Value.Amount;
            }
            """;
        GeneratorResult warned = GeneratorHarness.Run(Fixture.Load("harbour"), consumerCode: reader);

        Assert.All(new[] { Assert.Single(warned.CompilationDiagnostics) }, d =>
        {
            Assert.Equal("CS0618", d.Id);
            Assert.Equal("Consumer.cs", d.Location.SourceTree!.FilePath);
            Assert.Contains("Superseded by budget-2020: The Harbour City council approved a budget of $12.5 million.", d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        });

        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["KnowledgeGenObsoleteSuperseded"] = "false" };
        DiagnosticAssert.None(GeneratorHarness.Run(Fixture.Load("harbour"), properties, reader).CompilationDiagnostics);
    }

    [Fact]
    public void Generated_code_compiles_at_CSharp_7_3_with_no_nullable_annotations()
    {
        (GeneratorResult result, IReadOnlyList<Diagnostic> diagnostics) = RunAt(LanguageVersion.CSharp7_3);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(diagnostics);
        Assert.All(result.GeneratedSources.Values, text => Assert.DoesNotContain("#nullable", text));
        Assert.Equal(3, result.GeneratedSources.Count);
    }

    [Fact]
    public void Below_CSharp_7_3_one_KG0052_names_the_version_to_set_and_nothing_is_generated()
    {
        (GeneratorResult result, IReadOnlyList<Diagnostic> diagnostics) = RunAt(LanguageVersion.CSharp7_2);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KG0052", diagnostic.Id);
        Assert.Contains("<LangVersion>7.3</LangVersion>", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(result.GeneratedSources);
        DiagnosticAssert.None(diagnostics);
    }

    [Fact]
    public void Consumer_declaring_every_generated_name_in_the_global_and_the_knowledge_base_namespace_builds_clean()
    {
        var consumer = new StringBuilder();
        foreach (string name in CodeNames.ReservedInKnowledgeBase.Append("KnowledgeGen_f137dab5"))
        {
            consumer.Append("internal sealed class ").Append(name).Append(" { }\n");
        }

        // A type named System in the global namespace would hide the framework's from any code, global:: or not;
        // in the knowledge base's namespace it is the consumer's right, and global:: keeps it apart.
        string declarations = consumer.ToString();
        string code = declarations + "namespace Test.Knowledge\n{\ninternal sealed class System { }\n" + declarations + """
                internal static class UsesBoth
                {
                    internal static string Read() => new Fact().ToString() + TestFacts.Facts.Turnout.Value.Percent + TestFacts.People.AnaRuiz.Name;
                }
            }
            """;

        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), consumerCode: code);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
    }

    [Theory]
    [InlineData("Fact")]
    [InlineData("Facts")]
    [InlineData("Source")]
    [InlineData("People")]
    [InlineData("AllFacts")]
    [InlineData("KnowledgeGenIndex")]
    [InlineData("KnowledgeGenLookup")]
    [InlineData("KnowledgeGen_1")]
    public void A_class_name_the_generated_code_uses_is_KG0051_and_the_default_is_used(string className)
    {
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["KnowledgeGenClassName"] = className };
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), properties);

        Diagnostic diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("KG0051", diagnostic.Id);
        Assert.Contains("KnowledgeGenClassName", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        DiagnosticAssert.None(result.CompilationDiagnostics);
        Assert.Contains("static partial class KnowledgeBase", result.GeneratedSources["KnowledgeGen.Queries.g.cs"]);
    }

    [Theory]
    [InlineData("Trade-App", "Trade_App")]
    [InlineData("My Company.2019 Facts", "My_Company._2019_Facts")]
    [InlineData("Acme.class", "Acme._class")]
    [InlineData("..", GeneratorOptions.DefaultNamespace)]
    public void The_default_namespace_is_the_root_namespace_made_valid_without_a_diagnostic(string rootNamespace, string expected)
    {
        var properties = new Dictionary<string, string> { ["RootNamespace"] = rootNamespace, ["KnowledgeGenClassName"] = "TestFacts" };
        GeneratorResult result = GeneratorHarness.Run(Fixture.Load("harbour"), properties);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
        Assert.Contains("namespace " + expected + "\n", result.GeneratedSources["KnowledgeGen.Queries.g.cs"]);
    }

    [Fact]
    public void Ids_named_like_object_members_groups_or_api_members_get_a_trailing_underscore_only_where_needed_and_compile_clean()
    {
        string[] ids = ["to-string", "equals", "get-hash-code", "get-type", "reference-equals", "memberwise-clone", "finalize", "facts", "claims", "all-facts", "find-fact", "knowledge-gen-index", "value", "id"];
        var facts = new StringBuilder("facts:\n");
        foreach (string id in ids)
        {
            facts.Append(Claim(id));
        }

        facts.Append(Role("roles")).Append(Role("people"));
        GeneratorResult result = SmallKnowledgeBase.Run(facts.ToString());

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
        string code = result.GeneratedSources.Single(s => s.Key.StartsWith("facts_yaml.", StringComparison.Ordinal)).Value;
        foreach (string member in new[] { "ToString_", "Equals_", "GetHashCode_", "GetType_", "ReferenceEquals_", "MemberwiseClone_", "Finalize_", "Facts_" })
        {
            Assert.Contains(" " + member + " ", code);
        }

        foreach (string member in new[] { "Claims", "AllFacts", "FindFact", "KnowledgeGenIndex", "Value", "Id", "People" })
        {
            Assert.Contains(member.Contains('.') ? member.Split('.')[1] : member, code);
        }

        Assert.Contains("public static RoleFact Roles => ", code);
    }

    /// <summary>Words that make names the generated code or every object already has, joined at random into ids.</summary>
    private static readonly Gen<string> HostileId = Gen.OneOf<string>(
            "to", "string", "equals", "get", "hash", "code", "type", "facts", "fact", "money", "all", "index", "knowledge", "gen", "data",
            "value", "id", "class", "int", "people", "sources", "source", "finalize", "memberwise", "clone", "reference", "object", "claims",
            "roles", "find", "of", "kind", "holding", "at", "entity", "citation", "2019", "0", "x", "global", "system", "new", "base", "this")
        .Array[1, 3]
        .Select(words => string.Join("-", words));

    [Fact]
    public void Random_hostile_ids_give_a_KG_diagnostic_or_a_build_with_no_error_and_no_warning()
    {
        HostileId.Array[8].Sample(
            ids =>
            {
                var facts = new StringBuilder("facts:\n");
                for (int i = 0; i < ids.Length; i++)
                {
                    facts.Append(i % 2 == 0 ? Claim(ids[i]) : Role(ids[i]));
                }

                GeneratorResult result = SmallKnowledgeBase.Run(facts.ToString());
                if (!result.GeneratorDiagnostics.Any(d => d.Id.StartsWith("KG", StringComparison.Ordinal)))
                {
                    DiagnosticAssert.None(result.CompilationDiagnostics);
                }
            },
            iter: 25,
            print: ids => string.Join(" ", ids));
    }

    [Fact]
    public void Only_tagged_additional_files_are_read_and_an_unrelated_appsettings_yaml_and_notes_txt_are_ignored()
    {
        var files = SmallKnowledgeBase.Files(SmallKnowledgeBase.ValidFact)
            .Append(new InMemoryAdditionalText("/kb/appsettings.yaml", "logging:\n  level: debug\n"))
            .Append(new InMemoryAdditionalText("/kb/notes.txt", "Remember the port report.\n"))
            .Append(new InMemoryAdditionalText("/kb/extra/more.yaml", SmallKnowledgeBase.ValidFact.Replace("containers-2019", "containers-again")))
            .ToList();
        var tags = files
            .Where(f => !f.Path.Contains("appsettings", StringComparison.Ordinal) && !f.Path.Contains("notes", StringComparison.Ordinal))
            .ToDictionary(f => f.Path, f => TestOptionsProvider.TagByExtension(f.Path)!);

        GeneratorResult result = RunWith(files, tags);

        DiagnosticAssert.None(result.GeneratorDiagnostics);
        DiagnosticAssert.None(result.CompilationDiagnostics);
        Assert.DoesNotContain(result.GeneratedSources.Keys, key => key.StartsWith("appsettings", StringComparison.Ordinal));
        Assert.Contains(result.GeneratedSources.Keys, key => key.StartsWith("more_yaml.", StringComparison.Ordinal));
        Assert.Contains("ContainersAgain", string.Concat(result.GeneratedSources.Values));

        // Untagged, the same fact file is not read at all.
        tags.Remove("/kb/extra/more.yaml");
        Assert.DoesNotContain(RunWith(files, tags).GeneratedSources.Keys, key => key.StartsWith("more_yaml.", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_project_in_two_directories_generates_identical_sources()
    {
        IReadOnlyDictionary<string, string> first = GeneratedIn("/home/alice/src/harbour-app");
        IReadOnlyDictionary<string, string> second = GeneratedIn("/srv/ci/build/7/work/harbour-app");

        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach ((string hintName, string text) in first)
        {
            Assert.True(text == second[hintName], hintName + " differs");
            Assert.DoesNotContain("alice", text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(first.Keys, key => key.Contains("alice", StringComparison.Ordinal));
    }

    private static IReadOnlyDictionary<string, string> GeneratedIn(string projectDirectory)
    {
        List<AdditionalText> files = Fixture.Load("harbour")
            .Select(f => (AdditionalText)new InMemoryAdditionalText(projectDirectory + "/facts/" + Path.GetFileName(f.Path), f.GetText()!.ToString()))
            .ToList();
        var properties = new Dictionary<string, string>(GeneratorHarness.DefaultProperties) { ["MSBuildProjectDirectory"] = projectDirectory };
        GeneratorResult result = GeneratorHarness.Run(files, properties);
        DiagnosticAssert.None(result.GeneratorDiagnostics);
        return result.GeneratedSources;
    }

    private static string Claim(string id) => $"""
          - id: {id}
            kind: claim
            statement: The port handled containers.
            about: [port]
            citations:
              - source: port-report
                quote: The port handled 2.5 million containers in 2019

        """;

    private static string Role(string id) => $$"""
          - id: {{id}}
            kind: role
            statement: Lee Park was the port's director.
            about: [lee-park]
            value: { person: lee-park, position: Director, organisation: port }
            citations:
              - source: port-report
                quote: Director Lee Park said on March 2

        """;

    private static GeneratorResult RunWith(IReadOnlyList<AdditionalText> files, IReadOnlyDictionary<string, string> tags)
    {
        CSharpCompilation compilation = GeneratorHarness.CreateCompilation();
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                files,
                GeneratorHarness.ParseOptions,
                new TestOptionsProvider(GeneratorHarness.DefaultProperties, tags))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        return new GeneratorResult(driver, output, diagnostics);
    }

    private static (GeneratorResult Result, IReadOnlyList<Diagnostic> Diagnostics) RunAt(LanguageVersion version)
    {
        CSharpParseOptions parseOptions = GeneratorHarness.ParseOptions.WithLanguageVersion(version);
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("internal static class Consumer { }", parseOptions)],
            Net80.References.All,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, warningLevel: 9999));
        GeneratorDriver driver = CSharpGeneratorDriver.Create(
                [new KnowledgeGenerator().AsSourceGenerator()],
                Fixture.Load("harbour"),
                parseOptions,
                new TestOptionsProvider(GeneratorHarness.DefaultProperties))
            .RunGeneratorsAndUpdateCompilation(compilation, out Compilation output, out ImmutableArray<Diagnostic> diagnostics);
        var result = new GeneratorResult(driver, output, diagnostics);
        return (result, output.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList());
    }

    private static string Run(Compilation compilation) => (string)Invoke(compilation, "Consumer", "Describe")!;

    private static object? Invoke(Compilation compilation, string type, string method)
    {
        DiagnosticAssert.None(compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden));
        using var image = new MemoryStream();
        Assert.True(compilation.Emit(image).Success);
        var context = new System.Runtime.Loader.AssemblyLoadContext("api-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            image.Position = 0;
            Assembly assembly = context.LoadFromStream(image);
            return assembly.GetType(type, throwOnError: true)!.GetMethod(method)!.Invoke(null, null);
        }
        finally
        {
            context.Unload();
        }
    }
}
