namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>A program of the machine, not of the repository, that some tests drive as a user's tool would: .ci/run installs each.</summary>
public enum InstalledProgram
{
    Chromium,
    Neovim,
}

/// <summary>
/// Where each <see cref="InstalledProgram"/> is looked for, and why a test needing it is skipped where it is absent.
/// A skip is reported by name with its reason in the test run's output; it is not a pass, and the CI machine, where
/// .ci/run installs both, never skips.
/// </summary>
public static class InstalledPrograms
{
    public const string NeovimPath = "/usr/bin/nvim";

    public static string PathOf(InstalledProgram program) => program switch
    {
        InstalledProgram.Chromium => Environment.GetEnvironmentVariable("KNOWLEDGEGEN_CHROMIUM") ?? "/usr/bin/chromium",
        _ => NeovimPath,
    };

    /// <summary>Null where the program is at <paramref name="path"/>; otherwise the skip message, saying how to get it.</summary>
    public static string? SkipReason(InstalledProgram program, string path) => File.Exists(path) ? null : program switch
    {
        InstalledProgram.Chromium => $"Skipped: Chromium is not at {path}. The report's browser tests need it: .ci/run installs it, "
            + "or run 'sudo apt-get update && sudo apt-get install -y chromium', or set KNOWLEDGEGEN_CHROMIUM to a Chromium executable.",
        _ => $"Skipped: Neovim is not at {path}. The language server's editor test needs it: .ci/run installs it, "
            + "or run 'sudo apt-get update && sudo apt-get install -y neovim'.",
    };
}

/// <summary>A fact that drives <see cref="InstalledProgram"/>: skipped with a message saying how to install it where the program is absent.</summary>
public sealed class FactNeedingAttribute : FactAttribute
{
    public FactNeedingAttribute(InstalledProgram program)
    {
        Skip = InstalledPrograms.SkipReason(program, InstalledPrograms.PathOf(program));
    }
}

/// <summary>A theory that drives <see cref="InstalledProgram"/>: skipped with a message saying how to install it where the program is absent.</summary>
public sealed class TheoryNeedingAttribute : TheoryAttribute
{
    public TheoryNeedingAttribute(InstalledProgram program)
    {
        Skip = InstalledPrograms.SkipReason(program, InstalledPrograms.PathOf(program));
    }
}
