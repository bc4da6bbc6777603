using System.IO.Compression;
using System.Xml.Linq;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// A fresh project consumes the generator both ways a user would, builds with warnings as errors and
/// documentation on, and runs. Both tests build real projects, so they share one class and run one at a time.
/// </summary>
[StartsRealProcesses]
public class ConsumptionTests
{
    private const string Program = """
        using Harbour.Knowledge;

        System.Console.WriteLine("budget=" + HarbourFacts.Facts.Budget2020.Value + " " + HarbourFacts.Facts.Budget2020.Value.Currency);
        System.Console.WriteLine("sentence=" + HarbourFacts.Facts.Turnout.Citations[0].Sentence);
        System.Console.WriteLine("about-council=" + HarbourFacts.Organisations.HarbourCouncil.Facts.Count);
        System.Console.WriteLine("mayor=" + HarbourFacts.Facts.RuizMayor.Value.Person.Name + " of " + HarbourFacts.Facts.RuizMayor.Value.Organisation?.Name);
        System.Console.WriteLine("replaces=" + HarbourFacts.Facts.Budget2020.Supersedes[0].Statement);
        System.Console.WriteLine("own-types=" + new Fact().GetType().FullName + " " + new Harbour.Knowledge.Source().GetType().FullName);
        System.Console.WriteLine("surface:\n" + KnowledgeGenSurface.Describe(typeof(HarbourFacts)) + "\nend of surface");
        """;

    /// <summary>
    /// Every name the generated code declares inside the knowledge-base class, declared again by the consumer in
    /// the global namespace and in the knowledge base's own: the consumer's names and the generated ones must not
    /// meet. (A type named System in the global namespace would hide the framework from any code, so that one
    /// is declared in the knowledge base's namespace only.)
    /// </summary>
    private static string Collisions()
    {
        string declarations = string.Concat(KnowledgeGen.Emitting.CodeNames.ReservedInKnowledgeBase.Select(name => "internal sealed class " + name + " { }\n"));
        return declarations + "namespace Harbour.Knowledge\n{\ninternal sealed class System { }\n" + declarations + "}\n";
    }

    private const string ConsumerProperties = """
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
            <!-- The fixture is a small knowledge base, not a complete one: the completeness warnings stay warnings. -->
            <WarningsNotAsErrors>KG0070;KG0073;KG0076;KG0078</WarningsNotAsErrors>
            <GenerateDocumentationFile>true</GenerateDocumentationFile>
            <KnowledgeGenNamespace>Harbour.Knowledge</KnowledgeGenNamespace>
            <KnowledgeGenClassName>HarbourFacts</KnowledgeGenClassName>
        """;

    [Fact]
    public void Project_reference_consumer_builds_and_runs()
    {
        using var work = new TemporaryDirectory();
        WriteProjectReferenceConsumer(work);

        AssertBuildsAndRuns(Path.Combine(work.Path, "consumer"));
    }

    private static void WriteProjectReferenceConsumer(TemporaryDirectory work)
    {
        string generator = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "consumer/facts");
        work.Write("consumer/Program.cs", Program);
        work.Write("consumer/Surface.cs", ConsumerAttempts.SurfacePrinter);
        work.Write("consumer/Collisions.cs", Collisions());
        work.Write("consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/KnowledgeGen.props" />
              <PropertyGroup>
            {ConsumerProperties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
    }

    [Fact]
    public void Packed_package_has_the_analyzer_layout_and_a_fresh_consumer_restores_builds_and_runs_it()
    {
        using var work = new TemporaryDirectory();
        string feed = Path.Combine(work.Path, "feed");
        (int packExit, string packOutput) = BuiltPackage.Pack("src/KnowledgeGen/KnowledgeGen.csproj", feed);
        Assert.True(packExit == 0, packOutput);

        string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/KnowledgeGen.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
            Assert.Contains("build/KnowledgeGen.props", entries);
            Assert.Contains("build/KnowledgeGen.Build.dll", entries); // the path gate's task, found beside the props
            using (var packedProps = new StreamReader(zip.GetEntry("build/KnowledgeGen.props")!.Open()))
            {
                // The whole props, the incremental-build target included, goes out as it is in the repository.
                Assert.Equal(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen", "build", "KnowledgeGen.props")), packedProps.ReadToEnd());
            }

            Assert.Contains("README.md", entries);
            // The JSON Schema travels with the package, so that a consumer's editor can check its fact files.
            Assert.Contains("schema/fact-file.schema.json", entries);
            zip.GetEntry("schema/fact-file.schema.json")!.ExtractToFile(Path.Combine(work.Path, "fact-file.schema.json"));
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));

            XDocument nuspec = XDocument.Load(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
            XNamespace ns = nuspec.Root!.Name.Namespace;
            XElement metadata = nuspec.Root.Element(ns + "metadata")!;
            Assert.Equal("KnowledgeGen", metadata.Element(ns + "id")!.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
            Assert.Equal("true", metadata.Element(ns + "developmentDependency")!.Value);
        }

        string version = Path.GetFileNameWithoutExtension(package).Substring("KnowledgeGen.".Length);
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "consumer/facts");
        work.Write("consumer/Program.cs", Program);
        work.Write("consumer/Surface.cs", ConsumerAttempts.SurfacePrinter);
        work.Write("consumer/Collisions.cs", Collisions());
        work.Write("consumer/nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{feed}" />
              </packageSources>
              <config>
                <add key="globalPackagesFolder" value="{Path.Combine(work.Path, "packages")}" />
              </config>
            </configuration>
            """);
        work.Write("consumer/Consumer.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
            {ConsumerProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KnowledgeGen" Version="{version}" />
              </ItemGroup>
            </Project>
            """);

        AssertBuildsAndRuns(Path.Combine(work.Path, "consumer"));
        AssertFactFilesValidate(Path.Combine(work.Path, "fact-file.schema.json"), Path.Combine(work.Path, "consumer", "facts"));
    }

