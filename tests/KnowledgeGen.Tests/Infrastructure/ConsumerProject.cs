namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// A consumer project as a user writes one: it imports the generator's build/KnowledgeGen.props and takes the
/// generator as an analyzer. The analyzer is the KnowledgeGen.dll already built beside the tests (with its
/// YamlDotNet.dll), so a consumer build does not build the generator project again.
/// </summary>
public static class ConsumerProject
{
    /// <summary>
    /// The project file's text; <paramref name="properties"/> and <paramref name="items"/> are MSBuild XML put in
    /// its PropertyGroup and ItemGroup, <paramref name="extraXml"/> whole elements after them (as a user adds a
    /// PropertyGroup of their own).
    /// </summary>
    public static string ProjectFile(string properties = "", string items = "", string extraXml = "")
    {
        string props = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeGen", "build", "KnowledgeGen.props");
        string generator = Path.Combine(AppContext.BaseDirectory, "KnowledgeGen.dll");
        string yaml = Path.Combine(AppContext.BaseDirectory, "YamlDotNet.dll");
        return $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{props}" />
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <Analyzer Include="{generator}" />
                <Analyzer Include="{yaml}" />
                {items}
              </ItemGroup>
            {extraXml}
            </Project>
            """;
    }

    /// <summary>Builds the project in <paramref name="folder"/> as `dotnet build` would from a terminal.</summary>
    public static (int ExitCode, string Output) Build(string folder, params string[] arguments)
        => DotnetCli.Run(folder, ["build", "-nodeReuse:false", "--nologo", .. arguments]);

    /// <summary>Runs the program the last build wrote.</summary>
    public static string Run(string folder)
    {
        string program = Directory.GetFiles(Path.Combine(folder, "bin", "Debug", "net10.0"), "*.dll")
            .Single(p => File.Exists(Path.ChangeExtension(p, ".runtimeconfig.json")));
        (int exit, string output) = DotnetCli.Run(folder, program);
        Assert.True(exit == 0, output);
        return output;
    }
}
