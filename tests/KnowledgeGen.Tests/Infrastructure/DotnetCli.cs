using System.Diagnostics;

namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>Runs the dotnet CLI as a user would, capturing what it prints.</summary>
public static class DotnetCli
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
        => RunProgram("dotnet", workingDirectory, new Dictionary<string, string>(), arguments);

    /// <summary>Runs dotnet with a time limit of its own, for a command known to take long (a build of many projects).</summary>
    public static (int ExitCode, string Output) Run(TimeSpan timeout, string workingDirectory, params string[] arguments)
        => RunProgram("dotnet", workingDirectory, new Dictionary<string, string>(), arguments, timeout);

    /// <summary>Runs any program (an installed tool, say) with extra environment variables, as <see cref="Run(string, string[])"/> does dotnet.</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] arguments)
        => RunProgram(program, workingDirectory, environment, arguments, TimeSpan.FromMinutes(5));

    /// <summary>Runs any program with a time limit of its own, for one known to take long (a script that builds and tests).</summary>
    public static (int ExitCode, string Output) RunProgram(string program, string workingDirectory, IReadOnlyDictionary<string, string> environment, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A build started from a test must not leave MSBuild nodes or servers behind; its compiler is this run's
        // own compiler server, stopped when the run ends.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["SharedCompilationId"] = CompilerServer.PipeName;
        foreach ((string name, string value) in environment)
        {
            start.Environment[name] = value;
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(program + " " + string.Join(' ', arguments) + " took more than " + timeout);
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