    /// <summary>Every fact file of the consumer validates against the schema as the package carries it (and a broken one does not).</summary>
    private static void AssertFactFilesValidate(string schemaFile, string facts)
    {
        Json.Schema.JsonSchema schema = Json.Schema.JsonSchema.FromFile(schemaFile, new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        string[] files = Directory.GetFiles(facts, "*.yaml", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        int checkedBroken = 0;
        foreach (string file in files)
        {
            string yaml = File.ReadAllText(file);
            Assert.Empty(SchemaTests.Validate(schema, SchemaTests.YamlAsJson(yaml)));
            if (yaml.Contains("kind: ", StringComparison.Ordinal))
            {
                // A file of retired entries alone names no kind; every file that does must fail with a kind it does not know.
                checkedBroken++;
                Assert.NotEmpty(SchemaTests.Validate(schema, SchemaTests.YamlAsJson(yaml.Replace("kind: ", "kind: not-a-", StringComparison.Ordinal))));
            }
        }

        Assert.True(checkedBroken > 0);
    }

    /// <summary>
    /// First with consumer code that tries each former entry point and uses each retired fact: every attempt is
    /// its compiler error, and nothing else fails. Then, without it, the consumer builds, runs, and prints the
    /// surface it can reach, the same as in memory (<see cref="SealedApiTests"/>).
    /// </summary>
    private static void AssertBuildsAndRuns(string project)
    {
        File.WriteAllText(Path.Combine(project, "facts", "retired.yaml"), ConsumerAttempts.RetiredFile);
        var expected = ConsumerAttempts.Sealed.Values.Select(a => (a.Code, Error: a.Error + ":"))
            .Concat(ConsumerAttempts.RetiredUses.Values.Select(u => (u.Code, Error: "CS0619: " + u.Message)))
            .ToList();
        for (int i = 0; i < expected.Count; i++)
        {
            File.WriteAllText(Path.Combine(project, "Attempt" + i + ".cs"), ConsumerAttempts.File(expected[i].Code, i, Harbour.Class));
        }

        (int attemptExit, string attemptOutput) = DotnetCli.Run(project, "build", "-nodeReuse:false");
        Assert.NotEqual(0, attemptExit);
        string[] errors = attemptOutput.Split('\n').Where(l => l.Contains(": error ", StringComparison.Ordinal)).Select(l => l.Trim()).Distinct().ToArray();
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(errors.Any(e => e.Contains("Attempt" + i + ".cs(", StringComparison.Ordinal) && e.Contains("error " + expected[i].Error, StringComparison.Ordinal)), expected[i].Code + "\n" + attemptOutput);
        }

        Assert.True(errors.Length == expected.Count, string.Join("\n", errors));
        foreach (string attempt in Directory.GetFiles(project, "Attempt*.cs"))
        {
            File.Delete(attempt);
        }

        (int buildExit, string buildOutput) = DotnetCli.Run(project, "build", "-nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("CS8785", buildOutput);

        // The documentation an editor shows on hover: the statement and the quoted sentence of each fact.
        string documentation = File.ReadAllText(Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.xml"));
        Assert.Contains("P:Harbour.Knowledge.HarbourFacts.Facts.Budget2020", documentation);
        Assert.Contains("The Harbour City council approved a budget of $12.5 million.", documentation);
        Assert.Contains("Turnout was 41.5 per cent, the highest in two decades.", documentation);

        (int runExit, string runOutput) = DotnetCli.Run(project, "bin/Debug/net10.0/Consumer.dll");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("budget=$12.5 million USD", runOutput);
        Assert.Contains("surface:\n" + Harbour.Surface() + "\nend of surface", runOutput.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("sentence=Turnout was 41.5 per cent, the highest in two decades.", runOutput);
        Assert.Contains("about-council=6", runOutput);
        Assert.Contains("mayor=Ana Ruiz of Harbour City council", runOutput);
        Assert.Contains("replaces=An earlier draft put the budget at $11 million.", runOutput);
        Assert.Contains("own-types=Fact Harbour.Knowledge.Source", runOutput);
    }

    /// <summary>
    /// Two projects, each with its own knowledge base, the application referencing the library, which lets it see
    /// its internals: both knowledge bases build side by side, each with its own nested types, and both are used.
    /// </summary>
    [Fact]
    public void Two_projects_each_with_its_own_knowledge_base_one_referencing_the_other_build_and_run()
    {
        using var work = new TemporaryDirectory();
        string generator = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen");
        string analyzer = $"""
            <Import Project="{generator}/build/KnowledgeGen.props" />
            """;
        string reference = $"""<ProjectReference Include="{generator}/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />""";
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "library/facts");
        work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), "app/facts");
        work.Write("library/Library.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {analyzer}
              <PropertyGroup>
                <TargetFramework>netstandard2.0</TargetFramework>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <KnowledgeGenNamespace>Shared.Knowledge</KnowledgeGenNamespace>
                <KnowledgeGenClassName>LibraryFacts</KnowledgeGenClassName>
                <WarningsNotAsErrors>KG0070;KG0073;KG0076;KG0078</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <InternalsVisibleTo Include="App" />
                {reference}
              </ItemGroup>
            </Project>
            """);
        work.Write("app/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              {analyzer}
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <KnowledgeGenNamespace>Shared.Knowledge</KnowledgeGenNamespace>
                <KnowledgeGenClassName>AppFacts</KnowledgeGenClassName>
                <WarningsNotAsErrors>KG0070;KG0073;KG0076;KG0078</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../library/Library.csproj" />
                {reference}
              </ItemGroup>
            </Project>
            """);
        work.Write("app/Program.cs", """
            using Shared.Knowledge;

            LibraryFacts.Fact fromLibrary = LibraryFacts.Facts.Turnout;
            AppFacts.Fact fromApp = AppFacts.Facts.Turnout;
            System.Console.WriteLine("library=" + fromLibrary.Statement + " " + LibraryFacts.AllFacts.Count);
            System.Console.WriteLine("app=" + fromApp.Statement + " " + AppFacts.AllFacts.Count);
            """);

        (int buildExit, string buildOutput) = DotnetCli.Run(Path.Combine(work.Path, "app"), "build", "-nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
        (int runExit, string runOutput) = DotnetCli.Run(Path.Combine(work.Path, "app"), "bin/Debug/net10.0/App.dll");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("library=Turnout was 41.5 per cent. 11", runOutput);
        Assert.Contains("app=Turnout was 41.5 per cent. 11", runOutput);
    }

    /// <summary>
    /// The same project built from two directories generates the same sources, byte for byte, and with a
    /// PathMap and Deterministic (as CI builds set them) the same assembly.
    /// </summary>
    [Fact]
    public void The_same_project_built_in_two_directories_generates_identical_sources_and_assemblies()
    {
        using var work = new TemporaryDirectory();
        var builds = new List<(Dictionary<string, byte[]> Generated, byte[] Assembly)>();
        foreach (string folder in new[] { "first/harbour", "second/somewhere/else/harbour" })
        {
            string generator = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen");
            work.CopyFolder(Path.Combine(RepositoryPaths.Fixtures, "harbour"), folder + "/facts");
            work.Write(folder + "/Program.cs", Program);
            work.Write(folder + "/Surface.cs", ConsumerAttempts.SurfacePrinter);
            work.Write(folder + "/Collisions.cs", Collisions());
            work.Write(folder + "/Consumer.csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <Import Project="{generator}/build/KnowledgeGen.props" />
                  <PropertyGroup>
                {ConsumerProperties}
                    <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                    <Deterministic>true</Deterministic>
                    <PathMap>$(MSBuildProjectDirectory)=/src/harbour</PathMap>
                  </PropertyGroup>
                  <ItemGroup>
                    <ProjectReference Include="{generator}/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
                  </ItemGroup>
                </Project>
                """);
            string project = Path.Combine(work.Path, folder);
            (int exit, string output) = DotnetCli.Run(project, "build", "-nodeReuse:false");
            Assert.True(exit == 0, output);
            string generated = Path.Combine(project, "obj", "Debug", "net10.0", "generated");
            builds.Add((
                Directory.GetFiles(generated, "*.cs", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(generated, f), File.ReadAllBytes),
                File.ReadAllBytes(Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.dll"))));
        }

        Assert.Equal(builds[0].Generated.Keys.Order(StringComparer.Ordinal), builds[1].Generated.Keys.Order(StringComparer.Ordinal));
        Assert.True(builds[0].Generated.Count >= 3, string.Join(", ", builds[0].Generated.Keys));
        foreach ((string file, byte[] bytes) in builds[0].Generated)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(builds[1].Generated[file]), file + " differs");
        }

        Assert.True(builds[0].Assembly.AsSpan().SequenceEqual(builds[1].Assembly), "the assemblies differ");
    }
}
