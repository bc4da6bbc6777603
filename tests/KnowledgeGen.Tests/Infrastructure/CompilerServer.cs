namespace KnowledgeGen.Tests.Infrastructure;

/// <summary>
/// The one C# compiler server (VBCSCompiler) that the builds a test run starts share, as a user's own builds share
/// theirs. A build with the compiler server off starts and warms a fresh compiler for every project, seconds of
/// CPU each, which over the suite's hundred-odd consumer builds is minutes. The server listens on a pipe named
/// after this test process, so it serves only this run (not a developer's own builds, not another run), and it
/// is stopped when the test process ends rather than idling on for its ten minutes.
/// </summary>
public static class CompilerServer
{
    /// <summary>The pipe name the builds pass to the compiler as SharedCompilationId.</summary>
    public static string PipeName { get; } = Register("knowledgegen-tests-" + Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private static string Register(string pipeName)
    {
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop(pipeName);
        return pipeName;
    }

    /// <summary>Ends the server serving <paramref name="pipeName"/>, found by its command line (Linux only; elsewhere it times out by itself).</summary>
    private static void Stop(string pipeName)
    {
        if (!Directory.Exists("/proc"))
        {
            return;
        }

        foreach (string process in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out int id))
            {
                continue;
            }

            try
            {
                if (File.ReadAllText(Path.Combine(process, "cmdline")).Split('\0').Contains("-pipename:" + pipeName))
                {
                    using var server = System.Diagnostics.Process.GetProcessById(id);
                    server.Kill();
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
            {
                // The process ended while it was looked at, or is not ours to read.
            }
        }
    }
}
