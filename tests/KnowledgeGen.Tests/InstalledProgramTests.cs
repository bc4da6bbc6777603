using KnowledgeGen.Tests.Infrastructure;

namespace KnowledgeGen.Tests;

/// <summary>
/// A test that drives Chromium or Neovim is skipped, not failed, on a machine without it, and its message says how
/// to get it; the README's test command says which programs the tests use and what installs them.
/// </summary>
public sealed class InstalledProgramTests
{
    [Theory]
    [InlineData(InstalledProgram.Chromium, "apt-get install -y chromium")]
    [InlineData(InstalledProgram.Neovim, "apt-get install -y neovim")]
    public void A_missing_program_gives_a_skip_that_says_how_to_install_it(InstalledProgram program, string install)
    {
        using var work = new TemporaryDirectory();
        string missing = Path.Combine(work.Path, "no-such-program");
        string present = work.Write("program", string.Empty);

        string? reason = InstalledPrograms.SkipReason(program, missing);

        Assert.NotNull(reason);
        Assert.Contains(program.ToString(), reason, StringComparison.Ordinal);
        Assert.Contains(missing, reason, StringComparison.Ordinal);
        Assert.Contains(".ci/run installs it", reason, StringComparison.Ordinal);
        Assert.Contains(install, reason, StringComparison.Ordinal);
        Assert.Null(InstalledPrograms.SkipReason(program, present));
    }

    [Fact]
    public void The_readmes_test_command_names_every_program_the_tests_drive_and_what_installs_it()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md")).ReplaceLineEndings("\n");
        int start = readme.IndexOf("On a machine with the .NET 10 SDK", StringComparison.Ordinal);
        Assert.True(start >= 0, "the README no longer says what the test command needs");
        string sentence = readme.Substring(start, readme.IndexOf("```", start, StringComparison.Ordinal) - start);

        Assert.Contains("`.ci/run` installs", sentence, StringComparison.Ordinal);
        Assert.Contains("skipped", sentence, StringComparison.Ordinal);
        foreach (InstalledProgram program in Enum.GetValues<InstalledProgram>())
        {
            Assert.Contains(program.ToString(), sentence, StringComparison.Ordinal);
            Assert.Contains(program.ToString().ToLowerInvariant(), sentence, StringComparison.Ordinal);
        }
    }
}
