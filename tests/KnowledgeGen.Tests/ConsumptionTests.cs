using System.IO.Compression;
using System.Xml.Linq;
using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// A fresh project consumes the generator both ways a user would, builds with warnings as errors and
/// documentation on, and runs. Both tests build real projects, so they share one class and run one at a time.
/// </summary>
public class ConsumptionTests
{
    private const string Program = """
        using Harbour.Knowledge;

        System.Console.WriteLine("budget=" + HarbourFacts.Money.Budget2020.ToString(System.Globalization.CultureInfo.InvariantCulture));
        System.Console.WriteLine("sentence=" + HarbourFacts.Facts.Turnout.Citations[0].Sentence);
        System.Console.WriteLine("about-council=" + HarbourFacts.About("harbour-council").Count);
        """;

    private const string ConsumerProperties = """
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
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
        (int packExit, string packOutput) = DotnetCli.Run(
            RepositoryPaths.Root, "pack", "src/KnowledgeGen/KnowledgeGen.csproj", "-c", "Release", "-o", feed, "-nodeReuse:false");
        Assert.True(packExit == 0, packOutput);

        string package = Assert.Single(Directory.GetFiles(feed, "*.nupkg"));
        using (ZipArchive zip = ZipFile.OpenRead(package))
        {
            string[] entries = zip.Entries.Select(e => e.FullName).ToArray();
            Assert.Contains("analyzers/dotnet/cs/KnowledgeGen.dll", entries);
            Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", entries);
            Assert.Contains("build/KnowledgeGen.props", entries);
            Assert.Contains("README.md", entries);
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
    }

    private static void AssertBuildsAndRuns(string project)
    {
        (int buildExit, string buildOutput) = DotnetCli.Run(project, "build", "-nodeReuse:false");
        Assert.True(buildExit == 0, buildOutput);
        Assert.DoesNotContain("CS8785", buildOutput);

        // The documentation an editor shows on hover: the statement and the quoted sentence of each fact.
        string documentation = File.ReadAllText(Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.xml"));
        Assert.Contains("F:Harbour.Knowledge.HarbourFacts.Money.Budget2020", documentation);
        Assert.Contains("The Harbour City council approved a budget of $12.5 million.", documentation);
        Assert.Contains("Turnout was 41.5 per cent, the highest in two decades.", documentation);

        (int runExit, string runOutput) = DotnetCli.Run(project, "bin/Debug/net10.0/Consumer.dll");
        Assert.True(runExit == 0, runOutput);
        Assert.Contains("budget=12500000", runOutput);
        Assert.Contains("sentence=Turnout was 41.5 per cent, the highest in two decades.", runOutput);
        Assert.Contains("about-council=6", runOutput);
    }
}
