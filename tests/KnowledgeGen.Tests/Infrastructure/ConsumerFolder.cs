namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// A consumer project on disk that references the generator project as a user would (its props imported, the
/// project as an analyzer), with the harbour fixture as its facts.
/// </summary>
public sealed class ConsumerFolder
{
    public ConsumerFolder(string path)
    {
        Path = path;
    }

    public string Path { get; }

    /// <summary>Writes the fixture's facts, the program and the project file, named <paramref name="projectName"/>.csproj (names in one solution must differ).</summary>
    public void WriteProjectReferenceConsumer(string program, string extraProperties = "", string projectName = "Consumer")
    {
        string generator = System.IO.Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen");
        foreach (string file in Directory.EnumerateFiles(System.IO.Path.Combine(RepositoryPaths.Fixtures, "harbour")))
        {
            Write("facts/" + System.IO.Path.GetFileName(file), File.ReadAllText(file));
        }

        Write("Program.cs", program);
        Write(projectName + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{generator}/build/KnowledgeGen.props" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <KnowledgeGenNamespace>Harbour.Knowledge</KnowledgeGenNamespace>
                <KnowledgeGenClassName>HarbourFacts</KnowledgeGenClassName>
                <!-- The harbour fixture is a small knowledge base, not a complete one: its completeness warnings are off. -->
                <NoWarn>$(NoWarn);KG0070;KG0073;KG0076;KG0078</NoWarn>
            {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="{generator}/KnowledgeGen.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
    }

    public void Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    /// <summary>Replaces text in a file, failing if the text is not there, so a stale edit cannot pass unnoticed.</summary>
    public void Replace(string relativePath, string oldText, string newText)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        string text = File.ReadAllText(full);
        if (!text.Contains(oldText, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{oldText}' is not in {relativePath}");
        }

        File.WriteAllText(full, text.Replace(oldText, newText, StringComparison.Ordinal));
    }
}
