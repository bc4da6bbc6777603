using System.Reflection;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// Packs a project of the repository from the outputs the test command's build already wrote (the tests reference
/// both packed projects, so their outputs are fresh), as `dotnet pack --no-build` does after a build: the package's
/// content is what a pack after any build holds, and the run does not compile the generator and the tool a second
/// time in another configuration.
/// </summary>
public static class BuiltPackage
{
    /// <summary>The configuration the tests were built in (Debug unless the test command said otherwise).</summary>
    public static string Configuration { get; } = typeof(BuiltPackage).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    /// <summary>Packs <paramref name="project"/> (a path under the repository) into <paramref name="feed"/>.</summary>
    public static (int ExitCode, string Output) Pack(string project, string feed)
        => DotnetCli.Run(RepositoryPaths.Root, "pack", project, "-c", Configuration, "--no-build", "-o", feed, "-nodeReuse:false");
}
